import { validateScenario, type Scenario } from '@/content/scenarioSchema';
import { simulate } from '../deployment/index.ts';
import type { SimulationResult } from '../deployment/index.ts';

/** Builds a scenario through its schema (so defaults apply exactly as for a file) and runs it. */
export function runScenario(data: Record<string, unknown>): { scenario: Scenario; result: SimulationResult } {
  const parsed = validateScenario('generated.json', { schemaVersion: 1, title: 'generated', mode: 'ecs', ...data });
  if (!parsed.ok) throw new Error(`generated scenario is invalid: ${parsed.issues.map((i) => `${i.field ?? ''} ${i.message}`).join('; ')}`);
  return { scenario: parsed.scenario, result: simulate(parsed.scenario) };
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
