import type { Rng } from '../random.ts';
import { ClusterState, type InstanceState, type TaskSpec } from './cluster.ts';
import type { EngineStrategy } from './placeTask.ts';
import { nodeScore } from './placeTask.ts';

export interface StoppableTask {
  taskId: string;
  instance: InstanceState;
  spec: TaskSpec;
}

/**
 * Picks the task to stop when a service scales in (or a rolling update retires an old task).
 * Each strategy narrows the candidates, the mirror image of placement:
 * - spread(field): keep tasks in the field value with the most tasks of the group (rebalances);
 * - binpack(field): keep tasks on the instance left with the most of `field` free after the stop;
 * - random: a seeded random task.
 * With no strategy a service uses the default: the Availability Zone with the most tasks, then the
 * instance with the most tasks of the service. A remaining tie is broken with the seeded rng.
 */
export function chooseTaskToStop<T extends StoppableTask>(
  cluster: ClusterState,
  tasks: readonly T[],
  group: string,
  strategies: readonly EngineStrategy[],
  rng: Rng,
): T | undefined {
  if (tasks.length === 0) return undefined;
  let left = [...tasks];
  for (const s of strategies) {
    if (left.length <= 1) break;
    if (s.type === 'random') {
      left = [rng.pick(left)];
      break;
    }
    const value = (t: T): number => {
      if (s.type === 'spread') return cluster.spreadCount(group, s.field, ClusterState.fieldValue(t.instance, s.field) ?? '');
      if (s.type === 'binpack') return s.field === 'cpu' ? cluster.remainingCpu(t.instance) + t.spec.cpu : cluster.remainingMemory(t.instance) + t.spec.memory;
      // Kubernetes removes pods from the most loaded node first: lowest LeastAllocated score.
      return -nodeScore(t.instance, { cpu: 0, memory: 0, staticPorts: [], dynamicPorts: 0, eni: false }, 'LeastAllocated');
    };
    const values = left.map(value);
    const best = Math.max(...values);
    left = left.filter((_, i) => values[i] === best);
  }
  return left.length === 1 ? left[0] : rng.pick(left);
}
