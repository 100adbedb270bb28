import { buildDailyQueue, type DailyQueue, type QueueCard } from './queue.ts';
import { orderNewCards, selectToday, type Candidate, type LessonMark, type StudyFocus } from './focus.ts';
import type { SchedulerOptions } from './scheduler.ts';

export * from './focus.ts';

/**
 * Today's plan: which due reviews and which new questions, in which order. Practice builds its queue with
 * it; the home screen counts the same selection (`countToday`, focus.ts), so both show the same numbers.
 */

export interface PlanInput {
  now: number;
  /** Every stored card (or at least every card due by `now` plus learn-ahead), with its FSRS state. */
  cards: readonly QueueCard[];
  /** Ids that already have a card, when `cards` holds only the due ones (the database reads keys alone). */
  known?: ReadonlySet<string>;
  /** Everything this browser can ask, in curriculum order; cards of anything else are neither counted nor asked. */
  candidates: readonly Candidate[];
  progress: readonly LessonMark[];
  focus: StudyFocus;
  newPerDay: number;
  /** New questions already introduced today (first answers since the start of the local day). */
  introducedToday: number;
  options?: SchedulerOptions;
}

/**
 * Today's queue: cards due now, plus cards in their learning or relearning steps due within the next
 * 20 minutes (a missed card comes back in the same sitting), the one most likely forgotten first; then
 * new questions in curriculum order (`orderNewCards`) up to the daily cap, which counts new questions
 * only, less those introduced today.
 */
export function planToday(input: PlanInput): DailyQueue {
  const { due, unknown } = selectToday(input);
  const order = orderNewCards(unknown, input.progress, input.focus);
  return buildDailyQueue({
    now: input.now,
    // A learning card due in a few minutes is ranked as if due now (its recall is what matters).
    dueCards: due.map((c) => (c.due > input.now ? { ...c, due: input.now } : c)),
    newQuestionIds: order,
    newPerDay: input.newPerDay,
    introducedToday: input.introducedToday,
    ...(input.options ? { options: input.options } : {}),
  });
}
