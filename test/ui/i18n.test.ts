import { describe, expect, it } from 'vitest';
import { translate } from '@/ui/i18n';
import { en } from '@/ui/i18n/en';
import { ko } from '@/ui/i18n/ko';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n dictionaries', () => {
  it('Korean has a non-empty text for every English key, with the same placeholders', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(ko[key].trim(), key).not.toBe('');
      expect(placeholders(ko[key]), key).toEqual(placeholders(en[key]));
    }
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'home.lessonsDone', { done: 2, total: 7 })).toBe('2 of 7 lessons completed');
    expect(translate('ko', 'home.lessonsDone', { done: 2, total: 7 })).toBe('레슨 7개 중 2개 완료');
    expect(translate('en', 'home.lessonsDone', { done: 2 })).toBe('2 of {total} lessons completed');
  });
});

describe('feature messages', () => {
  it('follow the current language and fill placeholders', async () => {
    const { renderHook, act } = await import('@testing-library/react');
    const { defineMessages } = await import('@/ui/i18n');
    const { preferencesStore } = await import('@/ui/preferences');
    const useMessages = defineMessages({ en: { hello: 'Hello {name}' }, ko: { hello: '{name}님 안녕하세요' } });
    act(() => preferencesStore.setState({ language: 'en' }));
    const { result } = renderHook(() => useMessages());
    expect(result.current('hello', { name: 'Ana' })).toBe('Hello Ana');
    act(() => preferencesStore.setState({ language: 'ko' }));
    expect(result.current('hello', { name: 'Ana' })).toBe('Ana님 안녕하세요');
  });
});
