import { createEmptyCard, forgetting_curve, fsrs, Rating, State, type Card, type FSRS, type Grade, type ReviewLog } from 'ts-fsrs';

/**
 * The spaced-repetition scheduler: FSRS (ts-fsrs) behind a small adapter. Time is always passed in (epoch
 * milliseconds); cards and logs are plain objects of numbers so they store as they are in IndexedDB.
 */

/** How the learner answered: wrong → Again, right → Good, right but guessed → Hard. */
export type Outcome = 'wrong' | 'right' | 'guessed';

export const OUTCOME_RATING: Record<Outcome, Grade> = { wrong: Rating.Again, right: Rating.Good, guessed: Rating.Hard };

/** The full FSRS state of one question's card. */
export interface CardState {
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** 0 new, 1 learning, 2 review, 3 relearning (ts-fsrs State). */
  state: number;
  lastReview?: number;
}

/** The full FSRS review log of one answer. */
export interface ReviewLogState {
  /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
  rating: number;
  /** The card's state before this review. */
  state: number;
  /** The card's due date before this review (ts-fsrs logs the review time here; we keep the old due). */
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reviewedAt: number;
  /** The card's review count, lapse count and last review before this answer (for an exact undo). */
  previousReps?: number;
  previousLapses?: number;
  previousReview?: number;
}

export interface SchedulerOptions {
  /** Target probability of recall at the due date (FSRS request_retention). */
  retention?: number;
  maximumIntervalDays?: number;
}

const engines = new Map<string, FSRS>();
function engine(options: SchedulerOptions = {}): FSRS {
  const key = `${options.retention ?? 0.9}:${options.maximumIntervalDays ?? 36500}`;
  let f = engines.get(key);
  if (!f) {
    // Fuzz off: the same answers at the same times always give the same schedule.
    f = fsrs({ request_retention: options.retention ?? 0.9, maximum_interval: options.maximumIntervalDays ?? 36500, enable_fuzz: false });
    engines.set(key, f);
  }
  return f;
}

function toFsrs(c: CardState): Card {
  const card: Card = {
    due: new Date(c.due),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsedDays,
    scheduled_days: c.scheduledDays,
    learning_steps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state as State,
  };
  if (c.lastReview !== undefined) card.last_review = new Date(c.lastReview);
  return card;
}

function fromFsrs(c: Card): CardState {
  const out: CardState = {
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
  };
  if (c.last_review) out.lastReview = c.last_review.getTime();
  return out;
}

function logFrom(l: ReviewLog): ReviewLogState {
  return {
    rating: l.rating,
    state: l.state,
    due: l.due.getTime(),
    stability: l.stability,
    difficulty: l.difficulty,
    elapsedDays: l.elapsed_days,
    lastElapsedDays: l.last_elapsed_days,
    scheduledDays: l.scheduled_days,
    learningSteps: l.learning_steps,
    reviewedAt: l.review.getTime(),
  };
}

/** A card never reviewed, due now. */
export function newCard(now: number): CardState {
  return fromFsrs(createEmptyCard(new Date(now)));
}

/** Schedules one answer: the card after it and the log that records it. */
export function review(card: CardState, outcome: Outcome, now: number, options?: SchedulerOptions): { card: CardState; log: ReviewLogState } {
  const result = engine(options).next(toFsrs(card), new Date(now), OUTCOME_RATING[outcome]);
  // The log keeps the card as it was before this answer, so an undo restores it exactly.
  const log: ReviewLogState = {
    ...logFrom(result.log),
    state: card.state,
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsedDays,
    scheduledDays: card.scheduledDays,
    learningSteps: card.learningSteps,
    previousReps: card.reps,
    previousLapses: card.lapses,
  };
  if (card.lastReview !== undefined) log.previousReview = card.lastReview;
  return { card: fromFsrs(result.card), log };
}

/** What each outcome would schedule, as the interval in milliseconds from now. */
export function previewIntervals(card: CardState, now: number, options?: SchedulerOptions): Record<Outcome, number> {
  const preview = engine(options).repeat(toFsrs(card), new Date(now));
  const at = (o: Outcome) => preview[OUTCOME_RATING[o]].card.due.getTime() - now;
  return { wrong: at('wrong'), right: at('right'), guessed: at('guessed') };
}

/** Undoes a review: the card as it was before the answer that `log` records. */
export function rollback(card: CardState, log: ReviewLogState): CardState {
  const restored: CardState = {
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsedDays,
    scheduledDays: log.scheduledDays,
    learningSteps: log.learningSteps,
    reps: log.previousReps ?? Math.max(0, card.reps - 1),
    lapses: log.previousLapses ?? Math.max(0, card.lapses - (log.rating === Rating.Again && log.state === State.Review ? 1 : 0)),
    state: log.state,
  };
  if (log.previousReview !== undefined) restored.lastReview = log.previousReview;
  return restored;
}

/** Probability of recalling the card at `now` (0 for a card never reviewed). */
export function retrievability(card: CardState, now: number, options?: SchedulerOptions): number {
  if (card.state === State.New) return 0;
  return engine(options).get_retrievability(toFsrs(card), new Date(now), false);
}

/**
 * Retrievability for ordering a queue: the FSRS forgetting curve on the exact time elapsed (fractional
 * days), without building date objects; thousands of cards are ranked in well under a millisecond each.
 */
export function recallProbability(card: Pick<CardState, 'state' | 'stability' | 'lastReview'>, now: number, options?: SchedulerOptions): number {
  if (card.state === State.New || card.lastReview === undefined || !(card.stability > 0)) return 0;
  const days = Math.max(0, (now - card.lastReview) / 86_400_000);
  return forgetting_curve(engine(options).parameters.w, days, card.stability);
}
