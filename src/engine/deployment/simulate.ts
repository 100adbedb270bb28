/**
 * simulate(scenario): replays a scenario's actions against a simulated ECS cluster (or Kubernetes
 * nodes) and returns the trace the UI animates plus a placement decision for every taskPlaced event.
 * Pure and deterministic: time is simulated (see ./timing.ts for the timing model: PENDING 10 s,
 * healthy one health-check interval after RUNNING, STOPPING 30 s, failing tasks stopped after
 * interval × retries) and every random choice comes from a generator seeded with scenario.seed.
 */
import type { Scenario, ScenarioAction } from '../contracts/scenario.ts';
import { compileConstraints, DEFAULT_SERVICE_STRATEGY } from '../placement/placeTask.ts';
import { createRng } from '../random.ts';
import { ecsDeployment, reconcileService } from './ecs.ts';
import { kubernetesRollout } from './kubernetes.ts';
import { createServiceState, runLoop, type ServiceState } from './service.ts';
import type { SimulationResult } from './trace.ts';
import { healthTiming, World } from './world.ts';

export type { SimulationResult, Trace, TraceEvent, Snapshot, DeploymentOutcome } from './trace.ts';

function reject(world: World, action: string, reason: string): void {
  world.emit({ t: world.t, type: 'actionRejected', action, reason });
}

function runTask(world: World, scenario: Scenario, svc: ServiceState, a: Extract<ScenarioAction, { type: 'runTask' }>): void {
  const group = a.group ?? `family:${scenario.taskDefinition.family}`;
  const { constraints, errors } = compileConstraints([...(a.placementConstraints ?? []), ...(scenario.taskDefinition.placementConstraints ?? [])]);
  if (errors.length > 0) {
    reject(world, 'runTask', errors.join('; '));
    return;
  }
  const strategies = a.placementStrategy && a.placementStrategy.length > 0 ? a.placementStrategy : DEFAULT_SERVICE_STRATEGY;
  world.placeMany(svc.spec, { group, revision: scenario.taskDefinition.revision, good: true, constraints, strategies, subject: 'RunTask', fargate: svc.fargate }, a.count);
  world.snapshot();
  runLoop(world, () => false, () => false);
  world.snapshot();
}

function applyAction(world: World, scenario: Scenario, svc: ServiceState, a: ScenarioAction): void {
  switch (a.type) {
    case 'createService':
      if (svc.created) return reject(world, 'createService', `the service ${svc.name} already exists`);
      svc.created = true;
      world.emit({ t: world.t, type: 'serviceScaled', desiredCount: svc.desired });
      return reconcileService(world, svc, 'scale-in: desired count lowered');
    case 'updateService': {
      if (!svc.created) return reject(world, 'updateService', `ServiceNotFoundException: ${svc.name} has not been created`);
      if (a.desiredCount !== undefined && a.desiredCount !== svc.desired) {
        svc.desired = a.desiredCount;
        world.emit({ t: world.t, type: 'serviceScaled', desiredCount: svc.desired });
      }
      const target = a.taskDefinition?.revision;
      if (target !== undefined && target !== svc.revision) {
        svc.healthyRevisions.set(target, a.newRevisionHealthy ?? true);
        if (svc.mode === 'kubernetes') kubernetesRollout(world, svc, scenario, target);
        else ecsDeployment(world, svc, target);
        return;
      }
      return reconcileService(world, svc, 'scale-in: desired count lowered');
    }
    case 'stopInstance': {
      const inst = world.cluster.get(a.instanceId);
      if (!inst || !inst.active) return reject(world, 'stopInstance', `instance ${a.instanceId} is not running`);
      for (const task of world.tasks) if (task.instance === inst) world.kill(task, `instance ${inst.id} stopped`);
      inst.active = false;
      world.emit({ t: world.t, type: 'instanceStopped', instanceId: inst.id });
      world.snapshot();
      // The service scheduler replaces the lost service tasks; standalone tasks are not replaced.
      if (svc.created) reconcileService(world, svc, 'scale-in: desired count lowered');
      return;
    }
    case 'runTask':
      return runTask(world, scenario, svc, a);
  }
}

export interface SimulateOptions {
  /** Record every instance's verdict in each decision (default true). The trace is the same either way. */
  explain?: boolean;
}

/** Replays the scenario. Never throws for a scenario that passed the schema. */
export function simulate(scenario: Scenario, options: SimulateOptions = {}): SimulationResult {
  const world = new World(scenario, createRng(scenario.seed), healthTiming(scenario), options.explain ?? true);
  const svc = createServiceState(scenario);
  world.snapshot();
  for (const action of scenario.actions) applyAction(world, scenario, svc, action);
  return { trace: world.trace, decisions: world.decisions };
}
