import { useCallback } from 'react';
import type { Locale } from '@/content/taxonomy';
import { usePreference } from '../preferences';
import { en, type MessageKey } from './en';
import { ko } from './ko';

export type { MessageKey } from './en';

const dictionaries = { en, ko } as const;

export type Params = Record<string, string | number>;

/** Looks a message up and fills its `{name}` placeholders. */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const text: string = dictionaries[locale][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
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
