import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Locale } from '@/content/taxonomy';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface Preferences {
  language: Locale;
  theme: ThemeChoice;
}

const STORAGE_KEY = 'container-lab.preferences';

function browserLanguage(languages: readonly string[] | undefined): Locale {
  const first = languages?.[0] ?? 'en';
  return first.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** Reads the boot copy of the preferences (kept in localStorage so the first paint is right). */
export function readStoredPreferences(
  storage: Pick<Storage, 'getItem'> | undefined,
  languages: readonly string[] | undefined,
): Preferences {
  const fallback: Preferences = { language: browserLanguage(languages), theme: 'system' };
  try {
    const raw: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? 'null');
    if (!raw || typeof raw !== 'object') return fallback;
    return normalizePreferences(raw as Record<string, unknown>, fallback);
  } catch {
    return fallback;
  }
}

/** Whether this browser already holds a boot copy of the preferences. */
export function hasStoredPreferences(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): boolean {
  try {
    return storage?.getItem(STORAGE_KEY) != null;
  } catch {
    return false;
  }
}

export function normalizePreferences(raw: Record<string, unknown>, fallback: Preferences): Preferences {
  const language = raw.language === 'ko' || raw.language === 'en' ? raw.language : fallback.language;
  const theme = raw.theme === 'light' || raw.theme === 'dark' || raw.theme === 'system' ? raw.theme : fallback.theme;
  return { language, theme };
}

export const preferencesStore = createStore<Preferences>(() =>
  readStoredPreferences(
    typeof localStorage === 'undefined' ? undefined : localStorage,
    typeof navigator === 'undefined' ? undefined : navigator.languages,
  ),
);

preferencesStore.subscribe((prefs) => {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(prefs));
  } catch {
    // Private browsing may refuse storage; the preference still applies for this visit.
  }
});

export function setLanguage(language: Locale): void {
  preferencesStore.setState({ language });
}

export function setTheme(theme: ThemeChoice): void {
  preferencesStore.setState({ theme });
}

export function usePreference<K extends keyof Preferences>(key: K): Preferences[K] {
  return useStore(preferencesStore, (s) => s[key]);
}
