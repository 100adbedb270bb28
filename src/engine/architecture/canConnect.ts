import type { Diagram } from '@/content/diagramSchema';
import { labelOf } from './graph.ts';
import { judge, ruleFor } from './rules.ts';
import type { ConnectionRule, Verdict } from './types.ts';

export type ConnectResult =
  | { ok: true; rule: ConnectionRule; verdict: Verdict; explanation: string }
  | { ok: false; reason: string };

/**
 * Whether the editor may draw an edge from `sourceId` to `targetId`. Pairs with a rule may be drawn even
 * when the rule's verdict is invalid (grading explains why); pairs with no rule at all are refused.
 */
export function canConnect(diagram: Diagram, sourceId: string, targetId: string): ConnectResult {
  const source = diagram.nodes.find((n) => n.id === sourceId);
  const target = diagram.nodes.find((n) => n.id === targetId);
  if (!source || !target) return { ok: false, reason: `No node with id "${source ? targetId : sourceId}".` };
  if (source.id === target.id) return { ok: false, reason: 'A resource cannot be connected to itself.' };
  if (diagram.edges.some((e) => e.source === sourceId && e.target === targetId)) {
    return { ok: false, reason: `${labelOf(source)} is already connected to ${labelOf(target)}.` };
  }
  const rule = ruleFor(source.kind, target.kind);
  if (!rule) {
    const reverse = ruleFor(target.kind, source.kind);
    const hint = reverse
      ? ` Edges point the way requests, events or data travel: did you mean ${target.kind} → ${source.kind} (${reverse.integration})?`
      : '';
    return { ok: false, reason: `No AWS integration connects a ${source.kind} to a ${target.kind}.${hint}` };
  }
  const j = judge(rule, source, target);
  return { ok: true, rule, verdict: j.verdict, explanation: j.explanation };
}
