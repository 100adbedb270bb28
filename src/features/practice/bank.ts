/**
 * The question bank as practice sees it. The index (ids, tracks, lessons, domains: no text) is part of
 * this module and is enough to build a queue or draw an exam; question text arrives by lesson and
 * language on demand (`virtual:question-bank`'s loaders), and generated questions are built by the
 * engine worker. A card id resolves to a question to show asynchronously, once.
 */
import { useEffect, useState } from 'react';
import { index as coreIndex } from 'virtual:question-bank';
import type { QuestionIndexEntry } from '@/content/questionIndex';
import type { Question } from '@/content/questionSchema';
import type { Locale } from '@/content/taxonomy';
import { GENERATOR_CATALOG } from '@/engine/generators/catalog';
import { customCardId, practiceCandidates } from '@/content/practiceCandidates';
import { GENERATED_DECK, generateQuestion, loadBankQuestion, loadChunk, useResolved, type Resolved, type ShownQuestion } from './questionText';

export { CORE_DECK, GENERATED_DECK, optionOrder, type Resolved, type ShownQuestion } from './questionText';

export interface CustomDeck {
  slug: string;
  name: string;
  importedAt: number;
  questions: Question[];
}

export { coreIndex };
export const coreIndexById: ReadonlyMap<string, QuestionIndexEntry> = new Map(coreIndex.map((q) => [q.id, q]));
const generatorIds = new Set(GENERATOR_CATALOG.map((g) => g.id));

export { customCardId };

/**
 * Resolves a card id to the question to show. Generated questions are rebuilt from `seed` (the card's
 * review count, so each review shows a fresh variant that a stored seed can reproduce) in the learner's
 * language; the card is the same in every language. Undefined for a card no longer in any bank.
 */
export async function resolveQuestion(cardId: string, locale: Locale, decks: readonly CustomDeck[], seed = 0): Promise<ShownQuestion | undefined> {
  const core = coreIndexById.get(cardId);
  if (core) return loadBankQuestion(cardId, core.lesson, locale);
  if (generatorIds.has(cardId)) {
    const built = await generateQuestion(cardId, seed, locale);
    return built ? { cardId, deck: GENERATED_DECK, question: built.question, translated: true, seed, titles: built.titles } : undefined;
  }
  const slash = cardId.indexOf('/');
  if (slash > 0) {
    const deck = decks.find((d) => d.slug === cardId.slice(0, slash));
    const q = deck?.questions.find((x) => x.id === cardId.slice(slash + 1));
    if (deck && q) return { cardId, deck: `custom:${deck.slug}`, question: q, translated: true };
  }
  return undefined;
}

/** Starts loading the text of the given bank questions (the next few of a queue), without waiting. */
export function prefetchQuestions(cardIds: readonly string[], locale: Locale): void {
  for (const id of cardIds) {
    const core = coreIndexById.get(id);
    if (core) void loadChunk(core.lesson, locale).catch(() => undefined);
  }
}

/** The question for a card, loading its text when needed; `cardId` undefined reads as loading. */
export function useShownQuestion(cardId: string | undefined, locale: Locale, decks: readonly CustomDeck[], seed?: number): Resolved {
  const key = cardId === undefined ? undefined : `${cardId}|${seed ?? 0}|${locale}`;
  return useResolved(key, () => resolveQuestion(cardId ?? '', locale, decks, seed));
}

/** The lesson a card's question belongs to (bank questions and generators); undefined for custom decks. */
export function lessonOfCard(cardId: string): string | undefined {
  return coreIndexById.get(cardId)?.lesson ?? GENERATOR_CATALOG.find((g) => g.id === cardId)?.lesson;
}

/** Whether a card id names a question this browser can show (a removed deck's cards cannot). */
export function isKnownCard(cardId: string, decks: readonly CustomDeck[]): boolean {
  if (coreIndexById.has(cardId) || generatorIds.has(cardId)) return true;
  const slash = cardId.indexOf('/');
  return slash > 0 && decks.some((d) => d.slug === cardId.slice(0, slash) && d.questions.some((q) => q.id === cardId.slice(slash + 1)));
}

/**
 * Every card id that can be introduced as new, in curriculum order: the built-in bank with each
 * generator after its lesson's questions, then custom decks (`practiceCandidates`).
 */
export function allCardIds(decks: readonly CustomDeck[]): string[] {
  return practiceCandidates(decks).map((c) => c.id);
}

/** A drill of generated questions: each generator a few times, each time with a fresh seed. */
export function generatedDrill(rounds = 3): string[] {
  return Array.from({ length: rounds }, () => GENERATOR_CATALOG.map((g) => g.id)).flat();
}

/** Several questions at once (an exam's review): undefined until all have loaded, then in order. */
export function useShownQuestionList(cardIds: readonly string[], locale: Locale): { list?: (ShownQuestion | undefined)[]; error?: unknown; retry: () => void } {
  const key = `${locale}|${cardIds.join(',')}`;
  const [state, setState] = useState<{ key: string; list?: (ShownQuestion | undefined)[]; error?: unknown }>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    Promise.all(cardIds.map((id) => resolveQuestion(id, locale, []))).then(
      (list) => live && setState({ key, list }),
      (error: unknown) => live && setState({ key, error }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);
  const retry = () => setAttempt((a) => a + 1);
  if (state?.key !== key) return { retry };
  return { ...(state.list ? { list: state.list } : {}), ...(state.error !== undefined ? { error: state.error } : {}), retry };
}
