import { useEffect } from 'react';
import { usePreference } from '@/ui/preferences';
import { resolveTheme, useSystemPrefersDark } from '@/ui/PreferenceControls';
import { Layout } from './Layout';

/** Keeps <html lang> and the colour theme in step with the preferences. */
export function applyPreferences(root: HTMLElement, language: string, theme: 'light' | 'dark'): void {
  root.lang = language;
  root.dataset.theme = theme;
  root.style.colorScheme = theme;
}

export function App() {
  const language = usePreference('language');
  const choice = usePreference('theme');
  const theme = resolveTheme(choice, useSystemPrefersDark());
  useEffect(() => applyPreferences(document.documentElement, language, theme), [language, theme]);
  return <Layout />;
}
