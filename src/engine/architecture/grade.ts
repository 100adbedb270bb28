import type { Challenge } from '@/content/challengeSchema';
import type { Diagram, DiagramNode } from '@/content/diagramSchema';
import { checkChallenge } from './challenge.ts';
import { allHold, allows } from './conditions.ts';
import { evaluateEdge, type EdgeEvaluation, type PermissionNeed, type ResourceGrantNeed } from './evaluate.ts';
import { buildGraph, grantedActions, labelOf, rolesOf, type DiagramGraph } from './graph.ts';
import { generatePoliciesFrom, type GeneratedPolicy } from './policies.ts';
import { MISPLACEMENT_RULES, ROLE_NAMES } from './rules.ts';
import { DOC } from './docs.ts';
import type { Finding, Verdict } from './types.ts';

export { generatePoliciesFrom };

/** Problems that belong to one node rather than to a connection, with the run-time error they cause. */
export function nodeProblems(graph: DiagramGraph, node: DiagramNode): { finding: Finding; flowError: string }[] {
  const problems: { finding: Finding; flowError: string }[] = [];
  if (node.kind !== 'ecs-task' && node.kind !== 'ecs-service') return problems;
  if (node.props.launchType === 'FARGATE' && node.props.networkMode !== 'awsvpc') {
    problems.push({
      finding: {
        severity: 'error',
        code: 'missing-config',
        message: `${labelOf(node)}: Fargate tasks require the awsvpc network mode (each task gets its own ENI).`,
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
          message: `${labelOf(node)}: a task definition names exactly one ${ROLE_NAMES[purpose]}; remove the extra one.`,
          nodeId: node.id,
          edgeId: extra.id,
          docUrl: purpose === 'task' ? DOC.taskRole : DOC.executionRole,
        },
        flowError: `A task definition has only one ${ROLE_NAMES[purpose]}`,
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
          message: `${labelOf(role)}: ${m.explanation}`,
          nodeId: role.id,
          ruleId: m.id,
          docUrl: m.docUrl,
        },
        flowError: `CannotPullContainerError: the ${ROLE_NAMES[m.belongsOn]} lacks ${stillMissing.join(', ')} (ECR permissions on the ${ROLE_NAMES[m.foundOn]} are not used for the pull)`,
      });
    }
  }
  return problems;
}

/** Grades a diagram: every connection against its rule, node settings, and the challenge goal if given. */
export function gradeDiagram(diagram: Diagram, challenge?: Challenge): Finding[] {
  const graph = buildGraph(diagram);
  const findings: Finding[] = [];
  for (const edge of diagram.edges) {
    const ev = evaluateEdge(graph, edge);
    if (ev) findings.push(...ev.findings);
  }
  for (const node of diagram.nodes) findings.push(...nodeProblems(graph, node).map((p) => p.finding));
  if (challenge) findings.push(...checkChallenge(graph, challenge));
  return findings;
}

/** A diagram passes when no finding is an error (warnings are advice). */
export function passes(findings: readonly Finding[]): boolean {
  return !findings.some((f) => f.severity === 'error');
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

function requirementTexts(ev: EdgeEvaluation): string[] {
  const texts: string[] = [];
  for (const req of ev.rule?.requires ?? []) {
    if (req.type === 'config' && allHold(req.when, ev.source, ev.target)) texts.push(req.message);
  }
  for (const p of ev.permissions) {
    const holder = labelOf(ev.source.id === p.holderId ? ev.source : ev.target);
    texts.push(`${holder}'s ${ROLE_NAMES[p.purpose]} allows ${p.actions.join(', ')} (${p.why}).`);
  }
  for (const g of ev.resourceGrants) texts.push(`The policy on ${g.resource} allows ${g.principal} to call ${g.actions.join(', ')} (${g.why}).`);
  return texts;
}

/** What one connection means, what it needs and which policy statements it adds. */
export function explainEdge(diagram: Diagram, edgeId: string): EdgeExplanation | undefined {
  const graph = buildGraph(diagram);
  const edge = diagram.edges.find((e) => e.id === edgeId);
  if (!edge) return undefined;
  const ev = evaluateEdge(graph, edge);
  if (!ev) return undefined;
  if (!ev.rule || !ev.judgement) {
    return {
      edgeId,
      integration: 'none',
      verdict: 'impossible',
      meaning: ev.findings[0]?.message ?? 'No AWS integration connects these resources.',
      requires: [],
      findings: ev.findings,
      permissions: [],
      resourceGrants: [],
      policies: [],
    };
  }
  const policies = generatePoliciesFrom(graph, [ev]);
  return {
    edgeId,
    integration: ev.rule.integration,
    verdict: ev.judgement.verdict,
    meaning: ev.judgement.explanation,
    docUrl: ev.judgement.docUrl,
    ...(ev.rule.principal ? { principal: ev.rule.principal } : {}),
    requires: ev.judgement.verdict === 'invalid' ? [] : requirementTexts(ev),
    findings: ev.findings,
    permissions: ev.permissions,
    resourceGrants: ev.resourceGrants,
    policies,
  };
}

/** IAM policy documents the diagram needs: trust and permissions per role, and resource policies. */
export function generatePolicies(diagram: Diagram): GeneratedPolicy[] {
  const graph = buildGraph(diagram);
  const evs = diagram.edges.map((e) => evaluateEdge(graph, e)).filter((e): e is EdgeEvaluation => e !== undefined);
  return generatePoliciesFrom(graph, evs);
}
