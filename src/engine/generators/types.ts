import type { Question } from '../contracts/question.ts';
import type { Locale } from '../contracts/taxonomy.ts';
import type { Rng } from '../srs/rng.ts';

/** A question built afresh by an engine: the same shape as a bank question, plus how to rebuild it. */
export interface GeneratedQuestion extends Question {
  generator: string;
  seed: number;
}

/**
 * A question generator. `generate` is pure: the same seed always gives the same question, and the
 * answer is computed by the engine the question is about, never written by hand. The locale only
 * chooses the language of the stem, option texts and explanations: for one seed every language has the
 * same id, answer, option ids and order, difficulty and references.
 */
export interface QuestionGenerator {
  /** Stable id; practice keeps one scheduling card per generator (the skill it trains). */
  id: string;
  track: Question['track'];
  domains: Question['domains'];
  lesson: string;
  generate(seed: number, locale?: Locale): GeneratedQuestion;
}

export const OPTION_IDS = ['a', 'b', 'c', 'd', 'e', 'f'] as const;

/** Builds the options list: the correct texts and distractors, shuffled, with letter ids. */
export function buildOptions(
  choices: readonly { text: string; explanation: string; correct: boolean }[],
  rng: Rng,
): { options: Question['options']; answer: string[] } {
  const order = [...choices];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const options = order.map((c, i) => ({ id: OPTION_IDS[i]!, text: c.text, explanation: c.explanation }));
  const answer = order.flatMap((c, i) => (c.correct ? [OPTION_IDS[i]!] : []));
  return { options, answer };
}

/** Assembles a generated question: id and seed from the generator and seed, the rest as given. */
export function generatedQuestion(
  generator: Pick<QuestionGenerator, 'id' | 'track' | 'domains' | 'lesson'>,
  seed: number,
  body: Pick<Question, 'difficulty' | 'stem' | 'options' | 'answer' | 'references'>,
): GeneratedQuestion {
  return {
    id: `${generator.id}-${seed}`,
    generator: generator.id,
    seed,
    track: generator.track,
    domains: [...generator.domains],
    type: 'single',
    lesson: generator.lesson,
    ...body,
  };
}

/**
 * Picks one distractor from each pool (pools in priority order, one per mistake) so that the key's
 * length rank among the options is drawn at random: a random number of distractors, from none to
 * all, is longer than the key in every language, and the others shorter where a pool allows it.
 * Every pick is still one of the pool's plausible mistakes; only which one varies, so option length
 * says nothing about the answer, in either direction.
 */
export function lengthNeutralPicks<T>(
  keyLengths: readonly number[],
  pools: readonly (readonly T[])[],
  count: number,
  lengthsOf: (t: T) => readonly number[],
  rng: Rng,
  /** How many distractors should be longer than the key; drawn at random when not given. */
  longerCount: number = Math.floor(rng() * (count + 1)),
): T[] {
  let wantLonger = longerCount;
  const longer = (t: T) => lengthsOf(t).every((n, i) => n > keyLengths[i]!);
  const shorter = (t: T) => lengthsOf(t).every((n, i) => n < keyLengths[i]!);
  const picks: T[] = [];
  for (const pool of pools) {
    if (picks.length >= count) break;
    const candidates = pool.filter((t) => !picks.includes(t));
    if (!candidates.length) continue;
    const start = Math.floor(rng() * candidates.length);
    const rotated = [...candidates.slice(start), ...candidates.slice(0, start)];
    const choice = (wantLonger > 0 ? rotated.find(longer) : rotated.find(shorter)) ?? rotated[0]!;
    if (longer(choice)) wantLonger--;
    picks.push(choice);
  }
  return picks;
}
