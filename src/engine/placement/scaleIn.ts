import type { Rng } from '../random.ts';
import { ClusterState, type InstanceState, type TaskSpec } from './cluster.ts';
import type { EngineStrategy } from './placeTask.ts';
import { nodeScore } from './placeTask.ts';

export interface StoppableTask {
  taskId: string;
  instance: InstanceState;
  spec: TaskSpec;
}

const NO_LOAD: TaskSpec = { cpu: 0, memory: 0, staticPorts: [], dynamicPorts: 0, eni: false };

/**
 * Picks tasks to stop when a service scales in (or a rolling update retires old tasks), one at a
 * time; `stop` is called for each pick and must take the task out of its group, so the next pick
 * sees the new counts. Each strategy narrows the candidates, the mirror image of placement:
 * - spread(field): keep tasks in the field value with the most tasks of the group (rebalances);
 * - binpack(field): keep tasks on the instance left with the most of `field` free after the stop;
 * - random: a seeded random task.
 * With no strategy a service uses the default: the Availability Zone with the most tasks, then the
 * instance with the most tasks of the service. A remaining tie is broken with the seeded rng.
 * Work per pick is proportional to the number of instances, not tasks.
 */
export function chooseTasksToStop<T extends StoppableTask>(
  cluster: ClusterState,
  tasks: readonly T[],
  group: string,
  strategies: readonly EngineStrategy[],
  rng: Rng,
  count: number,
  stop: (task: T) => void,
): T[] {
  const byInstance = new Map<InstanceState, T[]>();
  for (const task of tasks) {
    const list = byInstance.get(task.instance);
    if (list) list.push(task);
    else byInstance.set(task.instance, [task]);
  }
  // Values per strategy, read without allocating: live spread counters, or a function of the instance.
  const readers = strategies.map((s): ((inst: InstanceState) => number) | 'random' => {
    if (s.type === 'random') return 'random';
    if (s.type === 'spread') {
      if (s.field === 'instanceId' || s.field === 'host') return (inst) => inst.groupCounts.get(group) ?? 0;
      const counter = cluster.spreadCounter(group, s.field);
      return (inst) => counter.get(ClusterState.fieldValue(inst, s.field) ?? '') ?? 0;
    }
    if (s.type === 'binpack') return s.field === 'cpu' ? (inst) => cluster.remainingCpu(inst) : (inst) => cluster.remainingMemory(inst);
    // Kubernetes removes pods from the most loaded node first: lowest LeastAllocated score.
    return (inst) => -nodeScore(inst, NO_LOAD, 'LeastAllocated');
  });
  const order = [...byInstance.keys()];
  const cand: InstanceState[] = new Array<InstanceState>(order.length);
  const vals = new Float64Array(order.length);
  const picked: T[] = [];
  while (picked.length < count && order.length > 0) {
    let n = order.length;
    for (let i = 0; i < n; i++) cand[i] = order[i] as InstanceState;
    for (const read of readers) {
      if (n <= 1 || read === 'random') break;
      let best = -Infinity;
      for (let i = 0; i < n; i++) {
        const v = read(cand[i] as InstanceState);
        vals[i] = v;
        if (v > best) best = v;
      }
      let kept = 0;
      for (let i = 0; i < n; i++) if (vals[i] === best) cand[kept++] = cand[i] as InstanceState;
      n = kept;
    }
    // A random strategy and a remaining tie both come down to a seeded pick among the tasks on the
    // instances still in the running, taken in a fixed order (instance, then task).
    let total = 0;
    for (let i = 0; i < n; i++) total += byInstance.get(cand[i] as InstanceState)?.length ?? 0;
    if (total === 0) break;
    let r = total === 1 ? 0 : rng.int(total);
    let choice: T | undefined;
    for (let i = 0; i < n && !choice; i++) {
      const inst = cand[i] as InstanceState;
      const list = byInstance.get(inst) ?? [];
      if (r >= list.length) {
        r -= list.length;
        continue;
      }
      choice = list[r];
      list.splice(r, 1);
      if (list.length === 0) {
        byInstance.delete(inst);
        order.splice(order.indexOf(inst), 1);
      }
    }
    if (!choice) break;
    picked.push(choice);
    stop(choice);
  }
  return picked;
}

/** The single task a scale-in by one would stop (nothing is stopped). */
export function chooseTaskToStop<T extends StoppableTask>(cluster: ClusterState, tasks: readonly T[], group: string, strategies: readonly EngineStrategy[], rng: Rng): T | undefined {
  return chooseTasksToStop(cluster, tasks, group, strategies, rng, 1, () => {})[0];
}
