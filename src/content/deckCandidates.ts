/**
 * Imported decks as practice candidates, without the bank's index (the home screen counts with them
 * before the index is needed).
 */
import type { Candidate } from '@/engine/srs/focus';

/** What the list needs of an imported deck. */
export interface DeckQuestions {
  slug: string;
  questions: readonly { id: string; track?: string; lesson?: string; domains?: readonly string[] }[];
}

export const customCardId = (slug: string, id: string) => `${slug}/${id}`;

export function deckCandidates(decks: readonly DeckQuestions[]): Candidate[] {
  return decks.flatMap((d) =>
    d.questions.map((q) => ({
      id: customCardId(d.slug, q.id),
      ...(q.track ? { track: q.track } : {}),
      ...(q.lesson ? { lesson: q.lesson } : {}),
      ...(q.domains ? { domains: q.domains } : {}),
    })),
  );
}
