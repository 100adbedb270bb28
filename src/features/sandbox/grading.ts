/**
 * The sandbox UI's one door to the grading engine: findings, connection explanations, request runs and
 * generated policies all come from here, computed by the engine worker (`callEngine('sandbox', …)`) and
 * kept in one store (resultStore.ts). (`canConnect` stays a direct, synchronous call: React Flow needs its
 * answer mid-drag.) Results are keyed by what grading depends on, which excludes node positions: dragging
 * a node does not grade again, and the findings keep their identity. While an answer is pending, the last
 * one stays on screen.
 */
import { useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import type { Challenge } from '@/content/challengeSchema';
import type { Diagram } from '@/content/diagramSchema';
import {
  edgeStatus,
  passes,
  type ChallengeOptions,
  type EdgeExplanation,
  type EdgeStatus,
  type Finding,
  type FlowResult,
  type GeneratedPolicy,
} from '@/engine/architecture';
import type { Locale } from '@/content/taxonomy';
import { useLocale } from '@/ui/i18n';
import { callEngine, type EngineCall } from '@/worker/client';
import { findChallenge, startingDiagram, startingFindings } from './challenges';
import type { SandboxEditor, SandboxState } from './editor';
import { ResultStore, type Outcome, type Slot } from './resultStore';
import { useEditor, useSandbox } from './store';

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

const results = new ResultStore();

/** Each editor (the page's, a lesson widget's) has its own places that show answers. */
const slots = new WeakMap<SandboxEditor, Map<string, Slot>>();
function slotOf(editor: SandboxEditor, kind: string): Slot {
  let mine = slots.get(editor);
  if (!mine) slots.set(editor, (mine = new Map()));
  let slot = mine.get(kind);
  if (!slot) mine.set(kind, (slot = {}));
  return slot;
}

/** An answer as a screen shows it: the latest known (kept while the next is pending), or why there is none. */
export interface EngineAnswer<T> {
  /** What the answer is for (null: nothing asked). */
  key: string | null;
  value: T | undefined;
  /** The answer for what is on screen now is still being worked out. */
  pending: boolean;
  /** Why there is no answer (stopped at the time limit, failed); `retry` asks again. */
  error: unknown;
  retry: () => void;
}

/** Asks the engine for `key` (null: nothing to ask) and shows the answer, or the last one while pending. */
function useAnswer<T>(kind: string, key: string | null, start: () => EngineCall<T>): EngineAnswer<T> {
  const slot = slotOf(useEditor(), kind);
  useSyncExternalStore(results.subscribe, results.getVersion);
  const startRef = useRef(start);
  useLayoutEffect(() => {
    startRef.current = start;
  });
  useEffect(() => {
    if (key !== null) results.want(slot, key, () => startRef.current());
  }, [slot, key]);
  if (key === null) return { key, value: undefined, pending: false, error: undefined, retry: () => undefined };
  const view = results.read<T>(slot, key);
  return { key, ...view, retry: () => results.retry(key, () => startRef.current()) };
}

/** The answer an event handler awaits: the value, or the error that stopped it. */
async function settled<T>(outcome: Promise<Outcome<T>>): Promise<T> {
  const o = await outcome;
  if (o.status === 'error') throw o.error;
  return o.value;
}

function gradeKey(diagram: Diagram, challenge: Challenge | undefined, locale: Locale, options: ChallengeOptions): string {
  return `grade:${locale}:${challenge?.id ?? ''}:${options.goal !== false}:${options.reveal !== false}:${gradingKey(diagram)}`;
}

const gradeCall = (diagram: Diagram, challenge: Challenge | undefined, locale: Locale, options: ChallengeOptions) => () =>
  callEngine('sandbox', 'grade', [diagram, challenge, locale, options]);

/** The engine's findings for a diagram (and challenge, as much of it as `options` let speak), once worked out. */
export function grade(diagram: Diagram, challenge: Challenge | undefined, locale: Locale, options: ChallengeOptions = {}): Promise<Finding[]> {
  return settled(results.await(gradeKey(diagram, challenge, locale, options), gradeCall(diagram, challenge, locale, options)));
}

/** How much of the active challenge grading speaks about now: its goal once checked, its parts once every hint is out. */
export function challengeView(s: Pick<SandboxState, 'challengeId' | 'checked' | 'hintsShown'>): { challenge: Challenge | undefined; options: ChallengeOptions } {
  const challenge = findChallenge(s.challengeId);
  return { challenge, options: { goal: s.checked, reveal: challenge ? s.hintsShown >= challenge.hints.length : true } };
}

const NO_FINDINGS: Finding[] = [];

const startingKeys = new WeakMap<Challenge, string>();
/**
 * Findings known without the engine: none for an empty canvas, and a challenge's starting diagram as it
 * first opens (worked out at build time). Opening the sandbox or a challenge so needs no worker.
 */
function knownFindings(diagram: Diagram, challenge: Challenge | undefined, locale: Locale, state: { checked: boolean; hintsShown: number }): Finding[] | undefined {
  if (!challenge) return diagram.nodes.length === 0 && diagram.edges.length === 0 ? NO_FINDINGS : undefined;
  if (state.checked || state.hintsShown > 0) return undefined;
  let start = startingKeys.get(challenge);
  if (start === undefined) startingKeys.set(challenge, (start = gradingKey(startingDiagram(challenge))));
  return start === gradingKey(diagram) ? startingFindings(challenge.id, locale) : undefined;
}

/** Findings shown now, with whether newer ones are pending: the rules and what the learner drew always, the challenge's goal once checked. */
export function useGrading(): EngineAnswer<Finding[]> & { findings: Finding[] } {
  const diagram = useSandbox((s) => s.diagram);
  const challengeId = useSandbox((s) => s.challengeId);
  const checked = useSandbox((s) => s.checked);
  const hintsShown = useSandbox((s) => s.hintsShown);
  const locale = useLocale();
  const { challenge, options } = challengeView({ challengeId, checked, hintsShown });
  const key = gradeKey(diagram, challenge, locale, options);
  const known = knownFindings(diagram, challenge, locale, { checked, hintsShown });
  if (known) results.prime(key, known);
  const answer = useAnswer('findings', key, gradeCall(diagram, challenge, locale, options));
  return { ...answer, findings: answer.value ?? NO_FINDINGS };
}

/** Findings shown now (the last ones while newer are pending). */
export function useFindings(): Finding[] {
  return useGrading().findings;
}

/** How many problems the findings stand for: a summary of the unmet goal counts each part it sums up. */
export function problemCount(findings: readonly Finding[]): number {
  return findings.filter((f) => f.severity === 'error').reduce((n, f) => n + (f.parts ?? 1), 0);
}

/** What one connection means, what it needs and which policy statements it adds (the last one shown while pending). */
export function useExplanation(edgeId: string): EngineAnswer<EdgeExplanation | null> {
  const diagram = useSandbox((s) => s.diagram);
  const locale = useLocale();
  const answer = useAnswer('explain', `explain:${locale}:${edgeId}:${gradingKey(diagram)}`, () => callEngine('sandbox', 'explain', [diagram, edgeId, locale]));
  // The last explanation shown may be another connection's: that one is not shown for this one.
  return answer.value && answer.value.edgeId !== edgeId ? { ...answer, value: undefined } : answer;
}

/** The one verdict of a connection, agreeing with its colour, the Problems list and the run. */
export function connectionStatus(explanation: EdgeExplanation, findings: readonly Finding[]): EdgeStatus {
  return edgeStatus(explanation.verdict, findings, explanation.edgeId);
}

/** A request sent through the diagram, hop by hop, until the first call AWS would refuse; cancel stops it. */
export function runRequest(diagram: Diagram, locale: Locale): { result: Promise<FlowResult>; cancel: () => void } {
  const key = `flow:${locale}:${gradingKey(diagram)}`;
  let call: EngineCall<FlowResult> | undefined;
  // Running it again after it was stopped is the retry.
  results.forgetError(key);
  const result = settled(
    results.await(key, () => {
      call = callEngine('sandbox', 'flow', [diagram, locale]);
      return call;
    }),
  );
  return { result, cancel: () => call?.cancel() };
}

/** Every IAM policy document the diagram needs (the last ones shown while pending). */
export function usePolicies(): EngineAnswer<GeneratedPolicy[]> {
  const diagram = useSandbox((s) => s.diagram);
  const locale = useLocale();
  return useAnswer('policies', `policies:${locale}:${gradingKey(diagram)}`, () => callEngine('sandbox', 'policies', [diagram, locale]));
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
