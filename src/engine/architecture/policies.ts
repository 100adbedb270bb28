import type { RolePurpose } from '../contracts/diagram.ts';
import type { EdgeEvaluation } from './evaluate.ts';
import { labelOf, rolesOf, type DiagramGraph } from './graph.ts';
import { TRUSTED_SERVICE } from './rules.ts';
import { roleName, type Locale } from './text.ts';

export interface PolicyStatement {
  Sid: string;
  Effect: 'Allow';
  Principal?: { Service: string };
  Action: string | string[];
  /** Absent in trust policies, which apply to the role itself. */
  Resource?: string | string[];
  Condition?: Record<string, Record<string, string>>;
}

export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: PolicyStatement[];
}

export interface GeneratedPolicy {
  /** Stable id: trust:<role>, permissions:<role> or resource:<node>. */
  id: string;
  kind: 'trust' | 'permissions' | 'resource';
  title: string;
  /** The role node (or, for a role not drawn, the node that needs it) or the resource node. */
  nodeId: string;
  document: PolicyDocument;
}

interface Draft {
  actions: Set<string>;
  resources: string[];
  principal?: string;
  condition?: Record<string, Record<string, string>>;
}

const one = (xs: string[]): string | string[] => (xs.length === 1 ? (xs[0] ?? '') : xs);

function merge(drafts: Map<string, Draft>, key: string, d: Omit<Draft, 'actions'>, actions: readonly string[]) {
  const existing = drafts.get(key);
  if (existing) actions.forEach((a) => existing.actions.add(a));
  else drafts.set(key, { ...d, actions: new Set(actions) });
}

function statements(drafts: Map<string, Draft>): PolicyStatement[] {
  return [...drafts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, d], i) => ({
      Sid: `Stmt${i + 1}`,
      Effect: 'Allow' as const,
      ...(d.principal ? { Principal: { Service: d.principal } } : {}),
      Action: one([...d.actions].sort()),
      Resource: one(d.resources),
      ...(d.condition ? { Condition: d.condition } : {}),
    }));
}

const doc = (s: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement: s });

/** Builds the policy documents for a set of graded connections; the output is sorted and stable. */
export function generatePoliciesFrom(graph: DiagramGraph, evs: readonly EdgeEvaluation[], locale: Locale = 'en'): GeneratedPolicy[] {
  const ko = locale === 'ko';
  const roles = new Map<string, { nodeId: string; title: string; purpose: RolePurpose; drafts: Map<string, Draft> }>();
  const resources = new Map<string, { title: string; drafts: Map<string, Draft> }>();
  const roleEntry = (holderId: string, purpose: RolePurpose) => {
    const holder = graph.nodes.get(holderId);
    const drawn = holder ? rolesOf(graph, holder, purpose)[0] : undefined;
    const nodeId = drawn?.id ?? `${holderId}.${purpose}`;
    let entry = roles.get(nodeId);
    if (!entry) {
      const role = roleName(purpose, locale);
      const of = holder ? labelOf(holder) : holderId;
      const title = drawn ? `${role} ${labelOf(drawn)}` : ko ? `${of}의 ${role}(다이어그램에 없음)` : `${role} for ${of} (not drawn)`;
      entry = { nodeId: drawn?.id ?? holderId, title, purpose, drafts: new Map() };
      roles.set(nodeId, entry);
    }
    return entry;
  };
  for (const n of graph.diagram.nodes) if (n.kind === 'iam-role') roleEntry(n.id, n.props.purpose);
  for (const ev of evs) {
    if (!ev.judgement || ev.judgement.verdict === 'invalid') continue;
    for (const p of ev.permissions) {
      const entry = roleEntry(p.holderId, p.purpose);
      const condition = p.passedToService ? { StringLike: { 'iam:PassedToService': p.passedToService } } : undefined;
      const key = `${p.resources.join(',')}\u0000${condition ? 'c' : ''}`;
      merge(entry.drafts, key, { resources: p.resources, ...(condition ? { condition } : {}) }, p.actions);
    }
    for (const g of ev.resourceGrants) {
      const node = graph.nodes.get(g.resourceId);
      let entry = resources.get(g.resourceId);
      if (!entry) {
        const of = node ? labelOf(node) : g.resourceId;
        entry = { title: ko ? `${of}의 리소스 기반 정책` : `resource policy of ${of}`, drafts: new Map() };
        resources.set(g.resourceId, entry);
      }
      const condition = g.sourceArn ? { ArnEquals: { 'aws:SourceArn': g.sourceArn } } : undefined;
      merge(entry.drafts, `${g.resource}\u0000${g.principal}\u0000${g.sourceArn ?? ''}`, { resources: [g.resource], principal: g.principal, ...(condition ? { condition } : {}) }, g.actions);
    }
  }
  const out: GeneratedPolicy[] = [];
  for (const [key, r] of [...roles.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    out.push({
      id: `trust:${key}`,
      kind: 'trust',
      title: ko ? `${r.title}의 신뢰 정책` : `Trust policy of the ${r.title}`,
      nodeId: r.nodeId,
      document: doc([{ Sid: 'Stmt1', Effect: 'Allow', Principal: { Service: TRUSTED_SERVICE[r.purpose] }, Action: 'sts:AssumeRole' }]),
    });
    if (r.drafts.size) {
      out.push({ id: `permissions:${key}`, kind: 'permissions', title: ko ? `${r.title}의 권한 정책` : `Permissions of the ${r.title}`, nodeId: r.nodeId, document: doc(statements(r.drafts)) });
    }
  }
  for (const [id, r] of [...resources.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    out.push({ id: `resource:${id}`, kind: 'resource', title: r.title, nodeId: id, document: doc(statements(r.drafts)) });
  }
  return out;
}

