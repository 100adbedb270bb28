import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { justifies, keyIsLongest } from '@/content/bankCues';
import { questionSchema } from '@/content/questionSchema';
import { GENERATORS } from '@/engine/generators';
// `=~` and `!~` are matched by re2js, installed by this import (the app loads it only where needed).
import '@/engine/placement/re2';

const SEEDS = Array.from({ length: 200 }, (_, i) => i);

/** Lesson ids as the app derives them: content/lessons/<track>/NN-slug.mdx → track/slug. */
function lessonIds(): Set<string> {
  const root = path.join(process.cwd(), 'content', 'lessons');
  return new Set(
    readdirSync(root).flatMap((track) =>
      existsSync(path.join(root, track)) ? readdirSync(path.join(root, track)).filter((f) => /^\d+-.+\.mdx$/.test(f) && !f.endsWith('.ko.mdx')).map((f) => `${track}/${f.replace(/^\d+-/, '').replace(/\.mdx$/, '')}`) : [],
    ),
  );
}

describe('every generator', () => {
  it('has at least eight generators, with unique ids and lessons that exist', () => {
    expect(GENERATORS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(GENERATORS.map((g) => g.id)).size).toBe(GENERATORS.length);
    const lessons = lessonIds();
    for (const g of GENERATORS) expect(lessons, `${g.id} points at lesson ${g.lesson}`).toContain(g.lesson);
  });

  it.each(GENERATORS.map((g) => [g.id, g] as const))('%s: the key is the longest option in at most 30 percent of 200 seeds, in English and Korean', (_id, g) => {
    for (const locale of ['en', 'ko'] as const) {
      const longest = SEEDS.filter((seed) => keyIsLongest(g.generate(seed, locale))).length;
      expect(longest / SEEDS.length, `${locale}: ${longest} of ${SEEDS.length}`).toBeLessThanOrEqual(0.3);
    }
  });

  it.each(GENERATORS.map((g) => [g.id, g] as const))('%s: valid single-answer questions whose options never justify themselves', (_id, g) => {
    for (const seed of SEEDS.slice(0, 40)) {
      for (const locale of ['en', 'ko'] as const) {
        const q = g.generate(seed, locale);
        const { generator: _g, seed: _s, ...question } = q;
        expect(questionSchema.safeParse(question).error).toBeUndefined();
        expect(q.answer).toHaveLength(1);
        expect(new Set(q.options.map((o) => o.text)).size).toBe(q.options.length);
        expect(q.options.filter((o) => justifies(o.text, locale)).map((o) => o.text)).toEqual([]);
      }
    }
  });
});
