import { describe, expect, it } from 'vitest';
import { apportion, drawExam, isCorrect, remainingMs, scaledScore, scoreExam, type ExamSpec } from '@/engine/exam';
import { createRng } from '@/engine/srs';

const DVA: ExamSpec = { code: 'DVA-C02', questionCount: 65, durationMinutes: 130, domains: { 'dva-development': 32, 'dva-security': 26, 'dva-deployment': 24, 'dva-troubleshooting': 18 } };

describe('drawing a mock exam by domain weight', () => {
  it('splits 65 questions by the DVA-C02 weights (largest remainder)', () => {
    // Shares: 20.8, 16.9, 15.6, 11.7 → floors 20+16+15+11 = 62; the 3 left go to .9, .8, .7.
    expect(apportion(DVA.domains, 65)).toEqual({ 'dva-development': 21, 'dva-security': 17, 'dva-deployment': 15, 'dva-troubleshooting': 12 });
  });

  it('draws each domain’s quota, with no question twice, reproducibly from the seed', () => {
    const bank = Array.from({ length: 200 }, (_, i) => ({ id: `q${i}`, domains: [Object.keys(DVA.domains)[i % 4]!, 'saa-cost'] }));
    const a = drawExam(DVA, bank, createRng('exam-1'));
    expect(a).toHaveLength(65);
    expect(new Set(a.map((x) => x.questionId)).size).toBe(65);
    const per = (d: string) => a.filter((x) => x.domain === d).length;
    expect([per('dva-development'), per('dva-security'), per('dva-deployment'), per('dva-troubleshooting')]).toEqual([21, 17, 15, 12]);
    expect(drawExam(DVA, bank, createRng('exam-1'))).toEqual(a);
    expect(drawExam(DVA, bank, createRng('exam-2'))).not.toEqual(a);
  });

  it('tops a short domain up from the others', () => {
    const bank = [
      ...Array.from({ length: 5 }, (_, i) => ({ id: `t${i}`, domains: ['dva-troubleshooting'] })),
      ...Array.from({ length: 100 }, (_, i) => ({ id: `d${i}`, domains: ['dva-development'] })),
    ];
    const drawn = drawExam(DVA, bank, createRng(1));
    expect(drawn).toHaveLength(65);
    expect(drawn.filter((x) => x.domain === 'dva-troubleshooting')).toHaveLength(5);
  });
});

describe('scaled scoring (0 % → 100, 70 % → 720, 100 % → 1000)', () => {
  it('maps the anchor points and interpolates linearly', () => {
    expect(scaledScore(0, 65)).toBe(100);
    expect(scaledScore(7, 10)).toBe(720);
    expect(scaledScore(65, 65)).toBe(1000);
    expect(scaledScore(35, 100)).toBe(410); // 100 + 0.35/0.7 × 620
    expect(scaledScore(85, 100)).toBe(860); // 720 + 0.15/0.3 × 280
  });

  it('passes at 46 of 65 and fails at 45 of 65', () => {
    // 46/65 = 70.77 % → 720 + 0.0077/0.3 × 280 ≈ 727; 45/65 = 69.23 % → 100 + 0.6923/0.7 × 620 ≈ 713.
    expect(scaledScore(46, 65)).toBe(727);
    expect(scaledScore(45, 65)).toBe(713);
    const items = Array.from({ length: 65 }, (_, i) => ({ questionId: `q${i}`, domain: i < 30 ? 'a' : 'b', correct: i < 46 }));
    const r = scoreExam(items, ['a', 'b']);
    expect(r).toMatchObject({ correct: 46, total: 65, scaled: 727, passed: true });
    expect(r.byDomain).toEqual([
      { domain: 'a', correct: 30, total: 30 },
      { domain: 'b', correct: 16, total: 35 },
    ]);
  });

  it('gives credit only for exactly the right options', () => {
    expect(isCorrect(['a', 'c'], ['c', 'a'])).toBe(true);
    expect(isCorrect(['a', 'c'], ['a'])).toBe(false);
    expect(isCorrect(['a', 'c'], ['a', 'b', 'c'])).toBe(false);
    expect(isCorrect(['b'], undefined)).toBe(false);
  });
});

describe('exam timer', () => {
  it('computes the time left from the stored deadline, never below zero', () => {
    const start = Date.UTC(2026, 0, 1, 9);
    const deadline = start + 130 * 60_000;
    expect(remainingMs(deadline, start + 25 * 60_000)).toBe(105 * 60_000);
    expect(remainingMs(deadline, deadline + 5000)).toBe(0);
  });
});
