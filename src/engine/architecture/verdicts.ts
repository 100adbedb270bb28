/**
 * Verdicts read from findings already computed: small and free of the rules, so a screen can use them
 * on findings that came from elsewhere (the engine worker) without loading the grading engine.
 */
import type { Finding, Verdict } from './types.ts';

/**
 * The one verdict shown for a connection, so that its badge, its colour on the canvas, the Problems list
 * and the run agree: the rule's verdict, made worse by any finding that points at the connection.
 * - fails: AWS would refuse it as drawn (a missing permission or setting; the run stops there);
 * - against-goal: AWS accepts it, but the challenge forbids it (the run goes through).
 */
export type EdgeStatus = Verdict | 'impossible' | 'fails' | 'against-goal';

export function edgeStatus(verdict: Verdict | 'impossible', findings: readonly Finding[], edgeId: string): EdgeStatus {
  if (verdict === 'impossible' || verdict === 'invalid') return verdict;
  const own = findings.filter((f) => f.edgeId === edgeId);
  const errors = own.filter((f) => f.severity === 'error');
  if (errors.some((f) => f.code !== 'challenge-unmet')) return 'fails';
  if (errors.length) return 'against-goal';
  if (verdict === 'anti-pattern' || own.length) return 'anti-pattern';
  return 'valid';
}

/** A diagram passes when no finding is an error (warnings are advice). */
export function passes(findings: readonly Finding[]): boolean {
  return !findings.some((f) => f.severity === 'error');
}
