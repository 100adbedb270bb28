/**
 * Everything practice can introduce as a new question, in curriculum order: the built-in bank (track
 * order, then lesson order, then file order), each question generator right after the questions of its
 * lesson, then imported decks. Home and practice both build today's plan from this one list.
 */
import { index as coreIndex } from 'virtual:question-bank';
import { GENERATOR_CATALOG } from '@/engine/generators/catalog';
import type { Candidate } from '@/engine/srs/focus';
import { deckCandidates, type DeckQuestions } from './deckCandidates';

export { customCardId, type DeckQuestions } from './deckCandidates';

let core: Candidate[] | undefined;
function coreCandidates(): Candidate[] {
  if (core) return core;
  const out: Candidate[] = [];
  const placed = new Set<string>();
  coreIndex.forEach((q, i) => {
    out.push({ id: q.id, track: q.track, lesson: q.lesson, domains: q.domains });
    // A lesson's generators follow its last question.
    if (coreIndex[i + 1]?.lesson !== q.lesson) {
      for (const g of GENERATOR_CATALOG.filter((x) => x.lesson === q.lesson)) {
        out.push({ id: g.id, track: g.track, lesson: g.lesson, domains: g.domains });
        placed.add(g.id);
      }
    }
  });
  for (const g of GENERATOR_CATALOG) if (!placed.has(g.id)) out.push({ id: g.id, track: g.track, lesson: g.lesson, domains: g.domains });
  core = out;
  return out;
}

export function practiceCandidates(decks: readonly DeckQuestions[] = []): Candidate[] {
  return [...coreCandidates(), ...deckCandidates(decks)];
}
