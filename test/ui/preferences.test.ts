import { describe, expect, it } from 'vitest';
import { readStoredPreferences } from '@/ui/preferences';
import { resolveTheme } from '@/ui/PreferenceControls';

const storage = (value: string | null) => ({ getItem: () => value });

describe('stored preferences', () => {
  it('default to the browser language and the system theme', () => {
    expect(readStoredPreferences(storage(null), ['ko-KR', 'en'])).toEqual({ language: 'ko', theme: 'system' });
    expect(readStoredPreferences(storage(null), ['fr-FR'])).toEqual({ language: 'en', theme: 'system' });
  });
  it('restore what the learner chose', () => {
    expect(readStoredPreferences(storage('{"language":"ko","theme":"dark"}'), ['en'])).toEqual({ language: 'ko', theme: 'dark' });
  });
  it('ignore corrupt or foreign values instead of failing', () => {
    expect(readStoredPreferences(storage('{not json'), ['en'])).toEqual({ language: 'en', theme: 'system' });
    expect(readStoredPreferences(storage('{"language":"de","theme":"neon"}'), ['en'])).toEqual({ language: 'en', theme: 'system' });
  });
  it('resolve "system" from the operating system setting', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
  });
});
