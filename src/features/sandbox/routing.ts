/**
 * Edge routes that never pass through a node box. An edge leaves its source on the right and enters its
 * target on the left. A forward edge with a clear view is a smooth curve; otherwise it takes the shortest
 * clear orthogonal route: across the gap between columns, or around the boxes in the way through a free
 * horizontal channel (this is how an edge that points back, like task → bucket, reaches its target).
 */
import { inflate, segmentHits, type Box, type XY } from './geometry';

/** How far an edge runs straight out of a handle before it turns. */
const STUB = 24;
/** Clearance kept between a route and the boxes it passes. */
const CLEAR = 14;
const CORNER = 10;

export interface Route {
  /** SVG path data. */
  path: string;
  /** Where a marker or label sits: halfway along the route. */
  label: XY;
  /** The route as points (the polyline, or samples of the curve), for tests and hit checks. */
  points: XY[];
}

function cubic(s: XY, c1: XY, c2: XY, t: XY, u: number): XY {
  const v = 1 - u;
  return {
    x: v * v * v * s.x + 3 * v * v * u * c1.x + 3 * v * u * u * c2.x + u * u * u * t.x,
    y: v * v * v * s.y + 3 * v * v * u * c1.y + 3 * v * u * u * c2.y + u * u * u * t.y,
  };
}

function length(points: readonly XY[]): number {
  let sum = 0;
  for (let i = 1; i < points.length; i++) sum += Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y);
  return sum;
}

function halfway(points: readonly XY[]): XY {
  let left = length(points) / 2;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const d = Math.hypot(b.x - a.x, b.y - a.y);
    if (d >= left && d > 0) return { x: a.x + ((b.x - a.x) * left) / d, y: a.y + ((b.y - a.y) * left) / d };
    left -= d;
  }
  return points[points.length - 1] ?? { x: 0, y: 0 };
}

/** Drops repeated points and points in the middle of a straight run. */
function simplify(points: readonly XY[]): XY[] {
  const out: XY[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) < 0.5 && Math.abs(last.y - p.y) < 0.5) continue;
    const prev = out[out.length - 2];
    if (prev && last && ((prev.x === last.x && last.x === p.x) || (prev.y === last.y && last.y === p.y))) out.pop();
    out.push(p);
  }
  return out;
}

/** Whether a polyline stays clear: the first and last segments may touch the end boxes (they start there). */
function clear(points: readonly XY[], obstacles: readonly Box[], ends: readonly Box[]): boolean {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (obstacles.some((o) => segmentHits(a, b, inflate(o, CLEAR - 4)))) return false;
    const inner = i > 1 && i < points.length - 1;
    if (inner && ends.some((o) => segmentHits(a, b, inflate(o, 2)))) return false;
  }
  return true;
}

/** A polyline drawn with rounded corners. */
function roundedPath(points: readonly XY[]): string {
  const first = points[0];
  if (!first) return '';
  let d = `M ${first.x} ${first.y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const a = points[i - 1]!;
    const c = points[i]!;
    const b = points[i + 1]!;
    const r = Math.min(CORNER, Math.hypot(c.x - a.x, c.y - a.y) / 2, Math.hypot(b.x - c.x, b.y - c.y) / 2);
    const inX = c.x + Math.sign(a.x - c.x) * r;
    const inY = c.y + Math.sign(a.y - c.y) * r;
    const outX = c.x + Math.sign(b.x - c.x) * r;
    const outY = c.y + Math.sign(b.y - c.y) * r;
    d += ` L ${inX} ${inY} Q ${c.x} ${c.y} ${outX} ${outY}`;
  }
  const last = points[points.length - 1]!;
  return `${d} L ${last.x} ${last.y}`;
}

/**
 * The route from a source handle `s` (right side of `ends[0]`) to a target handle `t` (left side of
 * `ends[1]`) that avoids every box in `obstacles`.
 */
export function routeEdge(s: XY, t: XY, obstacles: readonly Box[], ends: readonly Box[] = []): Route {
  const all = [...obstacles, ...ends];
  if (t.x - s.x >= 2 * STUB + 32) {
    const k = (t.x - s.x) / 2;
    const c1 = { x: s.x + k, y: s.y };
    const c2 = { x: t.x - k, y: t.y };
    const samples = Array.from({ length: 33 }, (_, i) => cubic(s, c1, c2, t, i / 32));
    if (clear(samples, obstacles, [])) {
      return { path: `M ${s.x} ${s.y} C ${c1.x} ${c1.y} ${c2.x} ${c2.y} ${t.x} ${t.y}`, label: cubic(s, c1, c2, t, 0.5), points: samples };
    }
  }
  const sx = s.x + STUB;
  const tx = t.x - STUB;
  const candidates: XY[][] = [];
  if (tx > sx) {
    const xs = new Set([(sx + tx) / 2, sx, tx]);
    for (const o of all) for (const x of [o.x - CLEAR, o.x + o.w + CLEAR]) if (x > sx && x < tx) xs.add(x);
    for (const x of xs) candidates.push([s, { x, y: s.y }, { x, y: t.y }, t]);
  }
  const ys = new Set([s.y, t.y]);
  for (const o of all) ys.add(o.y - CLEAR).add(o.y + o.h + CLEAR);
  for (const y of ys) candidates.push([s, { x: sx, y: s.y }, { x: sx, y }, { x: tx, y }, { x: tx, y: t.y }, t]);

  let best: { points: XY[]; cost: number } | undefined;
  for (const c of candidates) {
    const points = simplify(c);
    const cost = length(points) + 24 * (points.length - 2);
    if ((!best || cost < best.cost) && clear(points, obstacles, ends)) best = { points, cost };
  }
  // Nothing clear (boxes stacked on top of each other): go above everything.
  const points = best?.points ?? simplify([s, { x: sx, y: s.y }, { x: sx, y: Math.min(...all.map((o) => o.y), s.y, t.y) - CLEAR }, { x: tx, y: Math.min(...all.map((o) => o.y), s.y, t.y) - CLEAR }, { x: tx, y: t.y }, t]);
  return { path: roundedPath(points), label: halfway(points), points };
}
