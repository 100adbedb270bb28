/**
 * Geometry helpers shared by the drawings: boxes lined up in a row (wide layout) or a column (narrow
 * layout), the points where a connector leaves one box and enters another, and a box's centre.
 */
import type { Point } from './kit';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** `count` boxes of size w×h from (x, y), `gap` apart, along a row or down a column. */
export function lineUp(count: number, r: Rect & { gap: number }, direction: 'row' | 'column'): Rect[] {
  return Array.from({ length: count }, (_, i) =>
    direction === 'row' ? { x: r.x + i * (r.w + r.gap), y: r.y, w: r.w, h: r.h } : { x: r.x, y: r.y + i * (r.h + r.gap), w: r.w, h: r.h },
  );
}

/** Width of each of `count` boxes that fill `total` with `gap` between them. */
export function share(total: number, count: number, gap: number): number {
  return (total - gap * (count - 1)) / count;
}

export const centre = (r: Rect): Point => [r.x + r.w / 2, r.y + r.h / 2];
export const right = (r: Rect, dy = 0): Point => [r.x + r.w, r.y + r.h / 2 + dy];
export const left = (r: Rect, dy = 0): Point => [r.x, r.y + r.h / 2 + dy];
export const top = (r: Rect, dx = 0): Point => [r.x + r.w / 2 + dx, r.y];
export const bottom = (r: Rect, dx = 0): Point => [r.x + r.w / 2 + dx, r.y + r.h];

/** The straight connector from one box to the next: side to side in a row, bottom to top in a column. */
export function link(a: Rect, b: Rect, direction: 'row' | 'column'): [Point, Point] {
  if (direction === 'row') return b.x >= a.x + a.w ? [right(a), left(b)] : [left(a), right(b)];
  return b.y >= a.y + a.h ? [bottom(a), top(b)] : [top(a), bottom(b)];
}
