import type { Scenario } from '../contracts/scenario.ts';
import type { TaskSpec } from '../placement/cluster.ts';
import { compileConstraints, DEFAULT_SERVICE_STRATEGY, type CompiledConstraint, type EngineStrategy } from '../placement/placeTask.ts';
import type { PlaceOptions, SimTask, World } from './world.ts';
import { taskSpec } from './taskSpec.ts';

export { taskSpec };

/** The service (or Kubernetes Deployment) being simulated. */
export interface ServiceState {
  name: string;
  group: string;
  mode: 'ecs' | 'kubernetes';
  created: boolean;
  desired: number;
  /** The revision the service is running or rolling out to. */
  revision: number;
  /** The last revision whose deployment completed (rollback target). */
  completedRevision: number;
  /** Whether each revision passes its health checks. */
  healthyRevisions: Map<number, boolean>;
  spec: TaskSpec;
  strategies: readonly EngineStrategy[];
  constraints: readonly CompiledConstraint[];
  fargate: boolean;
  minimumHealthyPercent: number;
  maximumPercent: number;
  circuitBreaker: { enable: boolean; rollback: boolean };
}

export function createServiceState(scenario: Scenario): ServiceState {
  const svc = scenario.service;
  const td = scenario.taskDefinition;
  const name = svc?.serviceName ?? td.family;
  const fargate = scenario.mode === 'ecs' && (svc?.launchType === 'FARGATE' || (td.requiresCompatibilities?.length === 1 && td.requiresCompatibilities[0] === 'FARGATE'));
  const { constraints } = compileConstraints([...(svc?.placementConstraints ?? []), ...(td.placementConstraints ?? [])]);
  const strategies: readonly EngineStrategy[] =
    scenario.mode === 'kubernetes'
      ? [{ type: 'nodeScore', scoring: scenario.kubernetes?.scoringStrategy ?? 'LeastAllocated' }]
      : svc?.placementStrategy && svc.placementStrategy.length > 0
        ? svc.placementStrategy
        : DEFAULT_SERVICE_STRATEGY;
  const dc = svc?.deploymentConfiguration;
  return {
    name,
    group: `service:${name}`,
    mode: scenario.mode,
    created: false,
    desired: scenario.mode === 'kubernetes' ? (scenario.kubernetes?.replicas ?? 0) : (svc?.desiredCount ?? 0),
    revision: td.revision,
    completedRevision: td.revision,
    healthyRevisions: new Map([[td.revision, true]]),
    spec: taskSpec(scenario),
    strategies,
    constraints: scenario.mode === 'kubernetes' ? [] : constraints,
    fargate,
    minimumHealthyPercent: dc?.minimumHealthyPercent ?? 100,
    maximumPercent: dc?.maximumPercent ?? 200,
    circuitBreaker: { enable: dc?.deploymentCircuitBreaker?.enable ?? false, rollback: dc?.deploymentCircuitBreaker?.rollback ?? false },
  };
}

export function placeOptions(svc: ServiceState, revision: number): PlaceOptions {
  return {
    group: svc.group,
    revision,
    good: svc.healthyRevisions.get(revision) ?? true,
    constraints: svc.constraints,
    strategies: svc.strategies,
    subject: svc.mode === 'kubernetes' ? `deployment ${svc.name}` : `service ${svc.name}`,
    fargate: svc.fargate,
    style: svc.mode,
  };
}

/** The service's tasks that are PENDING or RUNNING. */
export function activeTasks(world: World, svc: ServiceState): SimTask[] {
  return world.tasks.filter((t) => t.group === svc.group && (t.status === 'PENDING' || t.status === 'RUNNING'));
}

export function stoppingTasks(world: World, svc: ServiceState): SimTask[] {
  return world.tasks.filter((t) => t.group === svc.group && t.status === 'STOPPING');
}

export type LoopEnd = 'done' | 'idle' | 'limit';

/**
 * Runs a controller: `step` acts at the current time (returns true when it started or stopped tasks,
 * which records a snapshot), then the clock moves to the next timer, until `done` or nothing is left
 * to happen.
 */
export function runLoop(world: World, step: () => boolean, done: () => boolean, maxSteps = 100_000): LoopEnd {
  for (let i = 0; i < maxSteps; i++) {
    if (step()) world.snapshot();
    if (done()) return 'done';
    if (!world.hasTimers()) return 'idle';
    world.advance();
  }
  return 'limit';
}
