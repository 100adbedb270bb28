import { describe, expect, it } from 'vitest';
import { diagramSchema, type Diagram } from '@/content/diagramSchema';
import { questionSchema } from '@/content/questionSchema';
import { gradeDiagram, passes } from '@/engine/architecture';
import { brokenDiagram, missingPermissionGenerator as gen } from '@/engine/generators/missingPermission';
import { GENERATORS } from '@/engine/generators';
import { grant } from './oracles';
// `=~` and `!~` are matched by re2js, installed by this import (the app loads it only where needed).
import '@/engine/placement/re2';

/** Applies an option's text ("Allow ACTION on the … role "NAME"") to the diagram, as a learner would. */
function applyOption(d: Diagram, text: string): Diagram {
  const m = /^Allow (\S+) on the .+ "([^"]+)"$/.exec(text);
  if (!m) throw new Error(`unexpected option text: ${text}`);
  return grant(d, m[2]!, m[1]!);
}

describe('the missing-permission generator', () => {
  const seeds = Array.from({ length: 30 }, (_, i) => i * 7 + 1);

  it('builds valid questions, reproducibly from the seed', () => {
    for (const seed of seeds) {
      const q = gen.generate(seed);
      const { generator, seed: s, ...question } = q;
      expect([generator, s]).toEqual([gen.id, seed]);
      expect(questionSchema.safeParse(question).error).toBeUndefined();
      expect(gen.generate(seed)).toEqual(q);
    }
    expect(gen.generate(1).stem === gen.generate(2).stem && gen.generate(1).options === gen.generate(2).options).toBe(false);
  });

  it('has exactly one answer, and the engine agrees: only that fix makes the diagram pass', () => {
    for (const seed of seeds) {
      const q = gen.generate(seed);
      const broken = brokenDiagram(seed);
      expect(passes(gradeDiagram(broken))).toBe(false);
      expect(gradeDiagram(broken).some((f) => f.code === 'missing-permission')).toBe(true);
      expect(q.answer).toHaveLength(1);
      for (const o of q.options) {
        expect(passes(gradeDiagram(applyOption(broken, o.text)))).toBe(q.answer.includes(o.id));
      }
    }
  });

  it('draws diagrams as a diagram file reads once validated: valid, every default written out', () => {
    for (let seed = 0; seed < 12; seed++) {
      const broken = brokenDiagram(seed);
      const parsed = diagramSchema.safeParse(broken);
      expect(parsed.error).toBeUndefined();
      expect(parsed.data).toEqual(broken);
    }
  });

  it('is registered with a unique id', () => {
    expect(new Set(GENERATORS.map((g) => g.id)).size).toBe(GENERATORS.length);
    expect(GENERATORS).toContain(gen);
  });
});
