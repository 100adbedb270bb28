import { useSyncExternalStore } from 'react';
import type { Challenge } from '@/content/challengeSchema';
import type { Diagram } from '@/content/diagramSchema';
import type { Locale } from '@/content/taxonomy';
import { gradeDiagram, type Finding } from '@/engine/architecture';
import { useLocale } from '@/ui/i18n';
import { findChallenge } from './challenges';
import { useSandbox } from './store';

const cache = new WeakMap<Diagram, Map<string, Finding[]>>();

/** The engine's findings for a diagram (and challenge), computed once per diagram version and language. */
export function gradeCached(diagram: Diagram, challenge: Challenge | undefined, locale: Locale): Finding[] {
  let byChallenge = cache.get(diagram);
  if (!byChallenge) cache.set(diagram, (byChallenge = new Map()));
  const key = `${locale}:${challenge?.id ?? ''}`;
  let findings = byChallenge.get(key);
  if (!findings) byChallenge.set(key, (findings = gradeDiagram(diagram, challenge, locale)));
  return findings;
}

/** Findings shown now: the rules always, the challenge's goal once the learner has asked for a check. */
export function useFindings(): Finding[] {
  const diagram = useSandbox((s) => s.diagram);
  const challengeId = useSandbox((s) => s.challengeId);
  const checked = useSandbox((s) => s.checked);
  const locale = useLocale();
  const challenge = checked ? findChallenge(challengeId) : undefined;
  return gradeCached(diagram, challenge, locale);
}

/** The worst severity per node id and per edge id. */
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
