/**
 * The sandbox UI's one door to the grading engine: findings, connection explanations, request runs and
 * generated policies all come from here, so the engine can move behind a worker by changing this file
 * alone. (`canConnect` stays a direct, synchronous call: React Flow needs its answer mid-drag.)
 * Results are cached by what grading depends on, which excludes node positions: dragging a node does not
 * grade again, and the findings keep their identity.
 */
import { useSyncExternalStore } from 'react';
import type { Challenge } from '@/content/challengeSchema';
import type { Diagram } from '@/content/diagramSchema';
import {
  edgeStatus,
  explainEdge,
  generatePolicies,
  gradeDiagram,
  passes,
  runFlow,
  type ChallengeOptions,
  type EdgeExplanation,
  type EdgeStatus,
  type Finding,
  type FlowResult,
  type GeneratedPolicy,
} from '@/engine/architecture';
import type { Locale } from '@/content/taxonomy';
import { useLocale } from '@/ui/i18n';
import { findChallenge } from './challenges';
import type { SandboxState } from './editor';
import { useSandbox } from './store';

export { passes };
export type { EdgeStatus };

/** What grading depends on: the diagram without positions. */
const keys = new WeakMap<Diagram, string>();
function gradingKey(d: Diagram): string {
  let key = keys.get(d);
  if (key === undefined) {
    key = JSON.stringify([d.nodes.map(({ position: _p, ...rest }) => rest), d.edges]);
    keys.set(d, key);
  }
  return key;
}

/** A small cache of recent results (a few diagrams × languages × challenge views). */
const cache = new Map<string, unknown>();
function cached<T>(key: string, compute: () => T): T {
  if (cache.has(key)) {
    const hit = cache.get(key) as T;
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const value = compute();
  cache.set(key, value);
  if (cache.size > 64) cache.delete(cache.keys().next().value as string);
  return value;
}

/** The engine's findings for a diagram (and challenge, as much of it as `options` let speak). */
export function gradeCached(diagram: Diagram, challenge: Challenge | undefined, locale: Locale, options: ChallengeOptions = {}): Finding[] {
  const key = `grade:${locale}:${challenge?.id ?? ''}:${options.goal !== false}:${options.reveal !== false}:${gradingKey(diagram)}`;
  return cached(key, () => gradeDiagram(diagram, challenge, locale, options));
}

/** How much of the active challenge grading speaks about now: its goal once checked, its parts once every hint is out. */
export function challengeView(s: Pick<SandboxState, 'challengeId' | 'checked' | 'hintsShown'>): { challenge: Challenge | undefined; options: ChallengeOptions } {
  const challenge = findChallenge(s.challengeId);
  return { challenge, options: { goal: s.checked, reveal: challenge ? s.hintsShown >= challenge.hints.length : true } };
}

/** Findings shown now: the rules and what the learner drew always, the challenge's goal once checked. */
export function useFindings(): Finding[] {
  const diagram = useSandbox((s) => s.diagram);
  const challengeId = useSandbox((s) => s.challengeId);
  const checked = useSandbox((s) => s.checked);
  const hintsShown = useSandbox((s) => s.hintsShown);
  const locale = useLocale();
  const { challenge, options } = challengeView({ challengeId, checked, hintsShown });
  return gradeCached(diagram, challenge, locale, options);
}

/** How many problems the findings stand for: a summary of the unmet goal counts each part it sums up. */
export function problemCount(findings: readonly Finding[]): number {
  return findings.filter((f) => f.severity === 'error').reduce((n, f) => n + (f.parts ?? 1), 0);
}

/** What one connection means, what it needs and which policy statements it adds. */
export function explainConnection(diagram: Diagram, edgeId: string, locale: Locale): EdgeExplanation | undefined {
  return cached(`explain:${locale}:${edgeId}:${gradingKey(diagram)}`, () => explainEdge(diagram, edgeId, locale));
}

/** The one verdict of a connection, agreeing with its colour, the Problems list and the run. */
export function connectionStatus(explanation: EdgeExplanation, findings: readonly Finding[]): EdgeStatus {
  return edgeStatus(explanation.verdict, findings, explanation.edgeId);
}

/** A request sent through the diagram, hop by hop, until the first call AWS would refuse. */
export function runRequest(diagram: Diagram, locale: Locale): FlowResult {
  return cached(`flow:${locale}:${gradingKey(diagram)}`, () => runFlow(diagram, undefined, locale));
}

export function policiesFor(diagram: Diagram, locale: Locale): GeneratedPolicy[] {
  return cached(`policies:${locale}:${gradingKey(diagram)}`, () => generatePolicies(diagram, locale));
}

/** The worst severity per node id and per edge id: the colours on the canvas. */
export function problemMap(findings: readonly Finding[]): Map<string, 'error' | 'warning'> {
  const map = new Map<string, 'error' | 'warning'>();
  for (const f of findings) {
    for (const id of [f.nodeId, f.edgeId]) {
      if (!id) continue;
      if (f.severity === 'error' || !map.has(id)) map.set(id, f.severity);
    }
  }
  return map;
}

const query = '(prefers-reduced-motion: reduce)';
const subscribe = (cb: () => void) => {
  const mq = window.matchMedia?.(query);
  mq?.addEventListener('change', cb);
  return () => mq?.removeEventListener('change', cb);
};

export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia?.(query).matches ?? false, () => false);
}
