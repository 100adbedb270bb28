import type { DiagramEdge, DiagramNode, RolePurpose } from '@/content/diagramSchema';
import { arnFor } from './arns.ts';
import { allHold, missingActions } from './conditions.ts';
import { grantedActions, labelOf, rolesOf, type DiagramGraph } from './graph.ts';
import { edgeActions, judge, ROLE_NAMES, ruleFor, type Judgement } from './rules.ts';
import type { ConnectionRule, Finding, PermissionRequirement } from './types.ts';

/** Actions a role must allow, on which resources, because of one connection. */
export interface PermissionNeed {
  edgeId: string;
  holderId: string;
  purpose: RolePurpose;
  actions: string[];
  resources: string[];
  /** Set for iam:PassRole granted on "*": limit it to roles passed to ECS tasks. */
  passedToService?: string;
  why: string;
}

/** A statement a resource-based policy (topic or queue policy) needs because of one connection. */
export interface ResourceGrantNeed {
  edgeId: string;
  resourceId: string;
  principal: string;
  actions: string[];
  resource: string;
  sourceArn?: string;
  why: string;
}

export interface EdgeEvaluation {
  edge: DiagramEdge;
  source: DiagramNode;
  target: DiagramNode;
  rule?: ConnectionRule;
  judgement?: Judgement;
  findings: Finding[];
  /** Run-time errors AWS would raise, one per error finding, in order. */
  failures: { message: string; nodeId?: string }[];
  permissions: PermissionNeed[];
  resourceGrants: ResourceGrantNeed[];
}

function passRoleArns(graph: DiagramGraph, task: DiagramNode): string[] {
  return [...rolesOf(graph, task, 'task'), ...rolesOf(graph, task, 'execution')].map((r) => arnFor(r)).sort();
}

function permissionNeeds(
  graph: DiagramGraph,
  edge: DiagramEdge,
  req: PermissionRequirement,
  actions: readonly string[],
  source: DiagramNode,
  target: DiagramNode,
): PermissionNeed[] {
  const holder = req.holder === 'source' ? source : target;
  const base = { edgeId: edge.id, holderId: holder.id, purpose: req.role, why: req.why };
  if (req.resource === '*') return [{ ...base, actions: [...actions], resources: ['*'] }];
  if (req.resource === 'pass-roles') {
    const arns = passRoleArns(graph, req.holder === 'source' ? target : source);
    return [
      arns.length
        ? { ...base, actions: [...actions], resources: arns }
        : { ...base, actions: [...actions], resources: ['*'], passedToService: 'ecs-tasks.amazonaws.com' },
    ];
  }
  const on = req.resource === 'source' ? source : target;
  const byArn = new Map<string, string[]>();
  for (const a of actions) {
    const arn = arnFor(on, a);
    byArn.set(arn, [...(byArn.get(arn) ?? []), a]);
  }
  return [...byArn.entries()].map(([arn, acts]) => ({ ...base, actions: acts, resources: [arn] }));
}

/** Grades one connection: its rule and verdict, and every requirement that does not hold. */
export function evaluateEdge(graph: DiagramGraph, edge: DiagramEdge): EdgeEvaluation | undefined {
  const source = graph.nodes.get(edge.source);
  const target = graph.nodes.get(edge.target);
  if (!source || !target) return undefined;
  const ev: EdgeEvaluation = { edge, source, target, findings: [], failures: [], permissions: [], resourceGrants: [] };
  const where = `${labelOf(source)} → ${labelOf(target)}`;
  const rule = ruleFor(source.kind, target.kind);
  if (!rule) {
    ev.findings.push({
      severity: 'error',
      code: 'invalid-connection',
      message: `${where}: no AWS integration connects a ${source.kind} to a ${target.kind}.`,
      edgeId: edge.id,
    });
    ev.failures.push({ message: `No integration: a ${source.kind} cannot send anything to a ${target.kind}` });
    return ev;
  }
  ev.rule = rule;
  const j = judge(rule, source, target);
  ev.judgement = j;
  if (j.verdict === 'invalid') {
    ev.findings.push({ severity: 'error', code: 'invalid-connection', message: `${where}: ${j.explanation}`, edgeId: edge.id, ruleId: rule.id, docUrl: j.docUrl });
    ev.failures.push({ message: `Invalid connection: ${j.explanation}` });
    return ev;
  }
  if (j.verdict === 'anti-pattern') {
    ev.findings.push({ severity: 'warning', code: 'antipattern', message: `${where}: ${j.explanation}`, edgeId: edge.id, ruleId: rule.id, docUrl: j.docUrl });
  }
  for (const req of rule.requires) {
    if (!allHold(req.when, source, target)) continue;
    if (req.type === 'config') {
      if (allHold([req.expect], source, target)) continue;
      const node = req.node === 'source' ? source : target;
      ev.findings.push({ severity: req.severity, code: 'missing-config', message: `${labelOf(node)}: ${req.message}`, nodeId: node.id, edgeId: edge.id, ruleId: rule.id, docUrl: rule.docUrl });
      if (req.severity === 'error') ev.failures.push({ message: req.flowError, nodeId: node.id });
      continue;
    }
    const actions = req.actions === 'edge' ? edgeActions(rule, edge) : req.actions;
    ev.permissions.push(...permissionNeeds(graph, edge, req, actions, source, target));
    const holder = req.holder === 'source' ? source : target;
    const roles = rolesOf(graph, holder, req.role);
    const roleName = ROLE_NAMES[req.role];
    if (!roles.length) {
      ev.findings.push({
        severity: req.severity,
        code: 'missing-permission',
        message: `${labelOf(holder)} has no ${roleName}; it needs ${actions.join(', ')} because ${req.why}.`,
        nodeId: holder.id,
        edgeId: edge.id,
        ruleId: rule.id,
        docUrl: rule.docUrl,
      });
      if (req.severity === 'error') ev.failures.push({ message: `AccessDenied: ${labelOf(holder)} has no ${roleName} (needs ${actions.join(', ')})`, nodeId: holder.id });
      continue;
    }
    const missing = missingActions(grantedActions(roles), actions);
    if (!missing.length) continue;
    const role = roles[0] ?? holder;
    ev.findings.push({
      severity: req.severity,
      code: 'missing-permission',
      message: `The ${roleName} ${labelOf(role)} of ${labelOf(holder)} lacks ${missing.join(', ')}: ${req.why}.`,
      nodeId: role.id,
      edgeId: edge.id,
      ruleId: rule.id,
      docUrl: rule.docUrl,
    });
    if (req.severity === 'error') ev.failures.push({ message: `AccessDenied: the ${roleName} lacks ${missing.join(', ')}`, nodeId: role.id });
  }
  for (const grant of rule.resourcePolicies ?? []) {
    const on = grant.on === 'source' ? source : target;
    const from = grant.sourceArnOf === 'source' ? source : grant.sourceArnOf === 'target' ? target : undefined;
    ev.resourceGrants.push({
      edgeId: edge.id,
      resourceId: on.id,
      principal: grant.principal,
      actions: [...grant.actions],
      resource: arnFor(on, grant.actions[0]),
      ...(from ? { sourceArn: arnFor(from) } : {}),
      why: grant.why,
    });
  }
  return ev;
}
