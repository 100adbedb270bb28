import type { Scenario } from '@/content/scenarioSchema';
import { validateScenario } from '@/content/scenarioSchema';

type Json = Record<string, unknown>;

/** A valid ECS scenario with two m5.xlarge instances in two zones; parts can be overridden. */
export function ecsScenario(over: { service?: Json; actions?: unknown[]; instances?: unknown[]; taskDefinition?: Json; seed?: number; mode?: string; kubernetes?: Json } = {}): Scenario {
  const data = {
    schemaVersion: 1,
    title: 'test',
    mode: over.mode ?? 'ecs',
    seed: over.seed ?? 7,
    cluster: {
      instances: over.instances ?? [
        { id: 'i-a', instanceType: 'm5.xlarge', availabilityZone: 'us-east-1a', cpu: 4096, memory: 16384 },
        { id: 'i-b', instanceType: 'm5.xlarge', availabilityZone: 'us-east-1b', cpu: 4096, memory: 16384 },
      ],
    },
    taskDefinition: {
      family: 'web',
      revision: 1,
      networkMode: 'bridge',
      containerDefinitions: [{ name: 'app', image: 'nginx', cpu: 256, memory: 512, healthCheck: { command: ['CMD-SHELL', 'true'] } }],
      ...over.taskDefinition,
    },
    ...(over.mode === 'kubernetes' ? {} : { service: { serviceName: 'web', desiredCount: 4, ...over.service } }),
    actions: over.actions ?? [{ type: 'createService' }, { type: 'updateService', taskDefinition: { revision: 2 } }],
    ...(over.kubernetes ? { kubernetes: over.kubernetes } : {}),
  };
  const r = validateScenario('test.json', data);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.field ?? ''}: ${i.message}`).join('\n'));
  return r.scenario;
}
