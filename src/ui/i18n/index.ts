import { useCallback } from 'react';
import type { Locale } from '@/content/taxonomy';
import { usePreference } from '../preferences';
import { en, type MessageKey } from './en';
import { particleAfter, PLACEHOLDER } from './josa';
import { ko } from './ko';

export type { MessageKey } from './en';

const dictionaries = { en, ko } as const;

export type Params = Record<string, string | number>;

/**
 * Fills a message's `{name}` placeholders (unknown ones stay visible), and picks a Korean particle
 * written in both forms right after one, e.g. "{name}을(를)", to suit the value (see josa.ts).
 */
export function format(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(PLACEHOLDER, (whole, name: string, quote: string, particle: string | undefined) => {
    if (!(name in params)) return whole;
    const value = String(params[name]);
    return `${value}${quote}${particle ? particleAfter(value, particle) : ''}`;
  });
}

/** Looks a shell message up and fills its `{name}` placeholders. */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  return format(dictionaries[locale][key], params);
}

export type Translate = (key: MessageKey, params?: Params) => string;

/** The translate function for the current language. */
export function useT(): Translate {
  const locale = usePreference('language');
  return useCallback((key, params) => translate(locale, key, params), [locale]);
}

export function useLocale(): Locale {
  return usePreference('language');
}

/**
 * A feature's own messages, kept beside the feature (and in its chunk). The Korean dictionary must have
 * every English key (the type checker enforces it):
 *
 *   const useMessages = defineMessages({ en: { title: 'Sandbox' }, ko: { title: '샌드박스' } });
 *   const m = useMessages();  m('title')
 */
export function defineMessages<const E extends Record<string, string>>(dicts: { en: E; ko: Record<keyof E, string> }) {
  type Key = keyof E & string;
  return function useMessages(): (key: Key, params?: Params) => string {
    const locale = usePreference('language');
    return useCallback((key: Key, params?: Params) => format((dicts[locale] as Record<Key, string>)[key], params), [locale]);
  };
}
