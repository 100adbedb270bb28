import { z } from './zod.ts';
import { zodIssues, type ContentIssue } from './issues.ts';

/**
 * Korean titles and descriptions of the library scenarios (content/scenarios/ko/library.json), kept apart
 * from the scenario files because the scenario format does not allow extra fields. The file maps each
 * scenario's slug (its file name without .json) to its Korean title and description.
 */

const text = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `the Korean ${what} is missing` : `expected the Korean ${what} as a string`) })
    .trim()
    .min(1, `the Korean ${what} is empty`);

export const scenarioTranslationSchema = z.strictObject({
  title: text('title'),
  description: text('description'),
});

export type ScenarioTranslation = z.infer<typeof scenarioTranslationSchema>;

/**
 * Checks the translation file's parsed JSON against the library's slugs. Valid entries are returned even
 * when others have problems, so one bad entry does not hide the rest.
 */
export function checkScenarioTranslations(
  file: string,
  data: unknown,
  slugs: ReadonlySet<string>,
): { translations: Map<string, ScenarioTranslation>; issues: ContentIssue[] } {
  const translations = new Map<string, ScenarioTranslation>();
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { translations, issues: [{ file, message: 'expected an object mapping scenario slugs to { title, description }' }] };
  }
  const issues: ContentIssue[] = [];
  for (const [slug, entry] of Object.entries(data)) {
    if (!slugs.has(slug)) {
      issues.push({ file, field: slug, message: `no library scenario has this slug (content/scenarios/${slug}.json does not exist)` });
      continue;
    }
    const parsed = scenarioTranslationSchema.safeParse(entry);
    if (!parsed.success) issues.push(...zodIssues(file, parsed.error, slug));
    else translations.set(slug, parsed.data);
  }
  return { translations, issues };
}
