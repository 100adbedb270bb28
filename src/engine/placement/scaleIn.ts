import type { Rng } from '../random.ts';
import type { ClusterState, InstanceState, TaskSpec } from './cluster.ts';
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
  const picked: T[] = [];
  while (picked.length < count && byInstance.size > 0) {
    let instances = [...byInstance.keys()];
    for (const s of strategies) {
      if (instances.length <= 1) break;
      if (s.type === 'random') break;
      const value = (inst: InstanceState): number => {
        if (s.type === 'spread') return cluster.countFor(inst, group, s.field);
        if (s.type === 'binpack') return s.field === 'cpu' ? cluster.remainingCpu(inst) : cluster.remainingMemory(inst);
        // Kubernetes removes pods from the most loaded node first: lowest LeastAllocated score.
        return -nodeScore(inst, NO_LOAD, 'LeastAllocated');
      };
      const values = instances.map(value);
      let best = -Infinity;
      for (const v of values) if (v > best) best = v;
      instances = instances.filter((_, i) => values[i] === best);
    }
    // A random strategy and a remaining tie both come down to a seeded pick among the tasks on the
    // instances still in the running, taken in a fixed order (instance, then task).
    let total = 0;
    for (const inst of instances) total += byInstance.get(inst)?.length ?? 0;
    if (total === 0) break;
    let r = total === 1 ? 0 : rng.int(total);
    let choice: T | undefined;
    for (const inst of instances) {
      const list = byInstance.get(inst) ?? [];
      if (r < list.length) {
        choice = list[r];
        list.splice(r, 1);
        if (list.length === 0) byInstance.delete(inst);
        break;
      }
      r -= list.length;
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
