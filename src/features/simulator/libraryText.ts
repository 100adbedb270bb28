import type { LibraryScenario } from '@/content/scenarioLibrary';
import type { Locale } from '@/content/taxonomy';

/** A title and description to show, and `lang="en"` when English stands in on a Korean screen. */
export interface ShownText {
  title: string;
  description: string;
  lang: 'en' | undefined;
}

/** A library scenario's title and description in the reader's language, English where Korean is missing. */
export function libraryText(entry: Pick<LibraryScenario, 'title' | 'description' | 'ko'>, locale: Locale): ShownText {
  if (locale === 'ko' && entry.ko) return { title: entry.ko.title, description: entry.ko.description, lang: undefined };
  return { title: entry.title, description: entry.description, lang: locale === 'en' ? undefined : 'en' };
}
