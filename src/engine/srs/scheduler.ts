import { inShortTermSteps, LEARN_AHEAD_MS } from './focus.ts';
import { createEmptyCard, forgetting_curve, fsrs, Rating, State, type Card, type FSRS, type Grade, type RecordLogItem, type ReviewLog, type StepUnit } from 'ts-fsrs';

/**
 * The spaced-repetition scheduler: FSRS (ts-fsrs) behind a small adapter. Time is always passed in (epoch
 * milliseconds); cards and logs are plain objects of numbers so they store as they are in IndexedDB.
 */

const DAY = 86_400_000;

/**
 * Short-term steps: a new card is seen again after 1 and 10 minutes before it graduates to days; a
 * forgotten review card comes back after 10 minutes. These are ts-fsrs's defaults, stated here because
 * the practice session relies on them to bring a missed card back within the same sitting.
 */
export const LEARNING_STEPS: readonly StepUnit[] = ['1m', '10m'];
export const RELEARNING_STEPS: readonly StepUnit[] = ['10m'];
/** Desired retention the learner may choose, and the default. */
export const RETENTION_RANGE = { min: 0.8, max: 0.97, default: 0.9 } as const;

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
  /** Target probability of recall at the due date (FSRS request_retention), 0.80 to 0.97. */
  retention?: number;
  maximumIntervalDays?: number;
  /**
   * Start of the learner's exam day (epoch ms). Before it, no interval ends after it: ts-fsrs's
   * `maximum_interval` is the whole days left (at least 1), so every studied card is seen again first.
   */
  examDay?: number;
  /** The learner's own FSRS parameters (21 weights); the defaults when absent or invalid. */
  parameters?: readonly number[];
}

/** Whole days from `now` to the exam day (at least 1), or undefined when no exam day lies ahead. */
export function examMaximumInterval(now: number, examDay: number | undefined): number | undefined {
  if (examDay === undefined || !(examDay > now)) return undefined;
  return Math.max(1, Math.floor((examDay - now) / DAY));
}

const engines = new Map<string, FSRS>();
function engine(options: SchedulerOptions = {}, now?: number): FSRS {
  const cap = now === undefined ? undefined : examMaximumInterval(now, options.examDay);
  const maximum = Math.min(options.maximumIntervalDays ?? 36500, cap ?? 36500);
  const retention = clampRetention(options.retention);
  const w = validParameters(options.parameters);
  const key = `${retention}:${maximum}:${w?.join(',') ?? ''}`;
  let f = engines.get(key);
  if (!f) {
    // Fuzz off: the same answers at the same times always give the same schedule.
    f = fsrs({
      request_retention: retention,
      maximum_interval: maximum,
      enable_fuzz: false,
      enable_short_term: true,
      learning_steps: LEARNING_STEPS,
      relearning_steps: RELEARNING_STEPS,
      ...(w ? { w } : {}),
    });
    if (engines.size > 64) engines.clear();
    engines.set(key, f);
  }
  return f;
}

function clampRetention(r: number | undefined): number {
  if (r === undefined || !Number.isFinite(r)) return RETENTION_RANGE.default;
  return Math.min(RETENTION_RANGE.max, Math.max(RETENTION_RANGE.min, r));
}

/** FSRS-6 weights as ts-fsrs and fsrs-browser produce them: 21 finite numbers. */
export function validParameters(w: readonly number[] | undefined): number[] | undefined {
  return w && w.length === 21 && w.every((x) => Number.isFinite(x)) ? [...w] : undefined;
}

/**
 * ts-fsrs keeps Good at least one day above Hard, so at the cap Good can end one day past it; the exam
 * day is a promise, so such a due date is brought back to the exam day's start.
 */
function keepBeforeExam(card: Card, now: number, options: SchedulerOptions | undefined): Card {
  const examDay = options?.examDay;
  if (examDay === undefined || now >= examDay || card.due.getTime() <= examDay) return card;
  return { ...card, due: new Date(examDay), scheduled_days: Math.max(0, Math.floor((examDay - now) / DAY)) };
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
  const result = engine(options, now).next(toFsrs(card), new Date(now), OUTCOME_RATING[outcome]);
  return { card: fromFsrs(keepBeforeExam(result.card, now, options)), log: logBefore(card, result) };
}

