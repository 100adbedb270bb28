/**
 * Sizes and box arithmetic the canvas, the layout, placement and edge routing share. Nodes have one fixed
 * size (the CSS draws them at exactly this size), so every computation agrees with what is on screen.
 */
import type { Diagram, DiagramNode } from '@/content/diagramSchema';

export const NODE_WIDTH = 184;
export const NODE_HEIGHT = 64;
/** Space between columns of a layout: room for an edge to turn (see routing.ts). */
export const COLUMN_GAP = 72;
export const ROW_GAP = 36;

export interface XY {
  x: number;
  y: number;
}
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const positionOf = (n: DiagramNode): XY => n.position ?? { x: 0, y: 0 };
export const boxOf = (n: DiagramNode): Box => ({ ...positionOf(n), w: NODE_WIDTH, h: NODE_HEIGHT });
export const boxesOf = (d: Diagram): Map<string, Box> => new Map(d.nodes.map((n) => [n.id, boxOf(n)]));

export function inflate(b: Box, by: number): Box {
  return { x: b.x - by, y: b.y - by, w: b.w + 2 * by, h: b.h + 2 * by };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

export function contains(b: Box, p: XY): boolean {
  return p.x > b.x && p.x < b.x + b.w && p.y > b.y && p.y < b.y + b.h;
}

/** Whether the segment a–b passes through the inside of box `b` (Liang–Barsky clipping). */
export function segmentHits(a: XY, c: XY, b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = c.x - a.x;
  const dy = c.y - a.y;
  const edges: [number, number][] = [
    [-dx, a.x - b.x],
    [dx, b.x + b.w - a.x],
    [-dy, a.y - b.y],
    [dy, b.y + b.h - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
  }
  return t1 - t0 > 1e-9;
}

/** The box around several boxes. */
export function boundsOf(boxes: Iterable<Box>): Box | undefined {
  let out: Box | undefined;
  for (const b of boxes) {
    if (!out) out = { ...b };
    else {
      const x = Math.min(out.x, b.x);
      const y = Math.min(out.y, b.y);
      out = { x, y, w: Math.max(out.x + out.w, b.x + b.w) - x, h: Math.max(out.y + out.h, b.y + b.h) - y };
    }
  }
  return out;
}
