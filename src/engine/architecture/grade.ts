import type { Challenge } from '../contracts/challenge.ts';
import type { Diagram, DiagramNode } from '../contracts/diagram.ts';
import { checkChallenge, type ChallengeOptions } from './challenge.ts';
import { allHold, allows } from './conditions.ts';
import { evaluateEdge, type EdgeEvaluation, type PermissionNeed, type ResourceGrantNeed } from './evaluate.ts';
import { buildGraph, grantedActions, labelOf, rolesOf, type DiagramGraph } from './graph.ts';
import { generatePoliciesFrom, type GeneratedPolicy } from './policies.ts';
import { MISPLACEMENT_RULES } from './rules.ts';
import { roleName, tx, type Locale } from './text.ts';
import { DOC } from './docs.ts';
import type { Finding, Verdict } from './types.ts';

export { generatePoliciesFrom };
export { edgeStatus, passes, type EdgeStatus } from './verdicts.ts';
export type { Locale };

/** Problems that belong to one node rather than to a connection, with the run-time error they cause. */
export function nodeProblems(graph: DiagramGraph, node: DiagramNode, locale: Locale = 'en'): { finding: Finding; flowError: string }[] {
  const problems: { finding: Finding; flowError: string }[] = [];
  const ko = locale === 'ko';
  if (node.kind !== 'ecs-task' && node.kind !== 'ecs-service') return problems;
  if (node.props.launchType === 'FARGATE' && node.props.networkMode !== 'awsvpc') {
    problems.push({
      finding: {
        severity: 'error',
        code: 'missing-config',
        message: ko
          ? `${labelOf(node)}: Fargate 태스크에는 awsvpc 네트워크 모드가 필요합니다(태스크마다 자체 ENI를 받습니다).`
          : `${labelOf(node)}: Fargate tasks require the awsvpc network mode (each task gets its own ENI).`,
        nodeId: node.id,
        docUrl: DOC.fargateNetworking,
      },
      flowError: 'ClientException: Fargate only supports network mode awsvpc',
    });
  }
  for (const purpose of ['task', 'execution'] as const) {
    const attached = (graph.in.get(node.id) ?? []).filter((e) => {
      const r = graph.nodes.get(e.source);
      return r?.kind === 'iam-role' && r.props.purpose === purpose;
    });
    for (const extra of attached.slice(1)) {
      problems.push({
        finding: {
          severity: 'error',
          code: 'invalid-connection',
          message: ko
            ? `${labelOf(node)}: 태스크 정의에는 ${roleName(purpose, locale)}을 하나만 지정합니다. 추가로 연결한 역할을 제거하세요.`
            : `${labelOf(node)}: a task definition names exactly one ${roleName(purpose, locale)}; remove the extra one.`,
          nodeId: node.id,
          edgeId: extra.id,
          docUrl: purpose === 'task' ? DOC.taskRole : DOC.executionRole,
        },
        flowError: ko ? `태스크 정의에는 ${roleName(purpose, locale)}이 하나뿐입니다` : `A task definition has only one ${roleName(purpose, locale)}`,
      });
    }
  }
  const pullsImage = (graph.in.get(node.id) ?? []).some((e) => graph.nodes.get(e.source)?.kind === 'ecr');
  for (const m of MISPLACEMENT_RULES) {
    if (!m.holderKinds.includes(node.kind) || !pullsImage) continue;
    const onWrongRole = rolesOf(graph, node, m.foundOn).filter((r) => m.actions.some((a) => r.props.actions.includes(a)));
    const rightGrants = grantedActions(rolesOf(graph, node, m.belongsOn));
    const stillMissing = m.actions.filter((a) => !allows(rightGrants, a));
    for (const role of onWrongRole) {
      if (!stillMissing.length) continue;
      problems.push({
        finding: {
          severity: m.verdict === 'invalid' ? 'error' : 'warning',
          code: 'misplaced-permission',
          message: `${labelOf(role)}: ${tx(m.explanation, locale)}`,
          nodeId: role.id,
          ruleId: m.id,
          docUrl: m.docUrl,
        },
        flowError: ko
          ? `CannotPullContainerError: ${roleName(m.belongsOn, locale)}에 ${stillMissing.join(', ')} 권한이 없습니다(${roleName(m.foundOn, locale)}에 있는 ECR 권한은 이미지 풀에 쓰이지 않습니다)`
          : `CannotPullContainerError: the ${roleName(m.belongsOn, locale)} lacks ${stillMissing.join(', ')} (ECR permissions on the ${roleName(m.foundOn, locale)} are not used for the pull)`,
      });
    }
  }
  return problems;
}

