/**
 * Question text on demand: one lesson's questions in one language per chunk, and generated questions
 * built by the engine worker. This module carries no index of the bank, so a lesson's quiz (which is
 * told each question's lesson at build time) loads only the chunks it shows.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { loaders } from 'virtual:question-loaders';
import type { QuestionChunk } from '@/content/questionIndex';
import type { Question } from '@/content/questionSchema';
import type { Locale } from '@/content/taxonomy';
import { createRng, shuffled } from '@/engine/srs/rng';

/** A question ready to show: the text in the learner's language when a translation exists. */
export interface ShownQuestion {
  /** The scheduling card's id: one card per question, whatever the language. */
  cardId: string;
  deck: string;
  question: Question;
  /** False when the learner reads Korean and this bank question has no Korean translation yet. */
  translated: boolean;
  /** For generated questions, the seed that rebuilds it. */
  seed?: number;
  /** Titles of the pages the question cites, by URL ("Read more" shows them). */
  titles?: Record<string, string>;
}

export const CORE_DECK = 'core';
export const GENERATED_DECK = 'generated';

const chunks = new Map<string, Promise<QuestionChunk>>();

/** One lesson's questions in one language; loaded once, retried after a failed load. */
export function loadChunk(lesson: string, locale: Locale): Promise<QuestionChunk> {
  const key = `${lesson}:${locale}`;
  let chunk = chunks.get(key);
  if (!chunk) {
    const load = loaders[lesson]?.[locale];
    chunk = load ? load() : Promise.reject(new Error(`no questions for lesson ${lesson}`));
    chunks.set(key, chunk);
    chunk.catch(() => chunks.delete(key));
  }
  return chunk;
}

/** A bank question of a known lesson, in a language; undefined when the lesson does not hold it. */
export async function loadBankQuestion(id: string, lesson: string, locale: Locale): Promise<ShownQuestion | undefined> {
  const chunk = await loadChunk(lesson, locale);
  const question = chunk.questions.find((q) => q.id === id);
  return question && { cardId: id, deck: CORE_DECK, question, translated: !chunk.untranslated.includes(id), titles: chunk.titles };
}

type Generated = { question: Question; titles: Record<string, string> } | null;
const generated = new Map<string, Promise<Generated>>();

/** A generated question rebuilt by the engine worker from its generator and seed. */
export function generateQuestion(generatorId: string, seed: number, locale: Locale): Promise<Generated> {
  const key = `${generatorId}:${seed}:${locale}`;
  let q = generated.get(key);
  if (!q) {
    // The worker's client loads with the first generated question (a lesson's quiz never needs it).
    q = import('@/worker/client').then(({ callEngine }) => callEngine('practice', 'generate', [generatorId, seed, locale]).result);
    generated.set(key, q);
    q.catch(() => generated.delete(key));
  }
  return q;
}

export type Resolved = { status: 'loading' } | { status: 'ready'; shown: ShownQuestion } | { status: 'missing' } | { status: 'error'; error: unknown; retry: () => void };

/** Follows an async lookup of the question behind `key` (undefined reads as loading). */
export function useResolved(key: string | undefined, resolve: () => Promise<ShownQuestion | undefined>): Resolved {
  const [state, setState] = useState<{ key: string | undefined; value: Resolved }>({ key: undefined, value: { status: 'loading' } });
  const [attempt, setAttempt] = useState(0);
  const resolver = useRef(resolve);
  useLayoutEffect(() => {
    resolver.current = resolve;
  });
  useEffect(() => {
    if (key === undefined) return;
    let live = true;
    resolver.current().then(
      (shown) => live && setState({ key, value: shown ? { status: 'ready', shown } : { status: 'missing' } }),
      (error: unknown) => live && setState({ key, value: { status: 'error', error, retry: () => setAttempt((a) => a + 1) } }),
    );
    return () => {
      live = false;
    };
  }, [key, attempt]);
  return state.key === key ? state.value : { status: 'loading' };
}

/** The options in a seeded order: the same question shown the same way for the same seed text. */
export function optionOrder(question: Question, seedText: string): Question['options'] {
  return shuffled(question.options, createRng(seedText));
}
