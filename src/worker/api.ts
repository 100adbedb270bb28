/**
 * What the engine worker can do, as plain async functions. The worker exposes this object; where no
 * worker exists (jsdom tests) the client calls it in process. Each engine is imported on first use,
 * so a worker that only simulates never loads the sandbox rules or the question generators. Every
 * result is plain data that survives `structuredClone`.
 */
import type { Challenge } from '@/content/challengeSchema';
import type { Diagram } from '@/content/diagramSchema';
import type { Scenario } from '@/content/scenarioSchema';
import type { Locale } from '@/content/taxonomy';
import type { Finding } from '@/engine/architecture';
import type { SimulationResult } from '@/engine/deployment';
import type { GeneratedQuestion } from '@/engine/generators';
import type { PlacementDecision } from '@/engine/placement/decision';

/** Above this many per-instance verdicts in one run, verdicts stay in the worker until asked for. */
export const VERDICTS_SENT_AT_MOST = 4_000;

export interface SimulationRun extends SimulationResult {
  /** True when `decisions` carry no per-instance verdicts; ask `decision()` for one placement's. */
  verdictsOmitted: boolean;
}

/** Explained runs kept for `decision()`, most recent last. */
const runs: { key: string; result: SimulationResult }[] = [];
const KEPT_RUNS = 12;

/** The engine, with the pattern engine installed first when the scenario's constraints use `=~` or `!~`. */
async function deployment(scenario: Scenario) {
  const [engine, { usesPatterns }] = await Promise.all([import('@/engine/deployment'), import('@/engine/placement/cqlPatterns')]);
  if (usesPatterns(JSON.stringify(scenario))) await import('@/engine/placement/re2');
  return engine;
}

async function explainedRun(scenario: Scenario): Promise<SimulationResult> {
  const key = JSON.stringify(scenario);
  const found = runs.find((r) => r.key === key);
  if (found) return found.result;
  const { simulate } = await deployment(scenario);
  const result = simulate(scenario, { explain: true });
  runs.push({ key, result });
  if (runs.length > KEPT_RUNS) runs.shift();
  return result;
}

export const engineApi = {
  /** Replays a scenario; with `explain`, placements carry each instance's verdict (or can be asked for). */
  async simulate(scenario: Scenario, explain: boolean): Promise<SimulationRun> {
    if (!explain) {
      const { simulate } = await deployment(scenario);
      return { ...simulate(scenario, { explain: false }), verdictsOmitted: false };
    }
    const result = await explainedRun(scenario);
    const verdicts = Object.values(result.decisions).reduce((n, d) => n + d.instances.length, 0);
    if (verdicts <= VERDICTS_SENT_AT_MOST) return { ...result, verdictsOmitted: false };
    const light: Record<number, PlacementDecision> = {};
    for (const [i, d] of Object.entries(result.decisions)) light[Number(i)] = { ...d, instances: [] };
    return { trace: result.trace, decisions: light, verdictsOmitted: true };
  },

  /** One placement's full decision, with every instance's verdict. */
  async decision(scenario: Scenario, eventIndex: number): Promise<PlacementDecision | null> {
    return (await explainedRun(scenario)).decisions[eventIndex] ?? null;
  },

  /** The sandbox engine's findings for a diagram (and a challenge's goal), in one language. */
  async grade(diagram: Diagram, challenge: Challenge | undefined, locale: Locale): Promise<Finding[]> {
    const { gradeDiagram } = await import('@/engine/architecture');
    if (locale === 'ko') await import('@/engine/architecture/ko/index');
    return gradeDiagram(diagram, challenge, locale);
  },

  /** A generated question rebuilt from its generator and seed, in one language, with its references' titles. */
  async generate(generatorId: string, seed: number, locale: Locale): Promise<{ question: GeneratedQuestion; titles: Record<string, string> } | null> {
    const [{ generatorById }, { titles }] = await Promise.all([import('@/engine/generators'), import('virtual:reference-titles')]);
    // The cluster-query generator matches patterns.
    if (generatorId === 'gen-cql-match') await import('@/engine/placement/re2');
    const question = generatorById(generatorId)?.generate(seed, locale);
    if (!question) return null;
    return { question, titles: Object.fromEntries(question.references.flatMap((url) => (titles[url] ? [[url, titles[url]]] : []))) };
  },
};

export type EngineApi = typeof engineApi;
export type EngineMethod = keyof EngineApi;
