import type { ScenarioInstance } from '@/content/scenarioSchema';
import { ClusterState, type TaskSpec } from '@/engine/placement/cluster';
import { placeTask, type CompiledConstraint, type EngineStrategy, type PlacementResult } from '@/engine/placement/placeTask';
import { createRng, type Rng } from '@/engine/random';
// `=~` and `!~` are matched by re2js, installed by this import (the app loads it only where needed).
import '@/engine/placement/re2';

export function instance(id: string, az: string, cpu: number, memory: number, extra: Partial<ScenarioInstance> = {}): ScenarioInstance {
  return { id, instanceType: 'm5.large', availabilityZone: az, cpu, memory, ...extra };
}

export function spec(cpu: number, memory: number, extra: Partial<TaskSpec> = {}): TaskSpec {
  return { cpu, memory, staticPorts: [], dynamicPorts: 0, eni: false, ...extra };
}

/** Places `count` tasks one after the other and returns the chosen instance ids (null when unplaceable). */
export function placeMany(
  cluster: ClusterState,
  count: number,
  task: TaskSpec,
  strategies: readonly EngineStrategy[],
  constraints: readonly CompiledConstraint[] = [],
  rng: Rng = createRng(1),
  group = 'service:web',
): { ids: Array<string | null>; results: PlacementResult[] } {
  const ids: Array<string | null> = [];
  const results: PlacementResult[] = [];
  for (let i = 0; i < count; i++) {
    const r = placeTask(cluster, { taskId: `t-${i + 1}`, group, revision: 1, spec: task, constraints, strategies, subject: 'service web' }, rng);
    results.push(r);
    ids.push(r.instance?.id ?? null);
    if (r.instance) {
      cluster.occupy(r.instance, task);
      cluster.join(r.instance, group);
    }
  }
  return { ids, results };
}

export { ClusterState };
