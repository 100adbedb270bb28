import type { Scenario } from '../contracts/scenario.ts';
import type { TaskSpec } from '../placement/cluster.ts';

/** CPU, memory, ports and ENI one task of the task definition needs. */
export function taskSpec(scenario: Scenario): TaskSpec {
  const td = scenario.taskDefinition;
  const mode = td.networkMode ?? 'bridge';
  const containers = td.containerDefinitions;
  const cpu = td.cpu ?? containers.reduce((n, c) => n + (c.cpu ?? 0), 0);
  const memory = td.memory ?? containers.reduce((n, c) => n + (c.memoryReservation ?? c.memory ?? 0), 0);
  const staticPorts: number[] = [];
  let dynamicPorts = 0;
  if (mode !== 'awsvpc') {
    for (const c of containers) {
      for (const p of c.portMappings ?? []) {
        if (mode === 'host') staticPorts.push(p.hostPort || p.containerPort);
        else if (p.hostPort) staticPorts.push(p.hostPort);
        else dynamicPorts++;
      }
    }
  }
  return { cpu, memory, staticPorts, dynamicPorts, eni: mode === 'awsvpc' && scenario.mode === 'ecs' };
}
