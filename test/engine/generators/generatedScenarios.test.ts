import { describe, expect, it, vi } from 'vitest';
import { validateScenario } from '@/content/scenarioSchema';
import type { Scenario } from '@/engine/contracts/scenario';
import type * as Deployment from '@/engine/deployment/index.ts';
import { GENERATORS } from '@/engine/generators';
import { LOCALES } from '@/engine/contracts/taxonomy';
// `=~` and `!~` are matched by re2js, installed by this import (the app loads it only where needed).
import '@/engine/placement/re2';

/**
 * Generators build scenarios in code, typed against the engine's contract but never run through the
 * scenario schema (question generation does not load it). This holds them to everything a scenario file
 * must satisfy: every scenario a generator simulates is recorded here and validated by the schema.
 */
const simulated: Scenario[] = [];
vi.mock('@/engine/deployment/index.ts', async (importOriginal) => {
  const engine = await importOriginal<typeof Deployment>();
  return {
    ...engine,
    simulate: (...args: Parameters<typeof engine.simulate>) => {
      simulated.push(structuredClone(args[0]));
      return engine.simulate(...args);
    },
  };
});

describe('scenarios the generators simulate', () => {
  it('are valid scenario files, unchanged by validation', () => {
    const seeds = Array.from({ length: 40 }, (_, i) => i);
    const users = new Set<string>();
    for (const g of GENERATORS) {
      const before = simulated.length;
      for (const seed of seeds) for (const locale of LOCALES) g.generate(seed, locale);
      if (simulated.length > before) users.add(g.id);
    }
    // The six generators that replay a deployment or a placement.
    expect([...users].sort()).toEqual(
      ['gen-awsvpc-capacity', 'gen-circuit-breaker', 'gen-deployment-stuck', 'gen-next-placement', 'gen-rolling-first-wave', 'gen-scale-in-stop'].sort(),
    );
    for (const scenario of simulated) {
      const result = validateScenario('generated.json', scenario);
      expect(result.ok ? [] : result.issues).toEqual([]);
      if (result.ok) expect(result.scenario).toEqual(scenario);
    }
  });
});
