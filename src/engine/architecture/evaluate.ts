import type { DiagramEdge, DiagramNode, RolePurpose } from '../contracts/diagram.ts';
import { arnFor } from './arns.ts';
import { allHold, missingActions } from './conditions.ts';
import { grantedActions, labelOf, rolesOf, type DiagramGraph } from './graph.ts';
import { kindName, withParticle } from './names.ts';
import { edgeActions, judge, ruleFor, type Judgement } from './rules.ts';
import { roleName as roleNameIn, tx, type Locale } from './text.ts';
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
  locale: Locale,
): PermissionNeed[] {
  const holder = req.holder === 'source' ? source : target;
  const base = { edgeId: edge.id, holderId: holder.id, purpose: req.role, why: tx(req.why, locale) };
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
export function evaluateEdge(graph: DiagramGraph, edge: DiagramEdge, locale: Locale = 'en'): EdgeEvaluation | undefined {
  const ko = locale === 'ko';
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
      message: ko
        ? `${where}: ${kindName(source.kind, locale)}에서 ${withParticle(kindName(target.kind, locale), '으로')} 가는 AWS 통합이 없습니다.`
        : `${where}: no AWS integration connects ${kindName(source.kind, locale)} to ${kindName(target.kind, locale)}.`,
      edgeId: edge.id,
    });
    ev.failures.push({
      message: ko
        ? `통합 없음: ${kindName(source.kind, locale)}에서 ${withParticle(kindName(target.kind, locale), '으로')}는 아무것도 보낼 수 없습니다`
        : `No integration: ${kindName(source.kind, locale)} cannot send anything to ${kindName(target.kind, locale)}`,
    });
    return ev;
  }
  ev.rule = rule;
  const j = judge(rule, source, target, locale);
  ev.judgement = j;
  if (j.verdict === 'invalid') {
    ev.findings.push({ severity: 'error', code: 'invalid-connection', message: `${where}: ${j.explanation}`, edgeId: edge.id, ruleId: rule.id, docUrl: j.docUrl });
    ev.failures.push({ message: `${ko ? '잘못된 연결' : 'Invalid connection'}: ${j.explanation}` });
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
      ev.findings.push({ severity: req.severity, code: 'missing-config', message: `${labelOf(node)}: ${tx(req.message, locale)}`, nodeId: node.id, edgeId: edge.id, ruleId: rule.id, docUrl: rule.docUrl });
      if (req.severity === 'error') ev.failures.push({ message: tx(req.flowError, locale), nodeId: node.id });
      continue;
    }
    const actions = req.actions === 'edge' ? edgeActions(rule, edge) : req.actions;
    ev.permissions.push(...permissionNeeds(graph, edge, req, actions, source, target, locale));
    const holder = req.holder === 'source' ? source : target;
    const roles = rolesOf(graph, holder, req.role);
    const roleName = roleNameIn(req.role, locale);
    const why = tx(req.why, locale);
    const list = actions.join(', ');
    if (!roles.length) {
      ev.findings.push({
        severity: req.severity,
        code: 'missing-permission',
        message: ko
          ? `${labelOf(holder)}에 ${roleName}이 없습니다. ${list} 권한이 필요합니다. ${why}입니다.`
          : `${labelOf(holder)} has no ${roleName}; it needs ${list} because ${why}.`,
        nodeId: holder.id,
        edgeId: edge.id,
        ruleId: rule.id,
        docUrl: rule.docUrl,
      });
      if (req.severity === 'error') {
        const message = ko ? `AccessDenied: ${labelOf(holder)}에 ${roleName}이 없습니다(${list} 필요)` : `AccessDenied: ${labelOf(holder)} has no ${roleName} (needs ${list})`;
        ev.failures.push({ message, nodeId: holder.id });
      }
      continue;
    }
    const missing = missingActions(grantedActions(roles), actions);
    if (!missing.length) continue;
    const role = roles[0] ?? holder;
    ev.findings.push({
      severity: req.severity,
      code: 'missing-permission',
      message: ko
        ? `${labelOf(holder)}의 ${roleName} ${labelOf(role)}에 ${missing.join(', ')} 권한이 없습니다. ${why}입니다.`
        : `The ${roleName} ${labelOf(role)} of ${labelOf(holder)} lacks ${missing.join(', ')}: ${why}.`,
      nodeId: role.id,
      edgeId: edge.id,
      ruleId: rule.id,
      docUrl: rule.docUrl,
    });
    if (req.severity === 'error') {
      const message = ko ? `AccessDenied: ${roleName}에 ${missing.join(', ')} 권한이 없습니다` : `AccessDenied: the ${roleName} lacks ${missing.join(', ')}`;
      ev.failures.push({ message, nodeId: role.id });
    }
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
      why: tx(grant.why, locale),
    });
  }
  return ev;
}
