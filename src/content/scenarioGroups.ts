/**
 * How the simulator's library is taught (content/scenarios/library.yaml): the scenario shown first,
 * and groups (placement, networking, deployments, Kubernetes…) in course order, each listing its
 * scenarios in the order its lesson uses them, with the lesson each one belongs to. Kept apart from
 * the scenario files, which the scenario format does not let carry extra fields. Every library
 * scenario is in exactly one group; every lesson named exists.
 */
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { zodIssues, type ContentIssue } from './issues.ts';

export const GROUPS_FILE = 'content/scenarios/library.yaml';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LESSON = /^[a-z0-9-]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = z.string().trim().min(1, 'must not be empty');
const lessonId = z.string().regex(LESSON, 'expected a lesson id such as ecs/placement (track/slug)');
const slug = z.string().regex(SLUG, 'expected a scenario slug (its file name without .json)');

const groupSchema = z.strictObject({
  id: slug,
  title: z.strictObject({ en: text, ko: text }),
  /** The lesson that teaches the group; a scenario may name its own. */
  lesson: lessonId,
  scenarios: z.array(z.union([slug, z.strictObject({ slug, lesson: lessonId })])).min(1, 'a group lists at least one scenario'),
});

const fileSchema = z.strictObject({
  default: slug,
  groups: z.array(groupSchema).min(1),
});

export interface ScenarioGroup {
  id: string;
  title: { en: string; ko: string };
  slugs: string[];
}

export interface ScenarioPlace {
  group: string;
  /** The lesson's id, `track/slug`. */
  lesson: string;
}

export interface ScenarioGroups {
  defaultSlug: string;
  groups: ScenarioGroup[];
  /** Per scenario slug, its group and lesson. */
  places: Map<string, ScenarioPlace>;
}

/**
 * Reads library.yaml against the library's slugs and the course's lesson ids. Problems name the field
 * (and the line for YAML syntax); whatever is valid is still returned.
 */
export function readScenarioGroups(yamlText: string, slugs: ReadonlySet<string>, lessons: ReadonlySet<string>): { groups: ScenarioGroups; issues: ContentIssue[] } {
  const file = GROUPS_FILE;
  const empty: ScenarioGroups = { defaultSlug: '', groups: [], places: new Map() };
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter });
  if (doc.errors.length > 0) {
    return { groups: empty, issues: doc.errors.map((e) => ({ file, line: lineCounter.linePos(e.pos[0]).line, message: `YAML: ${e.message.split('\n')[0] ?? e.code}` })) };
  }
  const parsed = fileSchema.safeParse(doc.toJS());
  if (!parsed.success) return { groups: empty, issues: zodIssues(file, parsed.error) };
  const issues: ContentIssue[] = [];
  const places = new Map<string, ScenarioPlace>();
  const groups: ScenarioGroup[] = [];
  const ids = new Set<string>();
  parsed.data.groups.forEach((g, gi) => {
    if (ids.has(g.id)) issues.push({ file, field: `groups.${gi}.id`, message: `"${g.id}" is used by another group` });
    ids.add(g.id);
    if (!lessons.has(g.lesson)) issues.push({ file, field: `groups.${gi}.lesson`, message: `no lesson ${g.lesson} (content/lessons/<track>/NN-<slug>.mdx)` });
    const group: ScenarioGroup = { id: g.id, title: g.title, slugs: [] };
    g.scenarios.forEach((entry, si) => {
      const field = `groups.${gi}.scenarios.${si}`;
      const s = typeof entry === 'string' ? { slug: entry, lesson: g.lesson } : entry;
      if (!slugs.has(s.slug)) return issues.push({ file, field, message: `no library scenario ${s.slug} (content/scenarios/${s.slug}.json does not exist)` });
      if (places.has(s.slug)) return issues.push({ file, field, message: `${s.slug} is already in group "${places.get(s.slug)?.group}"` });
      if (typeof entry !== 'string' && !lessons.has(s.lesson)) issues.push({ file, field: `${field}.lesson`, message: `no lesson ${s.lesson} (content/lessons/<track>/NN-<slug>.mdx)` });
      places.set(s.slug, { group: g.id, lesson: s.lesson });
      group.slugs.push(s.slug);
    });
    groups.push(group);
  });
  for (const s of [...slugs].sort()) {
    if (!places.has(s)) issues.push({ file, field: 'groups', message: `content/scenarios/${s}.json is in no group; add it where a lesson uses it` });
  }
  if (!places.has(parsed.data.default)) issues.push({ file, field: 'default', message: `${parsed.data.default} is not a scenario of any group` });
  return { groups: { defaultSlug: parsed.data.default, groups, places }, issues };
}
