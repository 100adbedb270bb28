import { describe, expect, it } from 'vitest';
import { questionSchema } from '@/content/questionSchema';
import { GENERATORS, nextPlacementGenerator, rollingWaveGenerator, stuckDeploymentGenerator } from '@/engine/generators';
import { deploymentVerdict } from '@/engine/generators/stuckDeployment';
import type { GeneratedQuestion } from '@/engine/generators';
import { placementOracle } from './oracles';
// `=~` and `!~` are matched by re2js, installed by this import (the app loads it only where needed).
import '@/engine/placement/re2';

const seeds = Array.from({ length: 24 }, (_, i) => i);
const answerText = (q: GeneratedQuestion) => q.options.filter((o) => q.answer.includes(o.id)).map((o) => o.text);

describe('every generator', () => {
  it('builds schema-valid, single-answer questions that the same seed reproduces', () => {
    expect(GENERATORS.length).toBeGreaterThanOrEqual(8);
    for (const g of GENERATORS) {
      for (const seed of seeds.slice(0, 8)) {
        const q = g.generate(seed);
        const { generator: _g, seed: _s, ...question } = q;
        expect(questionSchema.safeParse(question).error).toBeUndefined();
        expect(q.answer).toHaveLength(1);
        expect(new Set(q.options.map((o) => o.text)).size).toBe(q.options.length);
        expect(g.generate(seed)).toEqual(q);
      }
    }
  });
});

/** Reads the instances, the task's memory and the strategy from an English stem. */
function expectedPlacement(stem: string): string {
  const need = Number(/and (\d+) MiB\)/.exec(stem)![1]);
  const instances = [...stem.matchAll(/(i-\d) \([^,]+, (us-east-1\w)\): (\d+) report tasks?, (\d+) MiB memory free/g)].map((m) => ({
    id: m[1]!, zone: m[2]!, tasks: Number(m[3]), free: Number(m[4]),
  }));
  const strategy = stem.includes('strategy binpack on memory') ? 'binpack-memory' : stem.includes('strategy spread on instanceId') ? 'spread-instance' : 'spread-zone-then-binpack';
  return placementOracle(instances, need, strategy);
}

describe('next placement', () => {
  it('answers what binpack and spread decide, read independently from the stem', () => {
    for (const seed of seeds) {
      const q = nextPlacementGenerator.generate(seed);
      expect(answerText(q)).toEqual([`${expectedPlacement(q.stem)} (${new RegExp(`${expectedPlacement(q.stem)} \\(([^,]+),`).exec(q.stem)![1]})`]);
    }
  });
});

describe('first wave of a rolling update', () => {
  it('matches the bounds: room above desired when there is some, else the room freed down to the lower bound', () => {
    for (const seed of seeds) {
      const q = rollingWaveGenerator.generate(seed);
      const [, d, min, max] = /runs (\d+) healthy tasks.*minimumHealthyPercent (\d+) and maximumPercent (\d+)/.exec(q.stem)!.map(Number);
      const upper = Math.floor((d! * max!) / 100);
      const lower = Math.ceil((d! * min!) / 100);
      const expected = upper > d! ? Math.min(upper - d!, d!) : upper - lower;
      expect(answerText(q)).toEqual([String(expected)]);
      expect(expected).toBeGreaterThan(0);
    }
  });
});

describe('stuck deployments', () => {
  it('is stuck exactly when no new task fits and minimumHealthyPercent 100 forbids stopping one first', () => {
    // Variants by seed modulo 6 (see the stems): 100/100; static port on full instances at 100/200;
    // the same at 50/100; dynamic ports with room at 100/200; memory full at 100/200; memory full at 50/200.
    const expected = ['STUCK', 'STUCK', 'COMPLETED', 'COMPLETED', 'STUCK', 'COMPLETED'];
    for (const seed of seeds) {
      const q = stuckDeploymentGenerator.generate(seed);
      const text = answerText(q)[0]!;
      expect(text.startsWith(expected[seed % 6] === 'STUCK' ? 'It is stuck' : 'It completes')).toBe(true);
    }
    expect(deploymentVerdict({ min: 100, max: 100, staticPort: false, slotsPerInstance: 'plenty' }, 4)).toBe('STUCK');
  });
});
