import { validateScenario, type Scenario } from '@/content/scenarioSchema';
import { formatIssue } from '@/content/issues';

/** The scenario library: every content/scenarios/*.json, bundled at build time and validated. */
export interface LibraryScenario {
  slug: string;
  title: string;
  description: string;
  scenario: Scenario;
  /** The scenario as pretty-printed JSON, what the editor starts from. */
  text: string;
}

const files = import.meta.glob<unknown>('/content/scenarios/*.json', { eager: true, import: 'default' });

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
  scenarios.sort((a, b) => a.slug.localeCompare(b.slug));
  return { scenarios, problems };
}

const library = build();

export const LIBRARY: readonly LibraryScenario[] = library.scenarios;
/** Library files that failed validation (the content tests keep this empty). */
export const LIBRARY_PROBLEMS: readonly string[] = library.problems;

export function findScenario(slug: string): LibraryScenario | undefined {
  return LIBRARY.find((s) => s.slug === slug);
}
