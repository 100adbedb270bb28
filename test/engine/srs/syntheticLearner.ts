import { fsrs, type FSRSState, type Grade } from 'ts-fsrs';
import { createRng, DEFAULT_PARAMETERS, type DayReview } from '@/engine/srs';

/**
 * A synthetic learner whose memory follows known FSRS parameters: recall at each review is drawn from
 * ts-fsrs's forgetting curve under those parameters, while the reviews are scheduled by the app's default
 * parameters (the learner reviews on the scheduled day, as a learner without personal parameters would).
 */

/**
 * A learner who forgets much faster than the defaults assume: first-answer stabilities about a quarter of
 * the defaults, slower stability growth after a success (w8), a steeper curve (w20).
 */
export const KNOWN_PARAMETERS: readonly number[] = [
  0.05, 0.3, 0.6, 2.0, 6.4133, 0.8334, 3.0194, 0.001, 1.1, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.45,
];

/** First answers: mostly Good, some Again, a few Hard and Easy. */
function firstRating(u: number): Grade {
  return (u < 0.2 ? 1 : u < 0.3 ? 2 : u < 0.95 ? 3 : 4) as Grade;
}

/** A recalled answer is mostly Good, sometimes Hard or Easy. */
function recalledRating(u: number): Grade {
  return (u < 0.15 ? 2 : u < 0.9 ? 3 : 4) as Grade;
}

/** `cards` review histories of `reviewsPerCard` answers each, drawn with a seeded generator. */
export function syntheticHistories(seed: number, cards: number, reviewsPerCard: number, truth: readonly number[] = KNOWN_PARAMETERS): DayReview[][] {
  const rng = createRng(seed);
  const memory = fsrs({ w: [...truth], enable_short_term: true });
  const scheduler = fsrs({ w: [...DEFAULT_PARAMETERS], enable_short_term: true, request_retention: 0.9, enable_fuzz: false });
  const out: DayReview[][] = [];
  for (let c = 0; c < cards; c++) {
    const first = firstRating(rng());
    const history: DayReview[] = [{ rating: first, deltaT: 0 }];
    let truthState: FSRSState = memory.next_state(null, 0, first);
    let scheduled: FSRSState = scheduler.next_state(null, 0, first);
    for (let i = 1; i < reviewsPerCard; i++) {
      const deltaT = Math.max(1, scheduler.next_interval(scheduled.stability, 0));
      const recall = memory.forgetting_curve(deltaT, truthState.stability);
      const rating: Grade = rng() < recall ? recalledRating(rng()) : (1 as Grade);
      history.push({ rating, deltaT });
      truthState = memory.next_state(truthState, deltaT, rating);
      scheduled = scheduler.next_state(scheduled, deltaT, rating);
    }
    out.push(history);
  }
  return out;
}
