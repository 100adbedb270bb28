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
import type { ChallengeOptions, EdgeExplanation, Finding, FlowResult, GeneratedPolicy } from '@/engine/architecture';
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

/** The sandbox engine, with its Korean sentences installed first when they are asked for. */
async function architecture(locale: Locale) {
  const engine = await import('@/engine/architecture');
  if (locale === 'ko') await import('@/engine/architecture/ko/index');
  return engine;
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

  /** The sandbox engine's findings for a diagram (and as much of a challenge's goal as `options` let speak), in one language. */
  async grade(diagram: Diagram, challenge: Challenge | undefined, locale: Locale, options: ChallengeOptions = {}): Promise<Finding[]> {
    return (await architecture(locale)).gradeDiagram(diagram, challenge, locale, options);
  },

  /** What one connection means, what it needs and which policy statements it adds (null: no such edge). */
  async explain(diagram: Diagram, edgeId: string, locale: Locale): Promise<EdgeExplanation | null> {
    return (await architecture(locale)).explainEdge(diagram, edgeId, locale) ?? null;
  },

  /** A request sent through the diagram, hop by hop, until the first call AWS would refuse. */
  async flow(diagram: Diagram, locale: Locale): Promise<FlowResult> {
    return (await architecture(locale)).runFlow(diagram, undefined, locale);
  },

  /** Every IAM policy document the diagram needs. */
  async policies(diagram: Diagram, locale: Locale): Promise<GeneratedPolicy[]> {
    return (await architecture(locale)).generatePolicies(diagram, locale);
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
