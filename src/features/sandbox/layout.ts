/**
 * Auto layout: the diagram laid out left to right in the order things flow (sources on the left, stores
 * on the right) by dagre's layered layout. Edges that point back (a task reading the bucket that started
 * it) are laid out as if reversed, so they do not pull their target out of flow order; roles, images and
 * file systems sit in the column just before what uses them. Routes (routing.ts) then keep every edge clear
 * of the boxes.
 */
import dagre from '@dagrejs/dagre';
import type { Diagram, DiagramEdge, DiagramNode, NodeKind } from '@/content/diagramSchema';
import { ruleFor } from '@/engine/architecture';
import { COLUMN_GAP, NODE_HEIGHT, NODE_WIDTH, ROW_GAP } from './geometry';

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

/** Lays the diagram out left to right in flow order, keeping its top-left corner where it was. */
export function autoLayout(diagram: Diagram): Diagram {
  if (!diagram.nodes.length) return diagram;
  const byId = new Map(diagram.nodes.map((n) => [n.id, n]));
  const back = backEdges(diagram);
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: ROW_GAP, ranksep: COLUMN_GAP, edgesep: 24, marginx: 0, marginy: 0, ranker: 'network-simplex' });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of diagram.nodes) g.setNode(n.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const e of diagram.edges) {
    if (e.source === e.target || !byId.has(e.source) || !byId.has(e.target)) continue;
    const [from, to] = back.has(e.id) ? [e.target, e.source] : [e.source, e.target];
    // A heavy setup edge keeps the role or image next to what uses it.
    g.setEdge(from, to, { weight: isSetup(byId, e) ? 4 : 1, minlen: 1 }, e.id);
  }
  dagre.layout(g);
  const minX = Math.min(...diagram.nodes.map((n) => n.position?.x ?? 0));
  const minY = Math.min(...diagram.nodes.map((n) => n.position?.y ?? 0));
  const placed = diagram.nodes.map((n) => g.node(n.id) as { x: number; y: number });
  const left = Math.min(...placed.map((p) => p.x)) - NODE_WIDTH / 2;
  const top = Math.min(...placed.map((p) => p.y)) - NODE_HEIGHT / 2;
  return {
    ...diagram,
    nodes: diagram.nodes.map((n, i) => {
      const p = placed[i] ?? { x: 0, y: 0 };
      return { ...n, position: { x: Math.round(minX + p.x - NODE_WIDTH / 2 - left), y: Math.round(minY + p.y - NODE_HEIGHT / 2 - top) } };
    }),
  };
}
