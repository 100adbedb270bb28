import type { Challenge, RequiredProperty } from '@/content/challengeSchema';
import { challengeIn } from '../../content/challengeText.ts';
import type { DiagramNode, NodeKind } from '@/content/diagramSchema';
import { holds, missingActions } from './conditions.ts';
import { grantedActions, labelOf, rolesOf, type DiagramGraph } from './graph.ts';
import { kindName, withParticle } from './names.ts';
import type { Locale } from './text.ts';
import type { Finding } from './types.ts';

/** How much of a challenge's goal grading speaks about. */
export interface ChallengeOptions {
  /**
   * Whether the goal's required connections and properties are graded. What the learner drew (a forbidden
   * connection, a starting resource removed) is always graded, so a mistake shows as it is made.
   */
  goal?: boolean;
  /**
   * Whether each unmet part of the goal is named. When false, one finding says how many connections and
   * settings are still missing, so a check does not hand over the solution before the hints are used.
   */
  reveal?: boolean;
}

function satisfies(graph: DiagramGraph, node: DiagramNode, p: RequiredProperty): boolean {
  if (node.kind !== p.kind) return false;
  if (p.type === 'prop') return holds({ on: 'source', path: p.path, op: p.op, value: p.value }, node, node);
  return missingActions(grantedActions(rolesOf(graph, node, p.role)), p.actions).length === 0;
}

/** "the S3 bucket “photo-uploads”" / "S3 버킷 “photo-uploads”": a node named by its kind and label. */
function named(node: DiagramNode, locale: Locale): string {
  return `${kindName(node.kind, locale, 'the')} “${labelOf(node)}”`;
}

function missingSummary(connections: number, settings: number, locale: Locale): string {
  if (locale === 'ko') {
    const parts = [connections && `연결 ${connections}개`, settings && `설정 ${settings}개`].filter(Boolean).join('와 ');
    return `아직 목표에 이르지 못했습니다. ${parts}가 빠져 있습니다. 힌트를 보면 하나씩 찾을 수 있습니다.`;
  }
  const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  const parts = [connections && count(connections, 'connection'), settings && count(settings, 'setting')].filter(Boolean);
  const verb = connections + settings === 1 ? 'is' : 'are';
  return `The goal is not met yet: ${parts.join(' and ')} ${verb} still missing. The hints lead to them one at a time.`;
}

/** Checks a diagram against a challenge's goal; every unmet part is an error finding. */
export function checkChallenge(graph: DiagramGraph, original: Challenge, locale: Locale = 'en', options: ChallengeOptions = {}): Finding[] {
  const { goal = true, reveal = true } = options;
  const challenge = challengeIn(original, locale).challenge;
  const ko = locale === 'ko';
  const findings: Finding[] = [];
  const unmet = (message: string, extra: Partial<Finding> = {}) => findings.push({ severity: 'error', code: 'challenge-unmet', message, ...extra });

  for (const n of challenge.startingNodes) {
    if (graph.nodes.get(n.id)?.kind === n.kind) continue;
    unmet(ko ? `캔버스에 처음부터 있던 ${named(n, locale)}을(를) 지우지 말고 두세요.` : `Keep the starting ${kindName(n.kind, locale, 'none')} “${labelOf(n)}” on the canvas.`, { nodeId: n.id });
  }
  const kindOf = (id: string) => graph.nodes.get(id)?.kind;
  for (const c of challenge.forbiddenConnections) {
    for (const e of graph.diagram.edges) {
      const [s, t] = [graph.nodes.get(e.source), graph.nodes.get(e.target)];
      if (!s || !t || s.kind !== c.source || t.kind !== c.target) continue;
      unmet(ko ? `${named(s, locale)} → ${named(t, locale)} 연결을 제거하세요: ${c.why}` : `Remove the connection from ${named(s, locale)} to ${named(t, locale)}: ${c.why}`, { edgeId: e.id });
    }
  }
  if (!goal) return findings;

  const count = (kind: NodeKind) => graph.diagram.nodes.filter((n) => n.kind === kind).length;
  // "the S3 bucket" when the diagram has exactly one, so the reader knows which; "an S3 bucket" otherwise.
  const name = (kind: NodeKind) => kindName(kind, locale, count(kind) === 1 ? 'the' : 'a');
  const missingConnections = challenge.requiredConnections.filter((c) => !graph.diagram.edges.some((e) => kindOf(e.source) === c.source && kindOf(e.target) === c.target));
  const missingProperties = challenge.requiredProperties.filter((p) => !graph.diagram.nodes.some((n) => satisfies(graph, n, p)));
  if (!reveal) {
    const parts = missingConnections.length + missingProperties.length;
    if (parts) unmet(missingSummary(missingConnections.length, missingProperties.length, locale), { parts });
    return findings;
  }
  for (const c of missingConnections) {
    unmet(ko ? `${withParticle(name(c.source), '을')} ${name(c.target)}에 연결하세요: ${c.why}` : `Connect ${name(c.source)} to ${name(c.target)}: ${c.why}`);
  }
  for (const p of missingProperties) unmet(p.message);
  return findings;
}
