import { default_w, forgetting_curve, fsrs, type FSRSState, type Grade } from 'ts-fsrs';

/**
 * Personal FSRS parameters: turning the learner's review log into the optimizer's input (FSRS items, as
 * fsrs-rs reads them) and measuring how well a set of parameters predicts the learner's own answers
 * (log loss and RMSE in bins, as fsrs-rs evaluates). Pure: no clock, no randomness, no WebAssembly.
 */

const DAY = 86_400_000;

/** The FSRS-6 default weights (ts-fsrs's, the ones fsrs-rs starts from). */
export const DEFAULT_PARAMETERS: readonly number[] = default_w;

/**
 * fsrs-rs returns its defaults below 8 training items and fits only the first-answer stabilities below 64
 * (`compute_parameters`, training.rs); a training item is one review answered on a later day than the
 * question's previous answer. Below this count the optimizer is not offered.
 */
export const MIN_SPACED_REVIEWS = 64;

/** One graded answer of the log. */
export interface LoggedAnswer {
  questionId: string;
  reviewedAt: number;
  /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
  rating: number;
}

/** One answer of a question's history: its grade and the whole days since the previous answer (0 first). */
export interface DayReview {
  rating: number;
  deltaT: number;
}

/** The learner's calendar day number of `time` (`offsetMinutes` east of UTC). */
function dayNumber(time: number, offsetMinutes: number): number {
  return Math.floor((time + offsetMinutes * 60_000) / DAY);
}

/**
 * Each question's answers in time order, with delta_t in whole calendar days as fsrs-rs counts them:
 * 0 for the first answer and for a second answer on the same day. Ungraded rows are left out.
 */
export function reviewHistories(answers: readonly LoggedAnswer[], offsetMinutes: number): DayReview[][] {
  const byQuestion = new Map<string, LoggedAnswer[]>();
  for (const a of answers) {
    if (!(Number.isInteger(a.rating) && a.rating >= 1 && a.rating <= 4)) continue;
    const list = byQuestion.get(a.questionId);
    if (list) list.push(a);
    else byQuestion.set(a.questionId, [a]);
  }
  const out: DayReview[][] = [];
  for (const list of byQuestion.values()) {
    list.sort((a, b) => a.reviewedAt - b.reviewedAt || a.rating - b.rating);
    let previous: number | undefined;
    out.push(
      list.map((a) => {
        const day = dayNumber(a.reviewedAt, offsetMinutes);
        const deltaT = previous === undefined ? 0 : Math.max(0, day - previous);
        previous = day;
        return { rating: a.rating, deltaT };
      }),
    );
  }
  return out;
}

/** How many answers the optimizer can learn from: those given a day or more after the previous one. */
export function spacedReviewCount(histories: readonly (readonly DayReview[])[]): number {
  let n = 0;
  for (const h of histories) for (let i = 1; i < h.length; i++) if (h[i]!.deltaT > 0) n++;
  return n;
}

/** The optimizer's input: FSRS items laid end to end, as fsrs-browser's `computeParameters` takes them. */
export interface FsrsItems {
  ratings: Uint32Array;
  deltaTs: Uint32Array;
  /** The number of reviews of each item. */
  lengths: Uint32Array;
}

/**
 * One FSRS item per spaced review: the question's history up to and including that review (fsrs-rs
 * predicts the last review from the ones before it). Same-day answers stay in the histories, where the
 * short-term parameters learn from them, but are not items of their own.
 */
export function fsrsItems(histories: readonly (readonly DayReview[])[]): FsrsItems {
  const ratings: number[] = [];
  const deltaTs: number[] = [];
  const lengths: number[] = [];
  for (const h of histories) {
    for (let end = 1; end < h.length; end++) {
      if (h[end]!.deltaT === 0) continue;
      for (let i = 0; i <= end; i++) {
        ratings.push(h[i]!.rating);
        deltaTs.push(h[i]!.deltaT);
      }
      lengths.push(end + 1);
    }
  }
  return { ratings: Uint32Array.from(ratings), deltaTs: Uint32Array.from(deltaTs), lengths: Uint32Array.from(lengths) };
}

/** How well parameters predict answers: lower is better for both. */
export interface Evaluation {
  /** Mean binary cross-entropy of predicted recall against recalled (rating above Again). */
  logLoss: number;
  /** RMSE in bins, as fsrs-rs computes it: predictions grouped into 20 log-spaced bins of predicted recall. */
  rmseBins: number;
  /** How many spaced reviews were predicted. */
  count: number;
}

/** fsrs-rs's bin of a predicted probability: floor(e^(p·ln 21)) − 1, within 0–19. */
export function recallBin(p: number, bins = 20): number {
  const b = Math.floor(Math.exp(p * Math.log(bins + 1))) - 1;
  return Math.min(bins - 1, Math.max(0, b));
}

/** RMSE between each bin's mean prediction and its recall rate, weighted by the bin's size. */
export function binnedRmse(predicted: readonly number[], recalled: readonly number[]): number {
  const bins = new Map<number, { p: number; y: number; n: number }>();
  predicted.forEach((p, i) => {
    const key = recallBin(p);
    const bin = bins.get(key) ?? { p: 0, y: 0, n: 0 };
    bin.p += p;
    bin.y += recalled[i]!;
    bin.n++;
    bins.set(key, bin);
  });
  let sum = 0;
  let n = 0;
  for (const bin of bins.values()) {
    sum += bin.n * (bin.p / bin.n - bin.y / bin.n) ** 2;
    n += bin.n;
  }
  return n ? Math.sqrt(sum / n) : 0;
}

/** Mean log loss; predictions are kept inside (1e-6, 1 − 1e-6) so one certain miss cannot make it infinite. */
export function logLoss(predicted: readonly number[], recalled: readonly number[]): number {
  if (!predicted.length) return 0;
  let sum = 0;
  predicted.forEach((raw, i) => {
    const p = Math.min(1 - 1e-6, Math.max(1e-6, raw));
    sum -= recalled[i]! ? Math.log(p) : Math.log(1 - p);
  });
  return sum / predicted.length;
}

/**
 * Replays every history under `parameters` with ts-fsrs's memory model: before each spaced review the
 * predicted recall is the forgetting curve at delta_t days of the stability so far; recalled means a
 * rating above Again. Same-day answers update the memory state but are not predicted, as in fsrs-rs.
 */
export function evaluateParameters(histories: readonly (readonly DayReview[])[], parameters: readonly number[]): Evaluation {
  const f = fsrs({ w: [...parameters], enable_short_term: true });
  const w = f.parameters.w;
  const predicted: number[] = [];
  const recalled: number[] = [];
  for (const h of histories) {
    let state: FSRSState | null = null;
    for (const review of h) {
      if (state && review.deltaT > 0) {
        predicted.push(forgetting_curve(w, review.deltaT, state.stability));
        recalled.push(review.rating > 1 ? 1 : 0);
      }
      state = f.next_state(state, review.deltaT, review.rating as Grade);
    }
  }
  return { logLoss: logLoss(predicted, recalled), rmseBins: binnedRmse(predicted, recalled), count: predicted.length };
}
