import type { Diagram, DiagramEdge, DiagramNode, RolePurpose } from '../contracts/diagram.ts';

/** A diagram indexed once for grading: nodes by id and edges by endpoint, in file order. */
export interface DiagramGraph {
  diagram: Diagram;
  nodes: ReadonlyMap<string, DiagramNode>;
  out: ReadonlyMap<string, readonly DiagramEdge[]>;
  in: ReadonlyMap<string, readonly DiagramEdge[]>;
}

export function buildGraph(diagram: Diagram): DiagramGraph {
  const nodes = new Map<string, DiagramNode>();
  const out = new Map<string, DiagramEdge[]>();
  const inc = new Map<string, DiagramEdge[]>();
  for (const n of diagram.nodes) {
    nodes.set(n.id, n);
    out.set(n.id, []);
    inc.set(n.id, []);
  }
  for (const e of diagram.edges) {
    out.get(e.source)?.push(e);
    inc.get(e.target)?.push(e);
  }
  return { diagram, nodes, out, in: inc };
}

export function labelOf(node: DiagramNode): string {
  return node.label ?? node.id;
}

export type RoleNode = Extract<DiagramNode, { kind: 'iam-role' }>;

/**
 * Roles of a given purpose that a node uses: roles attached to it by an iam-role → node edge, or the
 * node itself when it is a role of that purpose (a CodeBuild service role acts as itself).
 */
export function rolesOf(graph: DiagramGraph, node: DiagramNode, purpose: RolePurpose): RoleNode[] {
  if (node.kind === 'iam-role') return node.props.purpose === purpose ? [node] : [];
  const roles: RoleNode[] = [];
  for (const e of graph.in.get(node.id) ?? []) {
    const src = graph.nodes.get(e.source);
    if (src?.kind === 'iam-role' && src.props.purpose === purpose && !roles.includes(src)) roles.push(src);
  }
  return roles;
}

export function grantedActions(roles: readonly RoleNode[]): string[] {
  return roles.flatMap((r) => r.props.actions);
}
