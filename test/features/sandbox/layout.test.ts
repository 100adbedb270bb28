import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseChallenge, type Challenge } from '@/content/challengeSchema';
import type { Diagram, DiagramNode } from '@/content/diagramSchema';
import { startingDiagram } from '@/features/sandbox/challenges';
import { boxOf, COLUMN_GAP, inflate, NODE_WIDTH, overlaps, segmentHits, type Box } from '@/features/sandbox/geometry';
import { newNode } from '@/features/sandbox/kinds';
import { autoLayout } from '@/features/sandbox/layout';
import { placeNode } from '@/features/sandbox/placement';
import { routeEdge } from '@/features/sandbox/routing';

const dir = path.resolve('content/challenges');
const challenges: Challenge[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const r = parseChallenge(f, readFileSync(path.join(dir, f), 'utf8'));
    if (!r.challenge) throw new Error(f);
    return r.challenge;
  });
const cases = challenges.map((c) => [c.id, c] as const);

/** Pairs of boxes that overlap (or come closer than `gap`). */
function crowded(d: Diagram, gap = 8): string[] {
  const out: string[] = [];
  d.nodes.forEach((a, i) => d.nodes.slice(i + 1).forEach((b) => overlaps(inflate(boxOf(a), gap / 2), inflate(boxOf(b), gap / 2)) && out.push(`${a.id}/${b.id}`)));
  return out;
}

/** Whether `to` can be reached from `from` along edges. */
function reaches(d: Diagram, from: string, to: string): boolean {
  const seen = new Set<string>();
  const walk = (id: string): boolean => {
    if (id === to) return true;
    if (seen.has(id)) return false;
    seen.add(id);
    return d.edges.some((e) => e.source === id && walk(e.target));
  };
  return walk(from);
}

/** Edges whose route enters a box other than their own ends (the route's polyline, or samples of its curve). */
function edgesThroughBoxes(d: Diagram): string[] {
  const byId = new Map(d.nodes.map((n) => [n.id, n]));
  const out: string[] = [];
  for (const e of d.edges) {
    const [s, t] = [byId.get(e.source), byId.get(e.target)];
    if (!s || !t) continue;
    const [a, b] = [boxOf(s), boxOf(t)];
    const others: [string, Box][] = d.nodes.filter((n) => n !== s && n !== t).map((n) => [n.id, boxOf(n)]);
    const route = routeEdge({ x: a.x + a.w, y: a.y + a.h / 2 }, { x: b.x, y: b.y + b.h / 2 }, others.map(([, box]) => box), [a, b]);
    for (let i = 1; i < route.points.length; i++) {
      for (const [id, box] of others) if (segmentHits(route.points[i - 1]!, route.points[i]!, box)) out.push(`${e.source}→${e.target} through ${id}`);
    }
  }
  return out;
}

describe('auto layout, on every challenge’s reference solution', () => {
  it.each(cases)('%s: left to right in flow order, no overlaps, no edge through a box', (_id, c) => {
    const laid = autoLayout(c.referenceSolution);
    const x = new Map(laid.nodes.map((n) => [n.id, n.position?.x ?? 0]));
    expect(crowded(laid)).toEqual([]);
    // Every edge that does not close a cycle points right, past its source's box.
    const backwards = laid.edges.filter((e) => !reaches(laid, e.target, e.source) && (x.get(e.target) ?? 0) < (x.get(e.source) ?? 0) + NODE_WIDTH);
    expect(backwards.map((e) => `${e.source}→${e.target}`)).toEqual([]);
    expect(edgesThroughBoxes(laid)).toEqual([]);
  });

  it('reads the upload pipeline as it flows: users, bucket, rule, task, table', () => {
    const c = challenges.find((x) => x.id === 's3-upload-runs-task');
    if (!c) throw new Error('missing challenge');
    const laid = autoLayout(c.referenceSolution);
    const x = (id: string) => laid.nodes.find((n) => n.id === id)?.position?.x ?? NaN;
    const order = ['users', 'uploads', 'on-upload', 'thumbnailer', 'photos'].map(x);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(new Set(order).size).toBe(5);
    // The roles and the image sit in the column before the task they serve.
    for (const helper of ['task-role', 'exec-role', 'repo']) expect(x(helper)).toBe(x('on-upload'));
  });
});

describe('placing new nodes', () => {
  it.each(cases)('%s: each resource of the solution, added in turn, lands in free space near what it connects to', (_id, c) => {
    let d: Diagram = startingDiagram(c);
    for (const wanted of c.referenceSolution.nodes) {
      if (d.nodes.some((n) => n.id === wanted.id)) continue;
      const placed: DiagramNode = { ...newNode(d, wanted.kind, placeNode(d, wanted.kind)), id: wanted.id };
      const partners = c.referenceSolution.edges
        .flatMap((e) => (e.source === wanted.id ? [e.target] : e.target === wanted.id ? [e.source] : []))
        .map((id) => d.nodes.find((n) => n.id === id))
        .filter((n): n is DiagramNode => n !== undefined);
      d = { ...d, nodes: [...d.nodes, placed] };
      expect(crowded(d, 16), `after adding ${wanted.id}`).toEqual([]);
      if (!partners.length) continue;
      const p = boxOf(placed);
      const nearest = Math.min(...partners.map((n) => Math.hypot(boxOf(n).x - p.x, boxOf(n).y - p.y)));
      expect(nearest, `${wanted.id} is placed near one of ${partners.map((n) => n.id).join(', ')}`).toBeLessThanOrEqual(2 * (NODE_WIDTH + COLUMN_GAP));
    }
  });

  it('puts a rule added to the upload challenge after the bucket, with a clear line to it (not through the table)', () => {
    const c = challenges.find((x) => x.id === 's3-upload-runs-task');
    if (!c) throw new Error('missing challenge');
    const d = startingDiagram(c);
    const spot = placeNode(d, 'eventbridge-rule');
    const bucket = boxOf(d.nodes.find((n) => n.id === 'uploads')!);
    const table = boxOf(d.nodes.find((n) => n.id === 'photos')!);
    expect(spot.x).toBeGreaterThan(bucket.x + bucket.w);
    expect(spot.x + NODE_WIDTH).toBeLessThan(table.x);
    expect(segmentHits({ x: bucket.x + bucket.w, y: bucket.y + 32 }, { x: spot.x, y: spot.y + 32 }, table)).toBe(false);
  });

  it('never puts a dropped node on top of another one', () => {
    const c = challenges.find((x) => x.id === 's3-upload-runs-task');
    if (!c) throw new Error('missing challenge');
    const d = startingDiagram(c);
    const bucket = d.nodes.find((n) => n.id === 'uploads')!;
    const spot = placeNode(d, 'sqs', { at: { x: (bucket.position?.x ?? 0) + 10, y: (bucket.position?.y ?? 0) + 10 } });
    expect(overlaps(boxOf({ ...bucket, position: spot }), boxOf(bucket))).toBe(false);
  });
});
