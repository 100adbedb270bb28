/**
 * Where a new node goes: next to the node it will most likely connect to (after what feeds it, before
 * what it feeds, under what it attaches to), in free space, never on top of another node, and if it can be
 * helped where the straight line from that node does not cross a third one.
 */
import type { Diagram, DiagramNode, NodeKind } from '@/content/diagramSchema';
import { ruleFor } from '@/engine/architecture';
import { boxOf, COLUMN_GAP, inflate, NODE_HEIGHT, NODE_WIDTH, overlaps, positionOf, ROW_GAP, segmentHits, type Box, type XY } from './geometry';

/** Free space kept around a placed node. */
const MARGIN = 16;

type Side = 'after' | 'before' | 'below';

interface Anchor {
  node: DiagramNode;
  side: Side;
}

/** Whether the editor would accept this connection as sound (a rule exists and is not invalid by default). */
function plausible(source: NodeKind, target: NodeKind): 'setup' | 'flow' | undefined {
  const rule = ruleFor(source, target);
  if (!rule || rule.verdict === 'invalid') return undefined;
  return rule.setup ? 'setup' : 'flow';
}

/**
 * The node a new `kind` will most likely connect to: the selected node when the two can connect,
 * otherwise the most recently added node that can, preferring one not yet connected to this kind.
 */
export function anchorFor(diagram: Diagram, kind: NodeKind, selectedId?: string): Anchor | undefined {
  const kindOf = new Map(diagram.nodes.map((n) => [n.id, n.kind]));
  const relation = (n: DiagramNode): Side | undefined => {
    const out = plausible(kind, n.kind);
    if (out === 'setup') return 'below';
    if (plausible(n.kind, kind) === 'flow') return 'after';
    if (out === 'flow') return 'before';
    return undefined;
  };
  const already = (n: DiagramNode) => diagram.edges.some((e) => (e.source === n.id && kindOf.get(e.target) === kind) || (e.target === n.id && kindOf.get(e.source) === kind));
  const selected = diagram.nodes.find((n) => n.id === selectedId);
  const selectedSide = selected && relation(selected);
  if (selected && selectedSide) return { node: selected, side: selectedSide };
  const candidates = [...diagram.nodes].reverse().flatMap((node) => {
    const side = relation(node);
    return side ? [{ node, side }] : [];
  });
  return candidates.find((c) => !already(c.node)) ?? candidates[0];
}

function idealSpot(diagram: Diagram, anchor: Anchor | undefined): XY {
  if (anchor) {
    const p = positionOf(anchor.node);
    if (anchor.side === 'after') return { x: p.x + NODE_WIDTH + COLUMN_GAP, y: p.y };
    if (anchor.side === 'before') return { x: p.x - NODE_WIDTH - COLUMN_GAP, y: p.y };
    // A helper (role, image, file system) goes below and before what uses it, so its edge runs forward.
    return { x: p.x - NODE_WIDTH - COLUMN_GAP, y: p.y + NODE_HEIGHT + ROW_GAP };
  }
  if (!diagram.nodes.length) return { x: 0, y: 0 };
  const right = Math.max(...diagram.nodes.map((n) => positionOf(n).x));
  const top = Math.min(...diagram.nodes.map((n) => positionOf(n).y));
  return { x: right + NODE_WIDTH + COLUMN_GAP, y: top };
}

/** Candidate offsets around the ideal spot, nearest first (rows below before rows above on a tie). */
function offsets(): XY[] {
  const steps: XY[] = [];
  for (let dy = -8; dy <= 8; dy++) for (let dx = -8; dx <= 8; dx++) steps.push({ x: dx * 24, y: dy * 24 });
  const cost = (o: XY) => Math.abs(o.x) + Math.abs(o.y) * 1.15 + (o.y < 0 ? 6 : 0);
  return steps.sort((a, b) => cost(a) - cost(b));
}
const OFFSETS = offsets();

/** Whether a node at `at` overlaps (with a margin) any box. */
function free(at: XY, boxes: readonly Box[]): boolean {
  const box = inflate({ ...at, w: NODE_WIDTH, h: NODE_HEIGHT }, MARGIN);
  return !boxes.some((b) => overlaps(box, b));
}

/** Whether the straight line between the anchor's handle and the new node's crosses another box. */
function lineClear(at: XY, anchor: Anchor, boxes: readonly Box[]): boolean {
  const a = boxOf(anchor.node);
  const mid = (b: Box, side: 'left' | 'right') => ({ x: side === 'left' ? b.x : b.x + b.w, y: b.y + b.h / 2 });
  const placed = { ...at, w: NODE_WIDTH, h: NODE_HEIGHT };
  const [p, q] = anchor.side === 'after' ? [mid(a, 'right'), mid(placed, 'left')] : [mid(placed, 'right'), mid(a, 'left')];
  return !boxes.some((b) => !sameBox(b, a) && segmentHits(p, q, b));
}

const sameBox = (a: Box, b: Box) => a.x === b.x && a.y === b.y;

/**
 * A free spot for a new node of `kind`: near `at` when given (a drop), under and before the node it
 * `serves` (a role, for auto layout), otherwise near its anchor. Never overlapping another node.
 */
export function placeNode(diagram: Diagram, kind: NodeKind, options: { at?: XY; selectedId?: string; serves?: string } = {}): XY {
  const boxes = diagram.nodes.map(boxOf);
  const served = options.serves ? diagram.nodes.find((n) => n.id === options.serves) : undefined;
  const anchor = options.at ? undefined : served ? { node: served, side: 'below' as const } : anchorFor(diagram, kind, options.selectedId);
  const ideal = options.at ?? idealSpot(diagram, anchor);
  const spots = OFFSETS.map((o) => ({ x: Math.round(ideal.x + o.x), y: Math.round(ideal.y + o.y) })).filter((p) => free(p, boxes));
  const best = (anchor && spots.find((p) => lineClear(p, anchor, boxes))) ?? spots[0];
  if (best) return best;
  // Crowded all around: below everything.
  return { x: Math.round(ideal.x), y: Math.max(...boxes.map((b) => b.y + b.h)) + ROW_GAP };
}
