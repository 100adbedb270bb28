import type { Scenario } from '../contracts/scenario.ts';
import { simulate } from '../deployment/index.ts';
import type { SimulationResult } from '../deployment/index.ts';

/** A scenario a generator builds: everything but the header a scenario file carries. */
export type ScenarioDraft = Omit<Scenario, 'schemaVersion' | 'title' | 'mode'>;

/**
 * Completes an ECS scenario and runs it. Drafts are typed against the scenario contract; that every
 * generated scenario also passes the scenario schema (quotas, references) is a test's job
 * (test/engine/generators/generatedScenarios.test.ts), so question generation does not load the schema.
 */
export function runScenario(draft: ScenarioDraft): { scenario: Scenario; result: SimulationResult } {
  const scenario: Scenario = { schemaVersion: 1, title: 'generated', mode: 'ecs', ...draft };
  return { scenario, result: simulate(scenario) };
}

/** A number option list: the answer and nearby distractors, all different and at least `min`. */
export function nearbyNumbers(answer: number, candidates: readonly number[], count: number, min = 0): number[] {
  const out = [answer];
  for (const c of candidates) {
    if (out.length >= count) break;
    if (c >= min && !out.includes(c)) out.push(c);
  }
  let k = 1;
  while (out.length < count) {
    const c = answer + k;
    if (c >= min && !out.includes(c)) out.push(c);
    k = k > 0 ? -k : -k + 1;
  }
  return out;
}
