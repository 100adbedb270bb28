import { bench, describe } from 'vitest';
import { validateScenario, type Scenario } from '@/content/scenarioSchema';
import { simulate } from '@/engine/deployment/simulate';

/**
 * An ECS rolling update of a service at desired count 1 000 (default 100% / 200%) on 100 instances
 * in three zones, from 1 000 running tasks of revision 1 to revision 2: 1 000 placements, 1 000
 * stops, every health transition. Budget ≤ 20 ms median for the engine (explain off: the same trace
 * without per-instance verdicts); the run with verdicts for the "Why here?" panel is shown too.
 */
function scenario(): Scenario {
  const n = 100;
  const data = {
    schemaVersion: 1,
    title: 'bench',
    mode: 'ecs',
    seed: 1,
    cluster: {
      instances: Array.from({ length: n }, (_, i) => ({ id: `i-${i}`, instanceType: 'm5.4xlarge', availabilityZone: ['us-east-1a', 'us-east-1b', 'us-east-1c'][i % 3], cpu: 16384, memory: 65536 })),
    },
    taskDefinition: { family: 'web', revision: 1, containerDefinitions: [{ name: 'app', image: 'nginx', cpu: 128, memory: 256, healthCheck: { command: ['CMD-SHELL', 'true'] } }] },
    service: { serviceName: 'web', desiredCount: 1000 },
    existingTasks: Array.from({ length: 1000 }, (_, i) => ({ taskId: `old-${i}`, instanceId: `i-${i % n}`, group: 'service:web', revision: 1, cpu: 128, memory: 256, hostPorts: [] })),
    actions: [{ type: 'createService' }, { type: 'updateService', taskDefinition: { revision: 2 } }],
  };
  const r = validateScenario('bench.json', data);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.scenario;
}

const s = scenario();

describe('rolling update at desired 1 000', () => {
  bench('engine (explain off)', () => {
    const { trace } = simulate(s, { explain: false });
    if (trace.deployments[0]?.outcome !== 'COMPLETED') throw new Error('deployment did not complete');
  }, { iterations: 30, time: 2_000 });
  bench('with per-instance decisions', () => {
    simulate(s);
  }, { iterations: 10, time: 2_000 });
});
