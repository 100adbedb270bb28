import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueWithinSession, examMaximumInterval, newCard, rebuildCard, review, type CardState, type Outcome, type SchedulerOptions } from '@/engine/srs';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const MIN = 60_000;
const DAY = 86_400_000;

/** A card that graduated to days: right at T0, right again after its 10-minute step. */
function graduated(): CardState {
  const first = review(newCard(T0), 'right', T0).card;
  return review(first, 'right', T0 + 10 * MIN).card;
}

describe('learning and relearning steps', () => {
  it('a wrong answer on a review card gives a relearning card due in 10 minutes; right then graduates', () => {
    const card = graduated();
    expect(card.state).toBe(2);
    const lapseAt = card.due + 2 * 3_600_000;
    const lapse = review(card, 'wrong', lapseAt).card;
    expect(lapse).toMatchObject({ state: 3, lapses: 1, due: lapseAt + 10 * MIN });
    const relearnedAt = lapseAt + 11 * MIN;
    const relearned = review(lapse, 'right', relearnedAt).card;
    expect(relearned.state).toBe(2);
    expect(relearned.due - relearnedAt).toBeGreaterThanOrEqual(DAY);
  });

  it('a new card answered wrong is due again in 1 minute, then 10 minutes, then days', () => {
    const wrong = review(newCard(T0), 'wrong', T0).card;
    expect(wrong).toMatchObject({ state: 1, due: T0 + MIN });
    const right = review(wrong, 'right', T0 + 2 * MIN).card;
    expect(right).toMatchObject({ state: 1, due: T0 + 12 * MIN });
    const done = review(right, 'right', T0 + 13 * MIN).card;
    expect(done.state).toBe(2);
  });

  it('tells the session when a card comes back: while in its steps and due before the session ends', () => {
    const lapse = review(graduated(), 'wrong', T0 + 3 * DAY).card;
    expect(dueWithinSession(lapse, T0 + 3 * DAY, T0 + 3 * DAY + 20 * MIN)).toBe(T0 + 3 * DAY + 10 * MIN);
    expect(dueWithinSession(lapse, T0 + 3 * DAY, T0 + 3 * DAY + 5 * MIN)).toBeUndefined();
    // Overdue in the session: now, not in the past.
    expect(dueWithinSession(lapse, T0 + 3 * DAY + 15 * MIN)).toBe(T0 + 3 * DAY + 15 * MIN);
    expect(dueWithinSession(graduated(), T0, T0 + 365 * DAY)).toBeUndefined();
  });
});

const outcome = fc.constantFrom<Outcome>('wrong', 'right', 'guessed');
/** Gaps between answers, from seconds to months. */
const gap = fc.oneof(fc.integer({ min: 1000, max: 30 * MIN }), fc.integer({ min: 1, max: 90 }).map((d) => d * DAY + 3_600_000));

describe('the exam date caps every interval', () => {
  it('computes the cap from now to the exam day, at least one day, none after it', () => {
    expect(examMaximumInterval(T0, T0 + 10 * DAY)).toBe(10);
    expect(examMaximumInterval(T0, T0 + 10 * DAY - 1)).toBe(9);
    expect(examMaximumInterval(T0, T0 + 3_600_000)).toBe(1);
    expect(examMaximumInterval(T0, T0)).toBeUndefined();
    expect(examMaximumInterval(T0, undefined)).toBeUndefined();
  });

  it('schedules no due date after the exam day over random review histories', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(gap, outcome), { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 200 }), fc.double({ min: 0.8, max: 0.97, noNaN: true }), (answers, daysToExam, retention) => {
        const options: SchedulerOptions = { examDay: T0 + daysToExam * DAY, retention };
        let now = T0;
        let card = newCard(T0);
        for (const [wait, o] of answers) {
          if (now >= options.examDay!) break;
          card = review(card, o, now, options).card;
          expect(card.due).toBeLessThanOrEqual(options.examDay!);
          now += wait;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lets intervals run past the exam day once it is over', () => {
    const card = review(graduated(), 'right', T0 + 30 * DAY, { examDay: T0 + 20 * DAY }).card;
    expect(card.due).toBeGreaterThan(T0 + 31 * DAY);
  });
});

describe('rebuilding a card from its log (ts-fsrs reschedule)', () => {
  it('equals the card of the device that saw every answer, with the same logs', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(gap, outcome), { minLength: 1, maxLength: 25 }), (answers) => {
        let now = T0;
        let card = newCard(T0);
        const logs = [];
        for (const [wait, o] of answers) {
          const r = review(card, o, now);
          card = r.card;
          logs.push(r.log);
          now += wait;
        }
        // The log in any order: the rebuild sorts by time.
        const rebuilt = rebuildCard([...logs].reverse());
        expect(rebuilt?.card).toEqual(card);
        expect(rebuilt?.logs).toEqual(logs);
      }),
      { numRuns: 200 },
    );
  });

  it('rebuilds nothing from a log without a grade', () => {
    expect(rebuildCard([])).toBeUndefined();
    expect(rebuildCard([{ reviewedAt: T0, rating: 0 }])).toBeUndefined();
  });
});
