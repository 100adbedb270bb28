/**
 * Auto layout: the diagram laid out left to right in the order things flow (sources on the left, stores
 * on the right) by dagre's layered layout. Edges that point back (a task reading the bucket that started
 * it) are laid out as if reversed, so they do not pull their target out of flow order. Helpers that only
 * attach to something (roles, images) are left out of the flow and then placed below and before what
 * they serve, so the flow reads as one row. Routes (routing.ts) keep every edge clear of the boxes.
 */
import dagre from '@dagrejs/dagre';
import type { Diagram, DiagramEdge, DiagramNode, NodeKind } from '@/content/diagramSchema';
import { ruleFor } from '@/engine/architecture';
import { COLUMN_GAP, NODE_HEIGHT, NODE_WIDTH, ROW_GAP } from './geometry';
import { placeNode } from './placement';

/** Where a flow usually begins, so a traversal from there meets the diagram in its reading order. */
const START_ORDER: readonly NodeKind[] = ['internet', 'eventbridge-schedule', 's3', 'sqs', 'ecs-service', 'ecs-task', 'alb', 'eventbridge-rule', 'cloudwatch-alarm', 'sns'];

const startRank = (n: DiagramNode) => {
  const i = START_ORDER.indexOf(n.kind);
  return i === -1 ? START_ORDER.length : i;
};

/** Edges that attach a helper (a role, an image, a file system) rather than carry the flow. */
function isSetup(byId: ReadonlyMap<string, DiagramNode>, e: DiagramEdge): boolean {
  const s = byId.get(e.source);
  const t = byId.get(e.target);
  return Boolean(s && t && ruleFor(s.kind, t.kind)?.setup);
}

/**
 * Edges that close a cycle when the diagram is walked depth first from where flows start: they are laid
 * out reversed. Setup edges never count, so a role never decides the order.
 */
export function backEdges(diagram: Diagram): Set<string> {
  const byId = new Map(diagram.nodes.map((n) => [n.id, n]));
  const out = new Map<string, DiagramEdge[]>();
  const incoming = new Map<string, number>();
  for (const e of diagram.edges) {
    if (isSetup(byId, e)) continue;
    out.set(e.source, [...(out.get(e.source) ?? []), e]);
    incoming.set(e.target, (incoming.get(e.target) ?? 0) + 1);
  }
  const order = [...diagram.nodes].sort((a, b) => Number(incoming.has(a.id)) - Number(incoming.has(b.id)) || startRank(a) - startRank(b));
  const state = new Map<string, 'open' | 'done'>();
  const back = new Set<string>();
  const visit = (id: string) => {
    state.set(id, 'open');
    for (const e of out.get(id) ?? []) {
      const s = state.get(e.target);
      if (s === 'open') back.add(e.id);
      else if (!s) visit(e.target);
    }
    state.set(id, 'done');
  };
  for (const n of order) if (!state.has(n.id)) visit(n.id);
  return back;
}

/** Nodes whose every connection attaches them to something else (a role, an image): not part of the flow. */
function helpers(diagram: Diagram, byId: ReadonlyMap<string, DiagramNode>): Set<string> {
  const out = new Set<string>();
  for (const n of diagram.nodes) {
    const own = diagram.edges.filter((e) => e.source === n.id || e.target === n.id);
    if (own.length && own.every((e) => e.source === n.id && isSetup(byId, e))) out.add(n.id);
  }
  return out;
}

/** Lays the diagram out left to right in flow order, keeping its top-left corner where it was. */
export function autoLayout(diagram: Diagram): Diagram {
  if (!diagram.nodes.length) return diagram;
  const byId = new Map(diagram.nodes.map((n) => [n.id, n]));
  const aside = helpers(diagram, byId);
  // A diagram of helpers only (a role and a repository) is laid out as it is, as a flow.
  if (aside.size === diagram.nodes.length) aside.clear();
  const back = backEdges(diagram);
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: ROW_GAP, ranksep: COLUMN_GAP, edgesep: 24, marginx: 0, marginy: 0, ranker: 'network-simplex' });
  g.setDefaultEdgeLabel(() => ({}));
  const flow = diagram.nodes.filter((n) => !aside.has(n.id));
  for (const n of flow) g.setNode(n.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const e of diagram.edges) {
    if (e.source === e.target || aside.has(e.source) || aside.has(e.target) || !byId.has(e.source) || !byId.has(e.target)) continue;
    const [from, to] = back.has(e.id) ? [e.target, e.source] : [e.source, e.target];
    g.setEdge(from, to, { weight: isSetup(byId, e) ? 4 : 1, minlen: 1 }, e.id);
  }
  dagre.layout(g);
  const minX = Math.min(...diagram.nodes.map((n) => n.position?.x ?? 0));
  const minY = Math.min(...diagram.nodes.map((n) => n.position?.y ?? 0));
  const centres = new Map(flow.map((n) => [n.id, g.node(n.id) as { x: number; y: number }]));
  const left = Math.min(...[...centres.values()].map((p) => p.x)) - NODE_WIDTH / 2;
  const top = Math.min(...[...centres.values()].map((p) => p.y)) - NODE_HEIGHT / 2;
  let laid: Diagram = {
    ...diagram,
    nodes: flow.map((n) => {
      const p = centres.get(n.id) ?? { x: 0, y: 0 };
      return { ...n, position: { x: Math.round(minX + p.x - NODE_WIDTH / 2 - left), y: Math.round(minY + p.y - NODE_HEIGHT / 2 - top) } };
    }),
    edges: [],
  };
  // Helpers, each under and before the node it serves, in free space (as a new node would be placed).
  for (const n of diagram.nodes) {
    if (!aside.has(n.id)) continue;
    const served = diagram.edges.find((e) => e.source === n.id)?.target;
    const position = placeNode(laid, n.kind, served ? { serves: served } : {});
    laid = { ...laid, nodes: [...laid.nodes, { ...n, position }] };
  }
  const placed = new Map(laid.nodes.map((n) => [n.id, n.position]));
  return { ...diagram, nodes: diagram.nodes.map((n) => ({ ...n, position: placed.get(n.id) ?? n.position })) };
}
