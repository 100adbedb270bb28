/**
 * Rebuilding cards from their review logs (a card is a cache of its log): each question's graded answers
 * replayed with ts-fsrs's `reschedule` under the given options, the card written from the result and
 * each answer's card-before fields rewritten so undo stays exact. Merge and personal parameters use it.
 */
import { rebuildCard, type ReviewLogState, type SchedulerOptions } from '@/engine/srs';
import type { CardRow, ReviewRow } from './rows';

const LOG_FIELDS = ['state', 'due', 'stability', 'difficulty', 'elapsedDays', 'lastElapsedDays', 'scheduledDays', 'learningSteps', 'previousReps', 'previousLapses', 'previousReview'] as const;

/** A review row with the card-before fields of the rebuilt log. */
function withLog(row: ReviewRow, log: ReviewLogState): ReviewRow {
  const out: Record<string, unknown> = { ...row };
  for (const f of LOG_FIELDS) {
    if (log[f] === undefined) delete out[f];
    else out[f] = log[f];
  }
  return out as ReviewRow;
}

const byTime = (a: ReviewRow, b: ReviewRow) => a.reviewedAt - b.reviewedAt || (a.rating ?? 0) - (b.rating ?? 0);
const graded = (r: ReviewRow) => r.rating !== undefined && r.rating >= 1 && r.rating <= 4;

export interface Rebuilt {
  cards: CardRow[];
  /** Rows already stored (with an id), to put back. */
  rewritten: ReviewRow[];
  /** Rows not yet stored, to add. */
  fresh: ReviewRow[];
}

/** Rebuilds the card of every question in `logOf` (question → its review rows) under `options`. */
export function rebuildFromLogs(logOf: ReadonlyMap<string, readonly ReviewRow[]>, deckOf: (questionId: string, last: ReviewRow) => string, options: SchedulerOptions): Rebuilt {
  const out: Rebuilt = { cards: [], rewritten: [], fresh: [] };
  for (const [questionId, rows] of logOf) {
    const usable = rows.filter(graded).sort(byTime);
    const result = rebuildCard(usable.map((r) => ({ reviewedAt: r.reviewedAt, rating: r.rating! })), options);
    const keep = new Set(usable);
    for (const r of rows) if (!keep.has(r)) (r.id === undefined ? out.fresh : out.rewritten).push(r);
    if (!result) continue;
    usable.forEach((r, i) => (r.id === undefined ? out.fresh : out.rewritten).push(withLog(r, result.logs[i]!)));
    const last = usable[usable.length - 1]!;
    out.cards.push({ ...result.card, questionId, deck: deckOf(questionId, last), lastRating: last.rating! });
  }
  return out;
}

/** Review rows grouped by question. */
export function logsByQuestion(rows: readonly ReviewRow[], only?: ReadonlySet<string>): Map<string, ReviewRow[]> {
  const logOf = new Map<string, ReviewRow[]>();
  for (const r of rows) {
    if (only && !only.has(r.questionId)) continue;
    const list = logOf.get(r.questionId);
    if (list) list.push(r);
    else logOf.set(r.questionId, [r]);
  }
  return logOf;
}