/**
 * Grades a diagram: every connection against its rule, node settings, and the challenge goal if given
 * (`options` say how much of the goal to speak about; by default all of it, each part named).
 * The locale changes only the wording of the messages, never which findings there are.
 */
export function gradeDiagram(diagram: Diagram, challenge?: Challenge, locale: Locale = 'en', options: ChallengeOptions = {}): Finding[] {
  const graph = buildGraph(diagram);
  const findings: Finding[] = [];
  for (const edge of diagram.edges) {
    const ev = evaluateEdge(graph, edge, locale);
    if (ev) findings.push(...ev.findings);
  }
  for (const node of diagram.nodes) findings.push(...nodeProblems(graph, node, locale).map((p) => p.finding));
  if (challenge) findings.push(...checkChallenge(graph, challenge, locale, options));
  return findings;
}

export interface EdgeExplanation {
  edgeId: string;
  integration: string;
  verdict: Verdict | 'impossible';
  meaning: string;
  docUrl?: string;
  principal?: string;
  /** Human-readable requirements that apply to these two nodes, whether met or not. */
  requires: string[];
  findings: Finding[];
  permissions: PermissionNeed[];
  resourceGrants: ResourceGrantNeed[];
  /** Policy documents this connection contributes to, as generatePolicies would emit them. */
  policies: GeneratedPolicy[];
}

function requirementTexts(ev: EdgeEvaluation, locale: Locale): string[] {
  const ko = locale === 'ko';
  const texts: string[] = [];
  for (const req of ev.rule?.requires ?? []) {
    if (req.type === 'config' && allHold(req.when, ev.source, ev.target)) texts.push(tx(req.message, locale));
  }
  for (const p of ev.permissions) {
    const holder = labelOf(ev.source.id === p.holderId ? ev.source : ev.target);
    const role = roleName(p.purpose, locale);
    const actions = p.actions.join(', ');
    texts.push(ko ? `${holder}의 ${role}이 ${actions} 작업을 허용해야 합니다(${p.why}).` : `${holder}'s ${role} allows ${actions} (${p.why}).`);
  }
  for (const g of ev.resourceGrants) {
    const actions = g.actions.join(', ');
    texts.push(
      ko
        ? `${g.resource}의 정책이 ${g.principal}에 ${actions} 호출을 허용해야 합니다(${g.why}).`
        : `The policy on ${g.resource} allows ${g.principal} to call ${actions} (${g.why}).`,
    );
  }
  return texts;
}

/** What one connection means, what it needs and which policy statements it adds. */
export function explainEdge(diagram: Diagram, edgeId: string, locale: Locale = 'en'): EdgeExplanation | undefined {
  const graph = buildGraph(diagram);
  const edge = diagram.edges.find((e) => e.id === edgeId);
  if (!edge) return undefined;
  const ev = evaluateEdge(graph, edge, locale);
  if (!ev) return undefined;
  if (!ev.rule || !ev.judgement) {
    return {
      edgeId,
      integration: 'none',
      verdict: 'impossible',
      meaning: ev.findings[0]?.message ?? (locale === 'ko' ? '이 리소스들을 잇는 AWS 통합이 없습니다.' : 'No AWS integration connects these resources.'),
      requires: [],
      findings: ev.findings,
      permissions: [],
      resourceGrants: [],
      policies: [],
    };
  }
  const policies = generatePoliciesFrom(graph, [ev], locale);
  return {
    edgeId,
    integration: tx(ev.rule.integration, locale),
    verdict: ev.judgement.verdict,
    meaning: ev.judgement.explanation,
    docUrl: ev.judgement.docUrl,
    ...(ev.rule.principal ? { principal: tx(ev.rule.principal, locale) } : {}),
    requires: ev.judgement.verdict === 'invalid' ? [] : requirementTexts(ev, locale),
    findings: ev.findings,
    permissions: ev.permissions,
    resourceGrants: ev.resourceGrants,
    policies,
  };
}

/** IAM policy documents the diagram needs: trust and permissions per role, and resource policies. */
export function generatePolicies(diagram: Diagram, locale: Locale = 'en'): GeneratedPolicy[] {
  const graph = buildGraph(diagram);
  const evs = diagram.edges.map((e) => evaluateEdge(graph, e, locale)).filter((e): e is EdgeEvaluation => e !== undefined);
  return generatePoliciesFrom(graph, evs, locale);
}
