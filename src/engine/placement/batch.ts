import type { Rng } from '../random.ts';
import { ClusterState, type InstanceState } from './cluster.ts';
import type { PlacementDecision, StrategyStep } from './decision.ts';
import { compared, fits, placeTask, strategyLabel, violatedConstraint, type EngineStrategy, type PlacementRequest } from './placeTask.ts';

/** Min segment tree over a partition's instances; +Infinity marks an instance that cannot take the task. */
class MinTree {
  private readonly size: number;
  private readonly vals: Float64Array;
  constructor(n: number) {
    let size = 1;
    while (size < n) size *= 2;
    this.size = size;
    this.vals = new Float64Array(2 * size).fill(Infinity);
  }
  set(pos: number, v: number): void {
    let i = pos + this.size;
    this.vals[i] = v;
    for (i >>= 1; i >= 1; i >>= 1) this.vals[i] = Math.min(this.vals[2 * i] as number, this.vals[2 * i + 1] as number);
  }
  get(pos: number): number {
    return this.vals[pos + this.size] as number;
  }
  min(): number {
    return this.vals[1] as number;
  }
  /** Positions whose value equals `best`, in order. */
  collect(best: number, out: number[], node = 1): void {
    if ((this.vals[node] as number) !== best) return;
    if (node >= this.size) {
      out.push(node - this.size);
      return;
    }
    this.collect(best, out, 2 * node);
    this.collect(best, out, 2 * node + 1);
  }
}

interface Partition {
  value: string;
  members: InstanceState[];
  tree: MinTree;
  feasible: number;
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
 * `commit` must occupy the instance; only that instance's entry is then updated. Strategy lists the
 * index does not cover fall back to `placeTask`. Returns the number placed and, if it stopped early,
 * why the next task could not be placed.
 */
export function placeBatch(
  cluster: ClusterState,
  req: Omit<PlacementRequest, 'taskId'>,
  count: number,
  rng: Rng,
  commit: (instance: InstanceState, decision: PlacementDecision, index: number) => void,
  taskId: (index: number) => string,
): { placed: number; reason?: string } {
  const shape = shapeOf(req.strategies);
  const hasRandom = req.strategies.some((s) => s.type === 'random');
  if (!shape || hasRandom || count < 4) {
    for (let i = 0; i < count; i++) {
      const r = placeTask(cluster, { ...req, taskId: taskId(i) }, rng, false);
      if (!r.instance) return { placed: i, ...(r.reason !== undefined ? { reason: r.reason } : {}) };
      commit(r.instance, r.decision, i);
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
  const where = new Map<InstanceState, { p: Partition; pos: number }>();
  let feasibleTotal = 0;
  for (const [value, members] of byValue) {
    const p: Partition = { value, members, tree: new MinTree(members.length), feasible: 0 };
    members.forEach((inst, pos) => {
      const k = keyOf(inst);
      p.tree.set(pos, k);
      if (k !== Infinity) p.feasible++;
      where.set(inst, { p, pos });
    });
    feasibleTotal += p.feasible;
    partitions.push(p);
  }
  const spreadLabel = shape.partitionField ? strategyLabel({ type: 'spread', field: shape.partitionField }) : undefined;
  for (let i = 0; i < count; i++) {
    if (feasibleTotal === 0) {
      const r = placeTask(cluster, { ...req, taskId: taskId(i) }, rng, true);
      return { placed: i, ...(r.reason !== undefined ? { reason: r.reason } : {}) };
    }
    const steps: StrategyStep[] = [];
    let chosenParts = partitions.filter((p) => p.feasible > 0);
    if (shape.partitionField) {
      const field = shape.partitionField;
      const counts = chosenParts.map((p) => cluster.spreadCount(req.group, field, p.value));
      const best = Math.min(...counts);
      chosenParts = chosenParts.filter((_, j) => counts[j] === best);
      const after = chosenParts.reduce((n, p) => n + p.feasible, 0);
      steps.push({ strategy: spreadLabel ?? '', before: feasibleTotal, after, compared: compared({ type: 'spread', field }), best });
    }
    const before = chosenParts.reduce((n, p) => n + p.feasible, 0);
    const bestKey = Math.min(...chosenParts.map((p) => p.tree.min()));
    const tied: InstanceState[] = [];
    for (const p of chosenParts) {
      if (p.tree.min() !== bestKey) continue;
      const positions: number[] = [];
      p.tree.collect(bestKey, positions);
      for (const pos of positions) tied.push(p.members[pos] as InstanceState);
    }
    if (chosenParts.length > 1) tied.sort((a, b) => a.index - b.index);
    if (key) {
      steps.push({ strategy: strategyLabel(key), before, after: tied.length, compared: compared(key), best: bestKey });
    }
    const chosen = tied.length === 1 ? (tied[0] as InstanceState) : rng.pick(tied);
    const decision: PlacementDecision = {
      taskId: taskId(i), group: req.group, revision: req.revision,
      requirement: { cpu: req.spec.cpu, memory: req.spec.memory, staticPorts: [...req.spec.staticPorts], dynamicPorts: req.spec.dynamicPorts, eni: req.spec.eni },
      instances: [], afterResources: feasibleTotal, afterConstraints: feasibleTotal, strategies: steps,
      tieBreak: tied.length > 1 ? tied.length : null, chosen: chosen.id,
    };
    commit(chosen, decision, i);
    const at = where.get(chosen);
    if (!at) continue;
    const was = at.p.tree.get(at.pos);
    const now = keyOf(chosen);
    at.p.tree.set(at.pos, now);
    const delta = (now !== Infinity ? 1 : 0) - (was !== Infinity ? 1 : 0);
    at.p.feasible += delta;
    feasibleTotal += delta;
  }
  return { placed: count };
}
