import type { Rng } from '../random.ts';
import { ClusterState, type InstanceState } from './cluster.ts';
import type { PlacementDecision, StrategyStep } from './decision.ts';
import { compared, fits, placeTask, strategyLabel, violatedConstraint, type EngineStrategy, type PlacementRequest } from './placeTask.ts';

/**
 * Min segment tree over a partition's instances; +Infinity marks an instance that cannot take the
 * task. Each node also counts the leaves that reach its minimum, so the r-th tied instance can be
 * found in O(log n) without listing the ties.
 */
class MinTree {
  private readonly size: number;
  private readonly vals: Float64Array;
  private readonly cnt: Int32Array;
  constructor(n: number) {
    let size = 1;
    while (size < n) size *= 2;
    this.size = size;
    this.vals = new Float64Array(2 * size).fill(Infinity);
    this.cnt = new Int32Array(2 * size);
  }
  set(pos: number, v: number): void {
    let i = pos + this.size;
    this.vals[i] = v;
    this.cnt[i] = 1;
    for (i >>= 1; i >= 1; i >>= 1) this.pull(i);
  }
  /** Sets every leaf at once (`key(pos)` for each position) and builds the inner nodes in O(n). */
  fill(n: number, key: (pos: number) => number): void {
    for (let pos = 0; pos < n; pos++) {
      this.vals[pos + this.size] = key(pos);
      this.cnt[pos + this.size] = 1;
    }
    for (let i = this.size - 1; i >= 1; i--) this.pull(i);
  }
  private pull(i: number): void {
    const l = this.vals[2 * i] as number;
    const r = this.vals[2 * i + 1] as number;
    const m = Math.min(l, r);
    this.vals[i] = m;
    this.cnt[i] = (l === m ? (this.cnt[2 * i] as number) : 0) + (r === m ? (this.cnt[2 * i + 1] as number) : 0);
  }
  get(pos: number): number {
    return this.vals[pos + this.size] as number;
  }
  min(): number {
    return this.vals[1] as number;
  }
  /** How many positions hold the minimum. */
  ties(): number {
    return this.cnt[1] as number;
  }
  /** How many leaves before `pos` hold the minimum. */
  countBefore(pos: number): number {
    const m = this.vals[1] as number;
    let node = 1;
    let lo = 0;
    let span = this.size;
    let n = 0;
    while (node < this.size) {
      span /= 2;
      const left = 2 * node;
      if (pos < lo + span) node = left;
      else {
        if ((this.vals[left] as number) === m) n += this.cnt[left] as number;
        lo += span;
        node = left + 1;
      }
    }
    return n;
  }
  /** The position of the r-th (0-based) leaf holding the minimum, in order. */
  select(r: number): number {
    let node = 1;
    const m = this.vals[1] as number;
    while (node < this.size) {
      const left = 2 * node;
      if ((this.vals[left] as number) === m && r < (this.cnt[left] as number)) node = left;
      else {
        if ((this.vals[left] as number) === m) r -= this.cnt[left] as number;
        node = left + 1;
      }
    }
    return node - this.size;
  }
}

/**
 * A partition's instances. The instance placed on last is kept "hot", outside the tree (its leaf
 * holds +Infinity), because binpack keeps choosing it until it is full: its key then changes without
 * touching the tree, which is only updated when another instance is chosen.
 */
class Partition {
  feasible = 0;
  hot = -1;
  hotKey = Infinity;
  readonly tree: MinTree;
  constructor(
    readonly value: string,
    readonly members: InstanceState[],
  ) {
    this.tree = new MinTree(members.length);
  }
  min(): number {
    return Math.min(this.hot >= 0 ? this.hotKey : Infinity, this.tree.min());
  }
  ties(): number {
    const m = this.min();
    return (this.hot >= 0 && this.hotKey === m ? 1 : 0) + (this.tree.min() === m ? this.tree.ties() : 0);
  }
  /** The r-th instance holding the minimum, in instance order. */
  select(r: number): number {
    const m = this.min();
    const hotTied = this.hot >= 0 && this.hotKey === m;
    if (!hotTied) return this.tree.select(r);
    if (this.tree.min() !== m) return this.hot;
    const before = this.tree.countBefore(this.hot);
    if (r < before) return this.tree.select(r);
    return r === before ? this.hot : this.tree.select(r - 1);
  }
  key(pos: number): number {
    return pos === this.hot ? this.hotKey : this.tree.get(pos);
  }
  /** Records the chosen instance's new key, making it the hot one. */
  update(pos: number, key: number): void {
    if (pos !== this.hot) {
      if (this.hot >= 0) this.tree.set(this.hot, this.hotKey);
      this.tree.set(pos, Infinity);
    }
    this.hot = key === Infinity ? -1 : pos;
    this.hotKey = key;
  }
}

