import fc from 'fast-check';
import { forgetting_curve, fsrs } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import {
  binnedRmse,
  DEFAULT_PARAMETERS,
  evaluateParameters,
  fsrsItems,
  logLoss,
  recallBin,
  reviewHistories,
  spacedReviewCount,
} from '@/engine/srs';
import { KNOWN_PARAMETERS, syntheticHistories } from './syntheticLearner';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 4, 10, 9);

describe('review histories from the log', () => {
  it('groups answers by question in time order, delta_t in whole local days, 0 for the first and same-day answers', () => {
    const log = [
      { questionId: 'a', reviewedAt: T0 + 3 * DAY, rating: 3 },
      { questionId: 'a', reviewedAt: T0, rating: 1 },
      { questionId: 'a', reviewedAt: T0 + 10 * 60_000, rating: 3 },
      { questionId: 'b', reviewedAt: T0 + DAY, rating: 3 },
      { questionId: 'b', reviewedAt: T0 + 2 * DAY, rating: 9 },
    ];
    expect(reviewHistories(log, 0)).toEqual([
      [
        { rating: 1, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 3 },
      ],
      [{ rating: 3, deltaT: 0 }],
    ]);
  });

  it('counts days on the learner’s calendar: 23:30 and 00:30 local are a day apart', () => {
    // 23:30 and 00:30 in UTC+9 are 14:30 and 15:30 UTC of the same UTC day.
    const late = Date.UTC(2026, 4, 10, 14, 30);
    const log = [
      { questionId: 'a', reviewedAt: late, rating: 3 },
      { questionId: 'a', reviewedAt: late + 3_600_000, rating: 3 },
    ];
    expect(reviewHistories(log, 9 * 60)[0]![1]!.deltaT).toBe(1);
    expect(reviewHistories(log, 0)[0]![1]!.deltaT).toBe(0);
  });
});

describe('FSRS items', () => {
  it('makes one item per spaced review: the history up to and including it; same-day answers only as history', () => {
    const h = [
      { rating: 1, deltaT: 0 },
      { rating: 3, deltaT: 0 },
      { rating: 3, deltaT: 1 },
      { rating: 2, deltaT: 4 },
    ];
    const items = fsrsItems([h]);
    expect([...items.lengths]).toEqual([3, 4]);
    expect([...items.ratings]).toEqual([1, 3, 3, 1, 3, 3, 2]);
    expect([...items.deltaTs]).toEqual([0, 0, 1, 0, 0, 1, 4]);
    expect(spacedReviewCount([h])).toBe(2);
  });
});

describe('log loss and RMSE (bins)', () => {
  it('log loss of hand-computable predictions', () => {
    expect(logLoss([0.5, 0.5], [1, 0])).toBeCloseTo(Math.log(2), 12);
    expect(logLoss([0.9, 0.2], [1, 0])).toBeCloseTo(-(Math.log(0.9) + Math.log(0.8)) / 2, 12);
    expect(logLoss([], [])).toBe(0);
    expect(Number.isFinite(logLoss([1], [0]))).toBe(true);
  });

  it('bins predicted recall as fsrs-rs does: floor(21^p) − 1 within 0–19', () => {
    expect(recallBin(0)).toBe(0);
    expect(recallBin(0.5)).toBe(Math.floor(Math.sqrt(21)) - 1);
    expect(recallBin(0.9)).toBe(Math.floor(21 ** 0.9) - 1);
    expect(recallBin(1)).toBe(19);
  });

  it('RMSE (bins): each bin’s mean prediction against its recall rate, weighted by size', () => {
    // Bin of 0.9 (index 14): predicted 0.9 twice, recalled once → error 0.4, weight 2.
    // Bin of 0.3 (index 1): predicted 0.3, recalled → error 0.7, weight 1.
    expect(recallBin(0.9)).not.toBe(recallBin(0.3));
    expect(binnedRmse([0.9, 0.9, 0.3], [1, 0, 1])).toBeCloseTo(Math.sqrt((2 * 0.4 ** 2 + 0.7 ** 2) / 3), 12);
    expect(binnedRmse([0.8, 0.8, 0.8, 0.8, 0.8], [1, 1, 1, 1, 0])).toBeCloseTo(0, 12);
  });

  it('predicts each spaced review from the memory state before it, with ts-fsrs’s forgetting curve', () => {
    const h = [
      { rating: 3, deltaT: 0 },
      { rating: 1, deltaT: 5 },
    ];
    const f = fsrs({ w: [...DEFAULT_PARAMETERS], enable_short_term: true });
    const s = f.next_state(null, 0, 3).stability;
    const p = forgetting_curve(DEFAULT_PARAMETERS, 5, s);
    const e = evaluateParameters([h], DEFAULT_PARAMETERS);
    expect(e.count).toBe(1);
    expect(e.logLoss).toBeCloseTo(-Math.log(1 - p), 10);
    expect(e.rmseBins).toBeCloseTo(p, 10);
  });

  it('the parameters that generated a large synthetic log score better than far-off ones', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.double({ min: 2, max: 6, noNaN: true }), (seed, factor) => {
        const histories = syntheticHistories(seed, 300, 6);
        // Far off: first-answer stabilities `factor` times the truth's, stability growth raised, a flatter curve.
        const far = KNOWN_PARAMETERS.map((w, i) => (i < 4 ? w * factor : i === 8 ? w + 1.5 : i === 20 ? 0.1 : w));
        const truth = evaluateParameters(histories, KNOWN_PARAMETERS);
        const off = evaluateParameters(histories, far);
        expect(truth.logLoss).toBeLessThan(off.logLoss);
        expect(truth.rmseBins).toBeLessThan(off.rmseBins);
      }),
      { numRuns: 12 },
    );
  });
});
