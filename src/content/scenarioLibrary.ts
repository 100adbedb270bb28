/** Reads, validates and assembles the simulator's scenario library from content/scenarios on disk. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { formatIssue } from './issues.ts';
import { validateScenario, type Scenario } from './scenarioSchema.ts';
import { checkScenarioTranslations, type ScenarioTranslation } from './scenarioTranslations.ts';
import { simulate, type SimulationResult } from '../engine/deployment/simulate.ts';

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
}

export const KOREAN_FILE = 'content/scenarios/ko/library.json';

export function readScenarioLibrary(root = process.cwd()): { scenarios: LibraryScenario[]; problems: string[]; files: string[] } {
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
    scenarios.push({ slug, title: scenario.title, description: scenario.description ?? '', scenario, text: JSON.stringify(data, null, 2) });
  }
  const koPath = path.join(root, KOREAN_FILE);
  const korean: unknown = existsSync(koPath) ? JSON.parse(readFileSync(koPath, 'utf8')) : {};
  const { translations, issues } = checkScenarioTranslations(KOREAN_FILE, korean, new Set(names.map((n) => n.replace(/\.json$/, ''))));
  problems.push(...issues.map(formatIssue));
  for (const s of scenarios) {
    const ko = translations.get(s.slug);
    if (ko) s.ko = ko;
  }
  scenarios.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return { scenarios, problems, files: [...names.map((n) => path.join('content', 'scenarios', n)), KOREAN_FILE] };
}

/**
 * What a lesson widget plays: the engine's trace of a library scenario. A widget has no "Why here?", so
 * the placement decisions stay out (each task's requirement is the task definition's, which the player
 * works out from the scenario itself; a test checks the widget shows what the full run shows).
 */
export function playedRun(scenario: Scenario): SimulationResult {
  return { trace: simulate(scenario, { explain: false }).trace, decisions: {} };
}
