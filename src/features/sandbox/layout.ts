import dagre from '@dagrejs/dagre';
import type { Diagram } from '@/content/diagramSchema';

export const NODE_WIDTH = 170;
export const NODE_HEIGHT = 64;

/** Lays the diagram out left to right in the direction of its edges (dagre). */
export function autoLayout(diagram: Diagram): Diagram {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'LR', nodesep: 40, ranksep: 70, marginx: 20, marginy: 20 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of diagram.nodes) g.setNode(n.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const e of diagram.edges) g.setEdge(e.source, e.target);
  dagre.layout(g);
  return {
    ...diagram,
    nodes: diagram.nodes.map((n) => {
      const p = g.node(n.id) as { x: number; y: number } | undefined;
      return p ? { ...n, position: { x: Math.round(p.x - NODE_WIDTH / 2), y: Math.round(p.y - NODE_HEIGHT / 2) } } : n;
    }),
  };
}
