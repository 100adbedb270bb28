import { bench, describe } from 'vitest';
import type { ScenarioInstance } from '@/content/scenarioSchema';
import { placeBatch } from '@/engine/placement/batch';
import { ClusterState, type TaskSpec } from '@/engine/placement/cluster';
import type { EngineStrategy } from '@/engine/placement/placeTask';
import { createRng } from '@/engine/random';
// `=~` and `!~` are matched by re2js, installed by this import (the app loads it only where needed).
import '@/engine/placement/re2';

/**
 * Placing N tasks of one service on N/10 instances spread over three zones with
 * spread(attribute:ecs.availability-zone) then binpack(memory). "Ten times the work" is ten times the
 * tasks on ten times the instances (100 000 on 10 000): the same density, ten times the placements.
 * Budget: 10 000 on 1 000 ≤ 100 ms median; the 10× run at most 12× that. Each run starts from an
 * empty cluster (built once, emptied with clear()); the time covers building the placement index and
 * every placement, not allocating the instance objects.
 */
const STRATEGIES: EngineStrategy[] = [
  { type: 'spread', field: 'attribute:ecs.availability-zone' },
  { type: 'binpack', field: 'memory' },
];
const TASK: TaskSpec = { cpu: 256, memory: 512, staticPorts: [], dynamicPorts: 0, eni: false };

function instances(n: number): ScenarioInstance[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `i-${i}`,
    instanceType: 'm5.xlarge',
    availabilityZone: ['us-east-1a', 'us-east-1b', 'us-east-1c'][i % 3] as string,
    cpu: 4096,
    memory: 16384,
  }));
}

const clusters = new Map<number, ClusterState>();

function placeAll(instanceCount: number, taskCount: number): void {
  let cluster = clusters.get(instanceCount);
  if (!cluster) {
    cluster = new ClusterState(instances(instanceCount));
    clusters.set(instanceCount, cluster);
  }
  cluster.clear();
  const c = cluster;
  const req = { group: 'service:web', revision: 1, spec: TASK, constraints: [], strategies: STRATEGIES, subject: 'service web' };
  const result = placeBatch(
    c,
    req,
    taskCount,
    createRng(1),
    (inst) => {
      c.occupy(inst, TASK);
      c.join(inst, req.group);
    },
    (i) => `t-${i}`,
  );
  if (result.placed !== taskCount) throw new Error(`placed ${result.placed} of ${taskCount}`);
}

describe('placement: spread(AZ) then binpack(memory)', () => {
  bench('10 000 tasks on 1 000 instances', () => placeAll(1_000, 10_000), { iterations: 20, time: 2_000 });
  bench('100 000 tasks on 10 000 instances (10× the work)', () => placeAll(10_000, 100_000), { iterations: 10, time: 5_000 });
});
