import { questions as coreQuestions, translations } from 'virtual:question-bank';
import type { Locale } from '@/content/taxonomy';
import type { Question } from '@/content/questionSchema';
import { GENERATORS, generatorById } from '@/engine/generators';
import { createRng, shuffled } from '@/engine/srs';

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
}

export interface CustomDeck {
  slug: string;
  name: string;
  importedAt: number;
  questions: Question[];
}

export const CORE_DECK = 'core';
export const GENERATED_DECK = 'generated';

export const coreById = new Map(coreQuestions.map((q) => [q.id, q]));
export { coreQuestions };

export const customCardId = (slug: string, id: string) => `${slug}/${id}`;

function localize(q: Question, locale: Locale): { question: Question; translated: boolean } {
  if (locale === 'en') return { question: q, translated: true };
  const t = translations.ko[q.id];
  if (!t) return { question: q, translated: false };
  const byId = new Map(t.options.map((o) => [o.id, o]));
  return {
    question: { ...q, stem: t.stem, options: q.options.map((o) => ({ ...o, text: byId.get(o.id)?.text ?? o.text, explanation: byId.get(o.id)?.explanation ?? o.explanation })) },
    translated: true,
  };
}

/**
 * Resolves a card id to the question to show. Generated questions are rebuilt from `seed` (the card's
 * review count, so each review shows a fresh variant that a stored seed can reproduce) in the learner's
 * language; the card is the same in every language.
 */
export function resolveQuestion(cardId: string, locale: Locale, decks: readonly CustomDeck[], seed = 0): ShownQuestion | undefined {
  const core = coreById.get(cardId);
  if (core) return { cardId, deck: CORE_DECK, ...localize(core, locale) };
  const generator = generatorById(cardId);
  if (generator) return { cardId, deck: GENERATED_DECK, question: generator.generate(seed, locale), translated: true, seed };
  const slash = cardId.indexOf('/');
  if (slash > 0) {
    const deck = decks.find((d) => d.slug === cardId.slice(0, slash));
    const q = deck?.questions.find((x) => x.id === cardId.slice(slash + 1));
    if (deck && q) return { cardId, deck: `custom:${deck.slug}`, question: q, translated: true };
  }
  return undefined;
}

/** Whether a card id names a question this browser can show (a removed deck's cards cannot). */
export function isKnownCard(cardId: string, decks: readonly CustomDeck[]): boolean {
  if (coreById.has(cardId) || generatorById(cardId)) return true;
  const slash = cardId.indexOf('/');
  return slash > 0 && decks.some((d) => d.slug === cardId.slice(0, slash) && d.questions.some((q) => q.id === cardId.slice(slash + 1)));
}

/**
 * Every card id that can be introduced as new, in introduction order: the built-in bank with one
 * generator card after every 15 questions (so generated questions appear from the first days), then
 * custom decks.
 */
export function allCardIds(decks: readonly CustomDeck[]): string[] {
  const out: string[] = [];
  coreQuestions.forEach((q, i) => {
    out.push(q.id);
    const g = GENERATORS[(i + 1) / 15 - 1];
    if ((i + 1) % 15 === 0 && g) out.push(g.id);
  });
  for (const g of GENERATORS) if (!out.includes(g.id)) out.push(g.id);
  return [...out, ...decks.flatMap((d) => d.questions.map((q) => customCardId(d.slug, q.id)))];
}

/** A drill of generated questions: each generator a few times, each time with a fresh seed. */
export function generatedDrill(rounds = 3): string[] {
  return Array.from({ length: rounds }, () => GENERATORS.map((g) => g.id)).flat();
}

/** The options in a seeded order: the same question shown the same way for the same seed text. */
export function optionOrder(question: Question, seedText: string): Question['options'] {
  return shuffled(question.options, createRng(seedText));
}