/** Builds a placement's decision summary on demand; only valid during the commit callback. */
export interface DecisionSource {
  decision(): PlacementDecision;
}

/** One reusable summary for the whole batch, so a placement allocates nothing it does not need. */
class BatchSummary implements DecisionSource {
  private taskId = '';
  private feasible = 0;
  private before = 0;
  private bestCount = 0;
  private tied = 0;
  private bestKey = 0;
  private chosen = '';
  constructor(
    private readonly req: Omit<PlacementRequest, 'taskId'>,
    private readonly requirement: PlacementDecision['requirement'],
    private readonly spread: { label: string; compared: string } | undefined,
    private readonly key: { label: string; compared: string } | undefined,
  ) {}
  set(taskId: string, feasible: number, before: number, bestCount: number, tied: number, bestKey: number, chosen: string): void {
    this.taskId = taskId;
    this.feasible = feasible;
    this.before = before;
    this.bestCount = bestCount;
    this.tied = tied;
    this.bestKey = bestKey;
    this.chosen = chosen;
  }
  decision(): PlacementDecision {
    const steps: StrategyStep[] = [];
    if (this.spread) steps.push({ strategy: this.spread.label, before: this.feasible, after: this.before, compared: this.spread.compared, best: this.bestCount });
    if (this.key) steps.push({ strategy: this.key.label, before: this.before, after: this.tied, compared: this.key.compared, best: this.bestKey });
    return {
      taskId: this.taskId, group: this.req.group, revision: this.req.revision, requirement: this.requirement,
      instances: [], afterResources: this.feasible, afterConstraints: this.feasible, strategies: steps,
      tieBreak: this.tied > 1 ? this.tied : null, chosen: this.chosen,
    };
  }
}

type Shape = { partitionField: string | undefined; key: EngineStrategy | undefined };

/** The strategy lists the indexed path handles: [spread(attribute)]? then [binpack | spread(instanceId)]?. */
function shapeOf(strategies: readonly EngineStrategy[]): Shape | undefined {
  const list = [...strategies];
  let partitionField: string | undefined;
  const first = list[0];
  if (first?.type === 'spread' && first.field.startsWith('attribute:')) {
    partitionField = first.field;
    list.shift();
  }
  const key = list[0];
  if (list.length > 1) return undefined;
  if (key && !(key.type === 'binpack' || (key.type === 'spread' && (key.field === 'instanceId' || key.field === 'host')))) return undefined;
  return { partitionField, key };
}

/**
 * Places up to `count` identical tasks of one group, the way `placeTask` would place them one after
 * the other (same choices, same seeded tie-breaks, same summaries), but with an index: instances are
 * partitioned by the first spread attribute and each partition keeps a min segment tree of the next
 * strategy's value, so a placement costs O(partitions + log n) instead of O(n). After each choice
 * `commit` must occupy the instance; only that instance's entry is then updated. Its `summary`
 * argument builds the decision on demand and is only valid during the call. Strategy lists the
 * index does not cover fall back to `placeTask`. Returns the number placed and, if it stopped early,
 * why the next task could not be placed.
 */