/** The log of one review, keeping the card as it was before the answer so an undo restores it exactly. */
export function logBefore(card: CardState, result: RecordLogItem): ReviewLogState {
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
  return log;
}

/** What each outcome would schedule, as the interval in milliseconds from now. */
export function previewIntervals(card: CardState, now: number, options?: SchedulerOptions): Record<Outcome, number> {
  const preview = engine(options, now).repeat(toFsrs(card), new Date(now));
  const at = (o: Outcome) => keepBeforeExam(preview[OUTCOME_RATING[o]].card, now, options).due.getTime() - now;
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
  return engine(options, now).get_retrievability(toFsrs(card), new Date(now), false);
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


/**
 * When a card answered in a session should come back in it: its due time, if the card is still in its
 * learning or relearning steps and that time falls before `sessionEnd`; undefined once it has graduated
 * (answered right enough times) or when it falls due after the session.
 */
export function dueWithinSession(card: Pick<CardState, 'state' | 'due'>, now: number, sessionEnd: number = now + LEARN_AHEAD_MS): number | undefined {
  if (!inShortTermSteps(card)) return undefined;
  return card.due <= sessionEnd ? Math.max(now, card.due) : undefined;
}

/** One answer of a card's history, as the review log keeps it. */
export interface HistoryEntry {
  reviewedAt: number;
  /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
  rating: number;
}

/**
 * Rebuilds a card from its review history with ts-fsrs's own `reschedule` (a card is a cache of its
 * log): the card after the last answer, and each answer's log as `review` would have written it, in time
 * order. Used to merge two devices' logs and to apply new parameters; the exam-day cap and retention
 * come from `options` (today's settings), so the result is the card one device would hold had it seen
 * every answer under them. Entries without a grade (1–4) are skipped.
 */
export function rebuildCard(history: readonly HistoryEntry[], options?: SchedulerOptions): { card: CardState; logs: ReviewLogState[] } | undefined {
  const graded = history.filter((h) => h.rating >= 1 && h.rating <= 4 && Number.isInteger(h.rating)).sort((a, b) => a.reviewedAt - b.reviewedAt || a.rating - b.rating);
  if (!graded.length) return undefined;
  const last = graded[graded.length - 1]!.reviewedAt;
  const first = createEmptyCard(new Date(graded[0]!.reviewedAt));
  const f = engine(options, last);
  const { collections } = f.reschedule(
    first,
    graded.map((h) => ({ rating: h.rating as Grade, review: new Date(h.reviewedAt) })),
    { first_card: first, now: new Date(last), skipManual: true },
  );
  const logs: ReviewLogState[] = [];
  let before = fromFsrs(first);
  for (const [i, item] of collections.entries()) {
    logs.push(logBefore(before, item));
    before = fromFsrs(i === collections.length - 1 ? keepBeforeExam(item.card, last, options) : item.card);
  }
  return { card: before, logs };
}

/** FSRS's memory model under `options` at `now` (whole days), without dates: for fast simulation. */
export interface MemoryModel {
  /** The memory state after a grade `elapsedDays` after the last review (undefined state: a first answer). */
  next(state: { stability: number; difficulty: number } | undefined, elapsedDays: number, rating: number): { stability: number; difficulty: number };
  /** The interval in whole days the scheduler gives a stability (the exam cap and retention applied). */
  interval(stability: number, elapsedDays: number): number;
  /** Probability of recall `elapsedDays` after the last review. */
  recall(elapsedDays: number, stability: number): number;
}

export function memoryModel(options: SchedulerOptions | undefined, now: number): MemoryModel {
  const f = engine(options, now);
  return {
    next: (state, elapsedDays, rating) => f.next_state(state ?? null, elapsedDays, rating as Grade),
    interval: (stability, elapsedDays) => f.next_interval(stability, elapsedDays),
    recall: (elapsedDays, stability) => f.forgetting_curve(elapsedDays, stability),
  };
}
