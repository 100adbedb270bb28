import type { Challenge, RequiredProperty } from '@/content/challengeSchema';
import { challengeIn } from '@/content/challengeText';
import type { DiagramNode } from '@/content/diagramSchema';
import { holds, missingActions } from './conditions.ts';
import { grantedActions, labelOf, rolesOf, type DiagramGraph } from './graph.ts';
import type { Locale } from './text.ts';
import type { Finding } from './types.ts';

function satisfies(graph: DiagramGraph, node: DiagramNode, p: RequiredProperty): boolean {
  if (node.kind !== p.kind) return false;
  if (p.type === 'prop') return holds({ on: 'source', path: p.path, op: p.op, value: p.value }, node, node);
  return missingActions(grantedActions(rolesOf(graph, node, p.role)), p.actions).length === 0;
}

/** Checks a diagram against a challenge's goal; every unmet part is an error finding. */
export function checkChallenge(graph: DiagramGraph, original: Challenge, locale: Locale = 'en'): Finding[] {
  const challenge = challengeIn(original, locale).challenge;
  const ko = locale === 'ko';
  const findings: Finding[] = [];
  const unmet = (message: string, extra: Partial<Finding> = {}) =>
    findings.push({ severity: 'error', code: 'challenge-unmet', message, ...extra });

  for (const n of challenge.startingNodes) {
    if (graph.nodes.get(n.id)?.kind === n.kind) continue;
    const l = labelOf(n);
    unmet(ko ? `처음에 놓인 ${n.kind} 리소스 "${l}"는 지우지 말고 캔버스에 두세요.` : `Keep the starting ${n.kind} "${l}" on the canvas.`, { nodeId: n.id });
  }
  const kindOf = (id: string) => graph.nodes.get(id)?.kind;
  for (const c of challenge.requiredConnections) {
    const found = graph.diagram.edges.some((e) => kindOf(e.source) === c.source && kindOf(e.target) === c.target);
    if (!found) unmet(ko ? `${c.source} → ${c.target} 연결을 추가하세요: ${c.why}` : `Connect a ${c.source} to a ${c.target}: ${c.why}`);
  }
  for (const c of challenge.forbiddenConnections) {
    for (const e of graph.diagram.edges) {
      if (kindOf(e.source) === c.source && kindOf(e.target) === c.target) unmet(ko ? `${c.source} → ${c.target} 연결을 제거하세요: ${c.why}` : `Remove ${c.source} → ${c.target}: ${c.why}`, { edgeId: e.id });
    }
  }
  for (const p of challenge.requiredProperties) {
    const ok = graph.diagram.nodes.some((n) => satisfies(graph, n, p));
    if (!ok) unmet(p.message);
  }
  return findings;
}