export function placeBatch(
  cluster: ClusterState,
  req: Omit<PlacementRequest, 'taskId'>,
  count: number,
  rng: Rng,
  commit: (instance: InstanceState, summary: DecisionSource, index: number) => void,
  taskId: (index: number) => string,
): { placed: number; reason?: string } {
  const shape = shapeOf(req.strategies);
  const hasRandom = req.strategies.some((s) => s.type === 'random');
  if (!shape || hasRandom || count < 4) {
    for (let i = 0; i < count; i++) {
      const r = placeTask(cluster, { ...req, taskId: taskId(i) }, rng, false);
      if (!r.instance) return { placed: i, ...(r.reason !== undefined ? { reason: r.reason } : {}) };
      const decision = r.decision;
      commit(r.instance, { decision: () => decision }, i);
    }
    return { placed: count };
  }
  const key = shape.key;
  const keyOf = (inst: InstanceState): number => {
    if (!fits(cluster, inst, req.spec) || violatedConstraint(inst, req.group, req.constraints)) return Infinity;
    if (!key) return 0;
    if (key.type === 'binpack') return key.field === 'cpu' ? cluster.remainingCpu(inst) - req.spec.cpu : cluster.remainingMemory(inst) - req.spec.memory;
    return inst.groupCounts.get(req.group) ?? 0;
  };
  const byValue = new Map<string, InstanceState[]>();
  for (const inst of cluster.instances) {
    if (!inst.active) continue;
    const v = shape.partitionField ? (ClusterState.fieldValue(inst, shape.partitionField) ?? '') : '';
    const list = byValue.get(v);
    if (list) list.push(inst);
    else byValue.set(v, [inst]);
  }
  const partitions: Partition[] = [];
  const partOf: Array<Partition | undefined> = new Array<Partition | undefined>(cluster.instances.length);
  const posOf = new Int32Array(cluster.instances.length);
  let feasibleTotal = 0;
  for (const [value, members] of byValue) {
    const p = new Partition(value, members);
    p.tree.fill(members.length, (pos) => {
      const inst = members[pos] as InstanceState;
      const k = keyOf(inst);
      if (k !== Infinity) p.feasible++;
      partOf[inst.index] = p;
      posOf[inst.index] = pos;
      return k;
    });
    feasibleTotal += p.feasible;
    partitions.push(p);
  }
  const field = shape.partitionField;
  const requirement = { cpu: req.spec.cpu, memory: req.spec.memory, staticPorts: [...req.spec.staticPorts], dynamicPorts: req.spec.dynamicPorts, eni: req.spec.eni };
  const summary = new BatchSummary(
    req,
    requirement,
    field ? { label: strategyLabel({ type: 'spread', field }), compared: compared({ type: 'spread', field }) } : undefined,
    key ? { label: strategyLabel(key), compared: compared(key) } : undefined,
  );
  const chosenParts: Partition[] = new Array<Partition>(partitions.length);
  const counter = field ? cluster.spreadCounter(req.group, field) : undefined;
  for (let i = 0; i < count; i++) {
    if (feasibleTotal === 0) {
      const r = placeTask(cluster, { ...req, taskId: taskId(i) }, rng, true);
      return { placed: i, ...(r.reason !== undefined ? { reason: r.reason } : {}) };
    }
    // Partitions that can take the task; with a leading spread, only those whose value has the fewest tasks.
    let nChosen = 0;
    let bestCount = Infinity;
    for (const p of partitions) {
      if (p.feasible === 0) continue;
      const n = counter ? (counter.get(p.value) ?? 0) : 0;
      if (n < bestCount) {
        bestCount = n;
        nChosen = 0;
      }
      if (n === bestCount) chosenParts[nChosen++] = p;
    }
    let before = 0;
    let bestKey = Infinity;
    for (let j = 0; j < nChosen; j++) {
      const p = chosenParts[j] as Partition;
      before += p.feasible;
      bestKey = Math.min(bestKey, p.min());
    }
    // Ties are ordered by partition (first appearance of its value), then instance, as in placeTask.
    let tiedCount = 0;
    for (let j = 0; j < nChosen; j++) {
      const p = chosenParts[j] as Partition;
      if (p.min() === bestKey) tiedCount += p.ties();
    }
    let r = tiedCount === 1 ? 0 : rng.int(tiedCount);
    let chosen: InstanceState | undefined;
    for (let j = 0; j < nChosen && !chosen; j++) {
      const p = chosenParts[j] as Partition;
      if (p.min() !== bestKey) continue;
      const ties = p.ties();
      if (r < ties) chosen = p.members[p.select(r)];
      else r -= ties;
    }
    if (!chosen) throw new Error('placeBatch: lost the tied instance');
    summary.set(taskId(i), feasibleTotal, before, bestCount, tiedCount, bestKey, chosen.id);
    commit(chosen, summary, i);
    const part = partOf[chosen.index];
    if (!part) continue;
    const pos = posOf[chosen.index] as number;
    const was = part.key(pos);
    const now = keyOf(chosen);
    part.update(pos, now);
    const delta = (now !== Infinity ? 1 : 0) - (was !== Infinity ? 1 : 0);
    part.feasible += delta;
    feasibleTotal += delta;
  }
  return { placed: count };
}
