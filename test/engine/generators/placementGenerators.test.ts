import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { circuitBreakerGenerator, cqlMatchGenerator, scaleInGenerator } from '@/engine/generators';
import type { GeneratedQuestion } from '@/engine/generators';
import { cqlOracle, scaleInOracle, type CqlStemInstance } from './oracles';
// `=~` and `!~` are matched by re2js, installed by this import (the app loads it only where needed).
import '@/engine/placement/re2';

const seedArb = fc.nat({ max: 1_000_000 });
const fixedSeeds = Array.from({ length: 24 }, (_, i) => i);
const answerText = (q: GeneratedQuestion) => q.options.filter((o) => q.answer.includes(o.id)).map((o) => o.text);

/** Reads a CQL stem and names, in the option wording, the instances the expression matches. */
function expectedCql(stem: string): string {
  const expression = /with the expression "(.+)"\. The cluster/.exec(stem)![1]!;
  const instances: CqlStemInstance[] = [...stem.matchAll(/(i-\d) \(([^,]+), (us-east-1\w), custom attribute stack = (\w+)\)/g)].map((m) => ({ id: m[1]!, type: m[2]!, zone: m[3]!, stack: m[4]! }));
  expect(instances).toHaveLength(4);
  const ids = instances.filter((i) => cqlOracle(expression, i)).map((i) => i.id);
  if (ids.length === 0) return 'None of the four instances';
  if (ids.length === 4) return 'All four instances';
  if (ids.length === 1) return `Only ${ids[0]}`;
  if (ids.length === 3) return `Every instance except ${instances.find((i) => !ids.includes(i.id))!.id}`;
  return ids.join(' and ');
}

describe('the CQL generator', () => {
  it('answers the instances the expression matches, worked out by hand, on fixed and arbitrary seeds', () => {
    for (const seed of fixedSeeds) {
      const q = cqlMatchGenerator.generate(seed);
      expect(answerText(q)).toEqual([expectedCql(q.stem)]);
    }
    fc.assert(
      fc.property(seedArb, (seed) => {
        const q = cqlMatchGenerator.generate(seed);
        expect(answerText(q)).toEqual([expectedCql(q.stem)]);
      }),
      { numRuns: 80 },
    );
  });

  it('uses every shape: and, or, not (… and …), not (… or …)', () => {
    const expressions = fixedSeeds.slice(0, 4).map((seed) => /with the expression "(.+)"\. The cluster/.exec(cqlMatchGenerator.generate(seed).stem)![1]!);
    expect(expressions.filter((e) => e.startsWith('not (') && e.includes(' and '))).toHaveLength(1);
    expect(expressions.filter((e) => e.startsWith('not (') && e.includes(' or '))).toHaveLength(1);
    expect(expressions.filter((e) => !e.startsWith('not ('))).toHaveLength(2);
  });
});

/** Reads a scale-in stem and names, in the option wording, the instance the documented rule picks. */
function expectedScaleIn(stem: string): string {
  const instances = [...stem.matchAll(/(i-\d) \(([^,]+), (us-east-1\w)\) runs (\d+) tasks?/g)].map((m) => ({ id: m[1]!, type: m[2]!, zone: m[3]!, tasks: Number(m[4]) }));
  expect(instances).toHaveLength(4);
  const id = scaleInOracle(instances);
  const i = instances.find((x) => x.id === id)!;
  return `The task on ${i.id} (${i.type}, ${i.zone})`;
}

describe('the scale-in generator', () => {
  it('answers the task the documented rule stops (busiest zone, then busiest instance there), on fixed and arbitrary seeds', () => {
    for (const seed of fixedSeeds.slice(0, 12)) {
      const q = scaleInGenerator.generate(seed);
      expect(answerText(q)).toEqual([expectedScaleIn(q.stem)]);
    }
    fc.assert(
      fc.property(seedArb, (seed) => {
        const q = scaleInGenerator.generate(seed);
        expect(answerText(q)).toEqual([expectedScaleIn(q.stem)]);
      }),
      { numRuns: 25 },
    );
  });

  it('never answers the busiest instance overall, so skipping the zone step lands on a wrong option', () => {
    for (const seed of fixedSeeds.slice(0, 12)) {
      const q = scaleInGenerator.generate(seed);
      const counts = [...q.stem.matchAll(/(i-\d) \([^)]+\) runs (\d+) tasks?/g)].map((m) => ({ id: m[1]!, tasks: Number(m[2]) }));
      const most = Math.max(...counts.map((c) => c.tasks));
      const key = /on (i-\d)/.exec(answerText(q)[0]!)![1];
      expect(counts.find((c) => c.id === key)!.tasks).toBeLessThan(most);
    }
  });
});

/** Reads a circuit-breaker stem and writes, in the option wording, what the documented breaker does. */
function expectedBreaker(stem: string): string {
  const desired = Number(/runs (\d+) healthy tasks/.exec(stem)![1]);
  const threshold = Math.min(200, Math.max(3, Math.ceil(desired * 0.5)));
  const setting = /is (turned on with rollback|turned on without rollback|turned off)\./.exec(stem)![1];
  if (setting === 'turned off') return 'It is never marked FAILED; ECS keeps launching replacement tasks of revision 2';
  return `After ${threshold} failed tasks it is marked FAILED and ${setting === 'turned on with rollback' ? 'rolled back to revision 1' : 'is not rolled back'}`;
}

describe('the circuit-breaker generator', () => {
  it('answers the documented threshold (half the desired count, 3 to 200) and rollback, on fixed and arbitrary seeds', () => {
    for (const seed of fixedSeeds) {
      const q = circuitBreakerGenerator.generate(seed);
      expect(answerText(q)).toEqual([expectedBreaker(q.stem)]);
    }
    fc.assert(
      fc.property(seedArb, (seed) => {
        const q = circuitBreakerGenerator.generate(seed);
        expect(answerText(q)).toEqual([expectedBreaker(q.stem)]);
      }),
      { numRuns: 60 },
    );
  });

  it('offers the same count with the other rollback setting, a mistaken count, and never failing', () => {
    for (const seed of fixedSeeds.slice(0, 10)) {
      const texts = circuitBreakerGenerator.generate(seed).options.map((o) => o.text);
      const counts = new Set(texts.flatMap((t) => /After (\d+) failed/.exec(t)?.[1] ?? []));
      expect(counts.size).toBe(2);
      expect(texts.filter((t) => t.endsWith('rolled back to revision 1'))).toHaveLength(2);
      expect(texts.filter((t) => t.endsWith('is not rolled back'))).toHaveLength(2);
      expect(texts.filter((t) => t.startsWith('It is never marked FAILED'))).toHaveLength(1);
    }
  });
});
