import { defaultSlug, entries, groups } from 'virtual:scenario-library';
import type { LibraryScenario, ScenarioGroup } from '@/content/scenarioLibrary';
import type { Scenario } from '@/content/scenarioSchema';
import type { Locale } from '@/content/taxonomy';
import { libraryText, type ShownText } from './libraryText';

export type { LibraryScenario, ScenarioGroup, ShownText };
export { libraryText };

/**
 * The scenario library: every content/scenarios/*.json, validated at build time (see
 * scenarioLibraryPlugin), in library order: by group, each as its lesson uses them.
 */
export const LIBRARY: readonly LibraryScenario[] = entries;
export const GROUPS: readonly ScenarioGroup[] = groups;

/** The scenario the simulator opens with when nothing else is asked for: a basic one. */
export const DEFAULT_SCENARIO: LibraryScenario | undefined = entries.find((s) => s.slug === defaultSlug) ?? entries[0];

export function findScenario(slug: string): LibraryScenario | undefined {
  return LIBRARY.find((s) => s.slug === slug);
}

/**
 * What to call the scenario on screen. A library scenario the learner has not changed is shown in the
 * reader's language; anything else (an edited draft, an opened file, a shared link) shows its own title
 * and description as written.
 */
export function shownText(scenario: Scenario, doc: { slug: string | null; text: string }, locale: Locale): ShownText {
  const entry = doc.slug ? findScenario(doc.slug) : undefined;
  if (entry && doc.text === entry.text) return libraryText(entry, locale);
  return { title: scenario.title, description: scenario.description ?? '', lang: undefined };
}
