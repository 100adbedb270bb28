/**
 * Scoring of a mock exam.
 *
 * AWS reports associate exams on a scale of 100 to 1000 with 720 to pass, and does not publish how raw
 * answers map onto that scale (the mapping is equated per exam form). This app uses a documented
 * estimate: a piecewise-linear scale on the share of questions answered correctly, where
 *   0 % → 100,  70 % → 720 (the pass mark),  100 % → 1000,
 * linear between those points and rounded to the nearest integer. A multiple-response question scores
 * only when exactly the right options are chosen, and an unanswered question counts as wrong (AWS gives
 * no credit for partial or blank answers and does not penalize guessing).
 */

export const SCALE_MIN = 100;
export const SCALE_MAX = 1000;
export const PASS_MARK = 720;
/** Share of correct answers placed at the pass mark. */
export const RAW_AT_PASS = 0.7;

export function scaledScore(correct: number, total: number): number {
  if (total <= 0) return SCALE_MIN;
  const raw = Math.min(1, Math.max(0, correct / total));
  const scaled =
    raw <= RAW_AT_PASS
      ? SCALE_MIN + (raw / RAW_AT_PASS) * (PASS_MARK - SCALE_MIN)
      : PASS_MARK + ((raw - RAW_AT_PASS) / (1 - RAW_AT_PASS)) * (SCALE_MAX - PASS_MARK);
  return Math.round(scaled);
}

/** Exactly the right options, no more and no fewer. */
export function isCorrect(answer: readonly string[], chosen: readonly string[] | undefined): boolean {
  if (!chosen || chosen.length !== answer.length) return false;
  const set = new Set(chosen);
  return answer.every((a) => set.has(a));
}

export interface ScoredItem {
  questionId: string;
  domain: string;
  correct: boolean;
}

export interface ExamResult {
  correct: number;
  total: number;
  scaled: number;
  passed: boolean;
  byDomain: { domain: string; correct: number; total: number }[];
}

export function scoreExam(items: readonly ScoredItem[], domainOrder: readonly string[]): ExamResult {
  const correct = items.filter((i) => i.correct).length;
  const scaled = scaledScore(correct, items.length);
  const byDomain = domainOrder.map((domain) => {
    const mine = items.filter((i) => i.domain === domain);
    return { domain, correct: mine.filter((i) => i.correct).length, total: mine.length };
  });
  return { correct, total: items.length, scaled, passed: scaled >= PASS_MARK, byDomain };
}

/** Time left before the stored deadline; never negative. */
export function remainingMs(deadline: number, now: number): number {
  return Math.max(0, deadline - now);
}
