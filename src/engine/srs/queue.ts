import { recallProbability, type CardState, type SchedulerOptions } from './scheduler.ts';

export interface QueueCard extends CardState {
  questionId: string;
}

export interface QueueInput {
  now: number;
  /** Cards whose due time is at or before `now` (other cards are ignored). */
  dueCards: readonly QueueCard[];
  /** Questions that have no card yet, in the order they should be introduced. */
  newQuestionIds: readonly string[];
  /** New questions per day (from settings). */
  newPerDay: number;
  /** New questions already introduced today. */
  introducedToday: number;
  options?: SchedulerOptions;
}

export interface DailyQueue {
  /** Due reviews, lowest retrievability (most likely forgotten) first. */
  due: string[];
  /** New questions, up to what is left of today's cap. */
  fresh: string[];
}

/**
 * Today's queue: every due review first, the one most likely forgotten first (ties: earlier due, then
 * id), then new questions up to the daily cap less the new ones already seen today.
 */
export function buildDailyQueue(input: QueueInput): DailyQueue {
  const scored = input.dueCards
    .filter((c) => c.due <= input.now)
    .map((c) => ({ id: c.questionId, due: c.due, r: recallProbability(c, input.now, input.options) }));
  scored.sort((a, b) => a.r - b.r || a.due - b.due || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const room = Math.max(0, Math.floor(input.newPerDay) - Math.max(0, input.introducedToday));
  return { due: scored.map((s) => s.id), fresh: input.newQuestionIds.slice(0, room) };
}

export { dayKey, startOfDay } from './day.ts';
