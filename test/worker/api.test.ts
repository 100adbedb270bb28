import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseChallenge } from '@/content/challengeSchema';
import { readScenarioLibrary } from '@/content/scenarioLibrary';
import { validateScenario } from '@/content/scenarioSchema';
import { explainEdge, generatePolicies, gradeDiagram, runFlow } from '@/engine/architecture';
import { simulate } from '@/engine/deployment';
import { engineApi, VERDICTS_SENT_AT_MOST } from '@/worker/api';

const library = readScenarioLibrary().scenarios;

describe('the engine worker API', () => {
  it.each(library.map((s) => [s.slug, s.scenario] as const))('%s: the run survives structuredClone and equals the engine’s own', async (_slug, scenario) => {
    const run = await engineApi.simulate(scenario, true);
    const copy = structuredClone(run);
    expect(copy).toEqual(run);
    expect(run.verdictsOmitted).toBe(false);
    expect({ trace: run.trace, decisions: run.decisions }).toEqual(simulate(scenario, { explain: true }));
  });

  it('keeps a large run’s per-instance verdicts in the worker and hands out one placement’s on request', async () => {
    const instances = Array.from({ length: 60 }, (_, i) => ({ id: `i-${i}`, instanceType: 'm5.4xlarge', availabilityZone: `us-east-1${'abc'[i % 3]}`, cpu: 16384, memory: 65536 }));
    const parsed = validateScenario('big.json', {
      schemaVersion: 1, title: 'big', mode: 'ecs', seed: 7,
      cluster: { instances },
      taskDefinition: { family: 'web', revision: 1, containerDefinitions: [{ name: 'app', image: 'nginx', cpu: 128, memory: 256 }] },
      service: { serviceName: 'web', desiredCount: 200 },
      actions: [{ type: 'createService' }],
    });
    if (!parsed.ok) throw new Error('invalid test scenario');
    const full = simulate(parsed.scenario, { explain: true });
    expect(Object.values(full.decisions).reduce((n, d) => n + d.instances.length, 0)).toBeGreaterThan(VERDICTS_SENT_AT_MOST);
    const run = await engineApi.simulate(parsed.scenario, true);
    expect(run.verdictsOmitted).toBe(true);
    expect(run.trace).toEqual(full.trace);
    const first = Number(Object.keys(full.decisions)[0]);
    expect(run.decisions[first]).toEqual({ ...full.decisions[first], instances: [] });
    expect(await engineApi.decision(parsed.scenario, first)).toEqual(full.decisions[first]);
  });

  it('grades a diagram and builds a generated question', async () => {
    const findings = await engineApi.grade({ schemaVersion: 1, nodes: [], edges: [] } as never, undefined, 'en');
    expect(Array.isArray(findings)).toBe(true);
    expect(await engineApi.generate('no-such-generator', 1, 'en')).toBeNull();
  });
});

describe('the sandbox engine through the worker API', () => {
  const dir = 'content/challenges';
  const challenges = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const r = parseChallenge(`${dir}/${f}`, readFileSync(path.join(dir, f), 'utf8'));
      if (!r.challenge) throw new Error(`invalid challenge ${f}`);
      return r.challenge;
    });

  it.each(challenges.map((c) => [c.id, c] as const))('%s: grading, explanations, the run and the policies survive structuredClone and equal the engine’s own', async (_id, challenge) => {
    const diagram = challenge.referenceSolution;
    for (const locale of ['en', 'ko'] as const) {
      for (const options of [{}, { goal: false }, { reveal: false }]) {
        const findings = await engineApi.grade(diagram, challenge, locale, options);
        expect(structuredClone(findings)).toEqual(findings);
        expect(findings).toEqual(gradeDiagram(diagram, challenge, locale, options));
      }
      for (const edge of diagram.edges) {
        const explanation = await engineApi.explain(diagram, edge.id, locale);
        expect(structuredClone(explanation)).toEqual(explanation);
        expect(explanation).toEqual(explainEdge(diagram, edge.id, locale));
      }
      const flow = await engineApi.flow(diagram, locale);
      expect(structuredClone(flow)).toEqual(flow);
      expect(flow).toEqual(runFlow(diagram, undefined, locale));
      const policies = await engineApi.policies(diagram, locale);
      expect(structuredClone(policies)).toEqual(policies);
      expect(policies).toEqual(generatePolicies(diagram, locale));
    }
    expect(await engineApi.explain(diagram, 'no-such-edge', 'en')).toBeNull();
  });
});
