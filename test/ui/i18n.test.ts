import { describe, expect, it } from 'vitest';
import { format, translate } from '@/ui/i18n';
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

describe('Korean particles after a filled-in value', () => {
  it('picks the form that suits how a Hangul value ends', () => {
    expect(format('{name}을(를) 추가했습니다.', { name: '버킷' })).toBe('버킷을 추가했습니다.');
    expect(format('{name}을(를) 추가했습니다.', { name: '대기열' })).toBe('대기열을 추가했습니다.');
    expect(format('{name}을(를) 추가했습니다.', { name: '역할' })).toBe('역할을 추가했습니다.');
    expect(format('{name}을(를) 추가했습니다.', { name: '규칙 2' })).toBe('규칙 2를 추가했습니다.');
    expect(format('{name}이(가) 없습니다.', { name: '태스크' })).toBe('태스크가 없습니다.');
    expect(format('{name}은(는) 비어 있습니다.', { name: '클러스터' })).toBe('클러스터는 비어 있습니다.');
    expect(format('{a}과(와) {b}', { a: '서비스', b: '태스크' })).toBe('서비스와 태스크');
  });

  it('reads numbers as Korean does: 1 일, 3 삼, 4 사, 10 십, 100 백, 1000 천', () => {
    const to = (n: number) => format('원하는 태스크 수를 {n}(으)로 설정', { n });
    expect(to(1)).toBe('원하는 태스크 수를 1로 설정'); // ㄹ takes 로
    expect(to(3)).toBe('원하는 태스크 수를 3으로 설정');
    expect(to(4)).toBe('원하는 태스크 수를 4로 설정');
    expect(to(6)).toBe('원하는 태스크 수를 6으로 설정');
    expect(to(10)).toBe('원하는 태스크 수를 10으로 설정');
    expect(to(100)).toBe('원하는 태스크 수를 100으로 설정');
    expect(to(1000)).toBe('원하는 태스크 수를 1000으로 설정');
    expect(to(0)).toBe('원하는 태스크 수를 0으로 설정');
    expect(format('리비전 {to}(으)로 롤백', { to: 2 })).toBe('리비전 2로 롤백');
    expect(format('리비전 {to}(으)로 롤백', { to: 7 })).toBe('리비전 7로 롤백');
    expect(format('{task}이(가) 상태 확인을 통과함', { task: 'web-1' })).toBe('web-1이 상태 확인을 통과함');
    expect(format('{task}이(가) 상태 확인을 통과함', { task: 'web-2' })).toBe('web-2가 상태 확인을 통과함');
    expect(format('{rate}이(가) 정답이었습니다', { rate: '80%' })).toBe('80%가 정답이었습니다');
  });

  it('looks past a closing quote, and keeps both forms when the reading is unknown (Latin names)', () => {
    expect(format('“{name}”을(를) 열었습니다.', { name: '내 설계' })).toBe('“내 설계”를 열었습니다.');
    expect(format('“{name}”을(를) 열었습니다.', { name: '업로드 흐름' })).toBe('“업로드 흐름”을 열었습니다.');
    expect(format('“{name}”을(를) 열었습니다.', { name: 'photo-uploads' })).toBe('“photo-uploads”을(를) 열었습니다.');
    expect(format('{file}을(를) 가져왔습니다.', { file: 'deck.yaml' })).toBe('deck.yaml을(를) 가져왔습니다.');
  });

  it('leaves English messages and unknown placeholders alone', () => {
    expect(format('Opened “{name}”.', { name: '버킷' })).toBe('Opened “버킷”.');
    expect(format('{missing}을(를) 열었습니다.', {})).toBe('{missing}을(를) 열었습니다.');
  });
});
