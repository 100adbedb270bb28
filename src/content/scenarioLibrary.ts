/** Reads, validates and assembles the simulator's scenario library from content/scenarios on disk. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Replay, type RunExtent } from '../engine/deployment/replay.ts';
import { formatIssue } from './issues.ts';
import { buildLessonIndex } from './lessonIndex.ts';
import { readLessonFiles } from './lessonIndexPlugin.ts';
import { GROUPS_FILE, readScenarioGroups, type ScenarioGroup } from './scenarioGroups.ts';
import { validateScenario, type Scenario } from './scenarioSchema.ts';
import { checkScenarioTranslations, type ScenarioTranslation } from './scenarioTranslations.ts';
import { simulate, type SimulationResult } from '../engine/deployment/simulate.ts';

export type { ScenarioGroup };

/** One library scenario as the app receives it: validated, with its Korean texts when there are some. */
export interface LibraryScenario {
  slug: string;
  /** The English title and description, as written in the scenario file. */
  title: string;
  description: string;
  ko?: ScenarioTranslation;
  scenario: Scenario;
  /** The scenario as pretty-printed JSON, what the editor starts from. */
  text: string;
  /** Its group in the library (content/scenarios/library.yaml). */
  group: string;
  /** The lesson that teaches it: id (`track/slug`) and title in each language. */
  lesson: { id: string; title: { en: string; ko: string } };
  /** The room its run needs (replayed at build time), so a lesson widget can reserve it before playing. */
  extent: RunExtent;
}

export interface ScenarioLibraryData {
  /** In library order: by group, then as the group's lesson uses them. */
  scenarios: LibraryScenario[];
  groups: ScenarioGroup[];
  defaultSlug: string;
  problems: string[];
  files: string[];
}

export const KOREAN_FILE = 'content/scenarios/ko/library.json';

export function readScenarioLibrary(root = process.cwd()): ScenarioLibraryData {
  const dir = path.join(root, 'content', 'scenarios');
  const names = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const scenarios: LibraryScenario[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const slug = name.replace(/\.json$/, '');
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
    } catch (e) {
      problems.push(`${name}: invalid JSON: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    const result = validateScenario(name, data);
    if (!result.ok) {
      problems.push(...result.issues.map(formatIssue));
      continue;
    }
    const { scenario } = result;
    const extent = new Replay(scenario, simulate(scenario, { explain: false })).extent;
    scenarios.push({ slug, title: scenario.title, description: scenario.description ?? '', scenario, text: JSON.stringify(data, null, 2), group: '', lesson: { id: '', title: { en: '', ko: '' } }, extent });
  }
  const koPath = path.join(root, KOREAN_FILE);
  const korean: unknown = existsSync(koPath) ? JSON.parse(readFileSync(koPath, 'utf8')) : {};
  const { translations, issues } = checkScenarioTranslations(KOREAN_FILE, korean, new Set(names.map((n) => n.replace(/\.json$/, ''))));
  problems.push(...issues.map(formatIssue));
  for (const s of scenarios) {
    const ko = translations.get(s.slug);
    if (ko) s.ko = ko;
  }

  const lessonFiles = readLessonFiles(path.join(root, 'content', 'lessons'));
  const titles = new Map<string, { en: string; ko: string }>();
  for (const l of buildLessonIndex(lessonFiles).lessons) {
    const t = titles.get(l.id) ?? { en: '', ko: '' };
    t[l.locale] = l.title;
    titles.set(l.id, t);
  }
  const groupsPath = path.join(root, GROUPS_FILE);
  const { groups, issues: groupIssues } = readScenarioGroups(existsSync(groupsPath) ? readFileSync(groupsPath, 'utf8') : '', new Set(names.map((n) => n.replace(/\.json$/, ''))), new Set(titles.keys()));
  problems.push(...groupIssues.map(formatIssue));
  const order = groups.groups.flatMap((g) => g.slugs);
  for (const s of scenarios) {
    const place = groups.places.get(s.slug);
    if (!place) continue;
    const title = titles.get(place.lesson) ?? { en: '', ko: '' };
    s.group = place.group;
    // A lesson without a Korean version links with its English title.
    s.lesson = { id: place.lesson, title: { en: title.en, ko: title.ko || title.en } };
  }
  scenarios.sort((a, b) => order.indexOf(a.slug) - order.indexOf(b.slug) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return {
    scenarios,
    groups: groups.groups,
    defaultSlug: groups.defaultSlug,
    problems,
    files: [...names.map((n) => path.join('content', 'scenarios', n)), KOREAN_FILE, GROUPS_FILE, ...Object.keys(lessonFiles).map((f) => path.join('content', 'lessons', f))],
  };
}

/**
 * What a lesson widget plays: the engine's trace of a library scenario. A widget has no "Why here?", so
 * the placement decisions stay out (each task's requirement is the task definition's, which the player
 * works out from the scenario itself; a test checks the widget shows what the full run shows).
 */
export function playedRun(scenario: Scenario): SimulationResult {
  return { trace: simulate(scenario, { explain: false }).trace, decisions: {} };
}
