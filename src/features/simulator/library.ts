import { validateScenario, type Scenario } from '@/content/scenarioSchema';
import { formatIssue } from '@/content/issues';
import { checkScenarioTranslations, type ScenarioTranslation } from '@/content/scenarioTranslations';
import type { Locale } from '@/content/taxonomy';

/** The scenario library: every content/scenarios/*.json, bundled at build time and validated. */
export interface LibraryScenario {
  slug: string;
  /** The English title and description, as written in the scenario file. */
  title: string;
  description: string;
  /** The Korean title and description, from content/scenarios/ko/library.json, when there are some. */
  ko?: ScenarioTranslation;
  scenario: Scenario;
  /** The scenario as pretty-printed JSON, what the editor starts from. */
  text: string;
}

const files = import.meta.glob<unknown>('/content/scenarios/*.json', { eager: true, import: 'default' });
const KOREAN_FILE = 'content/scenarios/ko/library.json';
const korean = import.meta.glob<unknown>('/content/scenarios/ko/library.json', { eager: true, import: 'default' });

function build(): { scenarios: LibraryScenario[]; problems: string[] } {
  const scenarios: LibraryScenario[] = [];
  const problems: string[] = [];
  for (const [path, data] of Object.entries(files)) {
    const slug = path.replace(/^.*\//, '').replace(/\.json$/, '');
    const result = validateScenario(`${slug}.json`, data);
    if (!result.ok) {
      problems.push(...result.issues.map(formatIssue));
      continue;
    }
    const { scenario } = result;
    scenarios.push({ slug, title: scenario.title, description: scenario.description ?? '', scenario, text: JSON.stringify(data, null, 2) });
  }
  const slugs = new Set(Object.keys(files).map((p) => p.replace(/^.*\//, '').replace(/\.json$/, '')));
  const { translations, issues } = checkScenarioTranslations(KOREAN_FILE, korean[`/${KOREAN_FILE}`] ?? {}, slugs);
  problems.push(...issues.map(formatIssue));
  for (const s of scenarios) {
    const ko = translations.get(s.slug);
    if (ko) s.ko = ko;
  }
  scenarios.sort((a, b) => a.slug.localeCompare(b.slug));
  return { scenarios, problems };
}

const library = build();

export const LIBRARY: readonly LibraryScenario[] = library.scenarios;
/** Library files (and the Korean texts) that failed validation (the content tests keep this empty). */
export const LIBRARY_PROBLEMS: readonly string[] = library.problems;

export function findScenario(slug: string): LibraryScenario | undefined {
  return LIBRARY.find((s) => s.slug === slug);
}

/** A title and description to show, and `lang="en"` when English stands in on a Korean screen. */
export interface ShownText {
  title: string;
  description: string;
  lang: 'en' | undefined;
}

/** A library scenario's title and description in the reader's language, English where Korean is missing. */
export function libraryText(entry: LibraryScenario, locale: Locale): ShownText {
  if (locale === 'ko' && entry.ko) return { title: entry.ko.title, description: entry.ko.description, lang: undefined };
  return { title: entry.title, description: entry.description, lang: locale === 'en' ? undefined : 'en' };
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
