import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policyDecisionGenerator as gen } from '@/engine/generators';
import type { GeneratedQuestion } from '@/engine/generators';
import { iamOracle } from './oracles';
// `=~` and `!~` are matched by re2js, installed by this import (the app loads it only where needed).
import '@/engine/placement/re2';

/** The statements and the asked-for decision, read from an English stem. */
function readStem(stem: string) {
  const body = /The statements are: (.*)\. Which call made with the role's credentials (succeeds|is denied)\?$/.exec(stem);
  if (!body) throw new Error(`unexpected stem: ${stem}`);
  const statements = body[1]!.split('; ').map((s) => {
    const m = /^Sid "\w+" (allows|denies) (.+) on (.+)$/.exec(s);
    if (!m) throw new Error(`unexpected statement: ${s}`);
    return { effect: m[1] as 'allows' | 'denies', actions: m[2]!.split(', '), resources: m[3]!.split(', ') };
  });
  return { statements, wanted: body[2] === 'succeeds' ? ('allowed' as const) : ('denied' as const) };
}

/** The options IAM decides the way the stem asks about, worked out by hand. */
function expectedAnswer(q: GeneratedQuestion): string[] {
  const { statements, wanted } = readStem(q.stem);
  return q.options
    .filter((o) => {
      const [action, resource] = o.text.split(' on ');
      return iamOracle(statements, action!, resource!) === wanted;
    })
    .map((o) => o.id);
}

describe('the policy-decision generator', () => {
  it('answers what IAM decides, on fixed seeds of every template and both forms', () => {
    for (let seed = 0; seed < 32; seed++) {
      const q = gen.generate(seed);
      expect(expectedAnswer(q)).toEqual(q.answer);
    }
  });

  it('answers what IAM decides, for any seed', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), (seed) => {
        const q = gen.generate(seed);
        expect(expectedAnswer(q)).toEqual(q.answer);
      }),
      { numRuns: 60 },
    );
  });

  it('offers, among three denied calls, an explicit deny, an unnamed action and an uncovered resource', () => {
    for (let seed = 0; seed < 8; seed++) {
      const q = gen.generate(seed);
      if (!q.stem.endsWith('succeeds?')) continue;
      const wrong = q.options.filter((o) => !q.answer.includes(o.id)).map((o) => o.explanation);
      expect(wrong.some((e) => e.includes('explicit deny always wins'))).toBe(true);
      expect(wrong.some((e) => e.includes('no Allow statement matches the action'))).toBe(true);
      expect(wrong.some((e) => e.includes('none of its Resource patterns matches'))).toBe(true);
    }
  });

  it('asks both ways: which call succeeds and which is denied', () => {
    const stems = Array.from({ length: 8 }, (_, seed) => gen.generate(seed).stem);
    expect(stems.filter((s) => s.endsWith('succeeds?'))).toHaveLength(4);
    expect(stems.filter((s) => s.endsWith('is denied?'))).toHaveLength(4);
  });
});
