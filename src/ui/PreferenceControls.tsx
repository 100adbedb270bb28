import { useSyncExternalStore } from 'react';
import { LOCALES, type Locale } from '@/content/taxonomy';
import { useT } from './i18n';
import { MoonIcon, SunIcon } from './icons';
import { setLanguage, setTheme, usePreference, type ThemeChoice } from './preferences';

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', ko: '한국어' };

export function LanguagePicker({ id = 'language', className }: { id?: string; className?: string }) {
  const t = useT();
  const language = usePreference('language');
  return (
    <span className={className ? `control ${className}` : 'control'}>
      <label htmlFor={id}>{t('lang.label')}</label>
      <select id={id} value={language} onChange={(e) => setLanguage(e.target.value as Locale)}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </span>
  );
}

export function resolveTheme(choice: ThemeChoice, prefersDark: boolean): 'light' | 'dark' {
  return choice === 'system' ? (prefersDark ? 'dark' : 'light') : choice;
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribeSystemTheme(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => undefined;
  const query = matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Whether the operating system asks for dark colours, kept live. */
export function useSystemPrefersDark(): boolean {
  return useSyncExternalStore(subscribeSystemTheme, () => typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches, () => false);
}

/** One button that flips between light and dark; the first flip leaves "follow the system". */
export function ThemeToggle() {
  const t = useT();
  const choice = usePreference('theme');
  const current = resolveTheme(choice, useSystemPrefersDark());
  const target = current === 'dark' ? 'light' : 'dark';
  return (
    <button type="button" className="icon-button" onClick={() => setTheme(target)} aria-label={t(target === 'dark' ? 'theme.toDark' : 'theme.toLight')}>
      {current === 'dark' ? <SunIcon /> : <MoonIcon />}
    </button>
  );
}

export function ThemeSelect({ id = 'theme' }: { id?: string }) {
  const t = useT();
  const choice = usePreference('theme');
  return (
    <span className="control">
      <label htmlFor={id}>{t('theme.label')}</label>
      <select id={id} value={choice} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
        <option value="system">{t('theme.system')}</option>
        <option value="light">{t('theme.light')}</option>
        <option value="dark">{t('theme.dark')}</option>
      </select>
    </span>
  );
}
