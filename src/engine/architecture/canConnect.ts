import type { Diagram } from '../contracts/diagram.ts';
import { labelOf } from './graph.ts';
import { kindName, withParticle } from './names.ts';
import { judge, ruleFor } from './rules.ts';
import { tx, type Locale } from './text.ts';
import type { ConnectionRule, Verdict } from './types.ts';

export type ConnectResult =
  | { ok: true; rule: ConnectionRule; verdict: Verdict; explanation: string }
  | { ok: false; reason: string };

/**
 * Whether the editor may draw an edge from `sourceId` to `targetId`. Pairs with a rule may be drawn even
 * when the rule's verdict is invalid (grading explains why); pairs with no rule at all are refused.
 */
export function canConnect(diagram: Diagram, sourceId: string, targetId: string, locale: Locale = 'en'): ConnectResult {
  const ko = locale === 'ko';
  const source = diagram.nodes.find((n) => n.id === sourceId);
  const target = diagram.nodes.find((n) => n.id === targetId);
  if (!source || !target) {
    const id = source ? targetId : sourceId;
    return { ok: false, reason: ko ? `id가 "${id}"인 노드가 없습니다.` : `No node with id "${id}".` };
  }
  if (source.id === target.id) return { ok: false, reason: ko ? '리소스를 자기 자신에 연결할 수는 없습니다.' : 'A resource cannot be connected to itself.' };
  if (diagram.edges.some((e) => e.source === sourceId && e.target === targetId)) {
    const [s, t] = [labelOf(source), labelOf(target)];
    return { ok: false, reason: ko ? `${s} → ${t} 연결이 이미 있습니다.` : `${s} is already connected to ${t}.` };
  }
  const rule = ruleFor(source.kind, target.kind);
  if (!rule) {
    const reverse = ruleFor(target.kind, source.kind);
    if (ko) {
      const [s, t] = [kindName(source.kind, locale), kindName(target.kind, locale)];
      const hint = reverse
        ? ` 연결선은 요청, 이벤트, 데이터가 흐르는 방향을 가리킵니다. ${withParticle(t, '을')} ${s}에 연결하려던 것인가요(${tx(reverse.integration, locale)})?`
        : '';
      return { ok: false, reason: `${s}에서 ${withParticle(t, '으로')} 가는 AWS 통합이 없습니다.${hint}` };
    }
    const hint = reverse
      ? ` Edges point the way requests, events or data travel: did you mean to connect ${kindName(target.kind, locale, 'the')} to ${kindName(source.kind, locale, 'the')} (${reverse.integration})?`
      : '';
    return { ok: false, reason: `No AWS integration connects ${kindName(source.kind, locale)} to ${kindName(target.kind, locale)}.${hint}` };
  }
  const j = judge(rule, source, target, locale);
  return { ok: true, rule, verdict: j.verdict, explanation: j.explanation };
}
