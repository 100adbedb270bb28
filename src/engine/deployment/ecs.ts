import { chooseTasksToStop } from '../placement/scaleIn.ts';
import { activeTasks, placeOptions, runLoop, stoppingTasks, type ServiceState } from './service.ts';
import type { DeploymentOutcome } from './trace.ts';
import type { SimTask, World } from './world.ts';

/** Stops `count` of `from`, unhealthy ones first, then as the service's placement strategy says. */
export function stopTasks(world: World, svc: ServiceState, from: readonly SimTask[], count: number, reason: string): number {
  let stopped = 0;
  const unhealthy = from.filter((t) => !t.healthy);
  const healthy = from.filter((t) => t.healthy);
  for (const pool of [unhealthy, healthy]) {
    if (stopped >= count) break;
    const onFargate = pool.filter((t) => t.instance === null);
    for (const t of onFargate.slice(0, count - stopped)) {
      world.stop(t, reason);
      stopped++;
    }
    const placed = pool.filter((t): t is SimTask & { instance: NonNullable<SimTask['instance']> } => t.instance !== null);
    stopped += chooseTasksToStop(world.cluster, placed, svc.group, svc.strategies, world.rng, count - stopped, (t) => world.stop(t, reason)).length;
  }
  return stopped;
}

/**
 * Brings the service to its desired count at its current revision: places missing tasks (once per
 * action; an unplaceable task is reported, not retried) and scales in surplus tasks, then waits
 * until every task has started and passed its health checks or stopped.
 */
export function reconcileService(world: World, svc: ServiceState, reason: string): void {
  let triedPlacing = false;
  runLoop(
    world,
    () => {
      const active = activeTasks(world, svc);
      let changed = false;
      if (active.length < svc.desired && !triedPlacing) {
        triedPlacing = true;
        changed = world.placeMany(svc.spec, placeOptions(svc, svc.revision), svc.desired - active.length) > 0;
      } else if (active.length > svc.desired) {
        changed = stopTasks(world, svc, active, active.length - svc.desired, reason) > 0;
      }
      return changed;
    },
    () => false,
  );
  world.snapshot();
}

export const circuitBreakerThreshold = (desired: number): number => Math.min(200, Math.max(3, Math.ceil(0.5 * desired)));
export const lowerBound = (desired: number, minPct: number): number => Math.ceil((desired * minPct) / 100);
export const upperBound = (desired: number, maxPct: number): number => Math.floor((desired * maxPct) / 100);

interface DeploymentEnd {
  outcome: 'COMPLETED' | 'STUCK' | 'FAILED';
  reason?: string;
}

/** One ECS rolling update of the service to `target`, without the rollback. */
function rollOut(world: World, svc: ServiceState, target: number, useCircuitBreaker: boolean): DeploymentEnd {
  const D = svc.desired;
  const lower = lowerBound(D, svc.minimumHealthyPercent);
  const upper = upperBound(D, svc.maximumPercent);
  const threshold = circuitBreakerThreshold(D);
  const startedAt = world.t;
  const startIndex = world.tasks.length;
  let blockedBy: string | undefined;
  let end: DeploymentEnd | undefined;
  const failures = () => {
    let n = 0;
    for (let i = startIndex; i < world.tasks.length; i++) {
      const t = world.tasks[i] as SimTask;
      if (t.failed && t.revision === target && t.startedAt >= startedAt) n++;
    }
    return n;
  };
  const counts = () => {
    const active = activeTasks(world, svc);
    const fresh = active.filter((t) => t.revision === target);
    const old = active.filter((t) => t.revision !== target);
    const stopping = stoppingTasks(world, svc).length;
    const healthy = active.filter((t) => t.healthy).length;
    return { fresh, old, stopping, healthy, total: active.length + stopping };
  };
  const result = runLoop(
    world,
    () => {
      const failed = failures();
      if (useCircuitBreaker && failed >= threshold) {
        end = { outcome: 'FAILED', reason: `deployment circuit breaker: ${failed} tasks of revision ${target} failed to start or pass health checks (threshold ${threshold} = clamp(ceil(0.5 × ${D}), 3, 200))` };
        return false;
      }
      if (!useCircuitBreaker && failed >= 3 * threshold) {
        end = { outcome: 'STUCK', reason: `tasks of revision ${target} keep failing (${failed} so far) and no deployment circuit breaker is enabled, so ECS keeps replacing them` };
        return false;
      }
      const before = counts();
      let changed = false;
      // Old tasks that are not healthy can go at once; healthy ones only down to the lower bound.
      const canStop = before.old.filter((t) => !t.healthy).length + Math.max(0, before.healthy - lower);
      if (before.old.length > 0 && canStop > 0) {
        changed = stopTasks(world, svc, before.old, Math.min(before.old.length, canStop), `deployment: replaced by revision ${target}`) > 0;
      }
      const { fresh, total } = changed ? counts() : before;
      const canStart = Math.min(upper - total, D - fresh.length);
      blockedBy = undefined;
      if (canStart > 0) {
        const placed = world.placeMany(svc.spec, placeOptions(svc, target), canStart);
        if (placed > 0) changed = true;
        const e = world.trace.events[world.trace.events.length - 1];
        if (placed < canStart && e?.type === 'taskUnplaceable') blockedBy = e.reason;
      }
      return changed;
    },
    () => {
      if (end) return true;
      const { fresh, old, stopping } = counts();
      if (fresh.length === D && fresh.every((t) => t.healthy) && old.length === 0 && stopping === 0) {
        end = { outcome: 'COMPLETED' };
        return true;
      }
      return false;
    },
  );
  if (end) return end;
  if (result === 'limit') return { outcome: 'STUCK', reason: 'the deployment did not settle' };
  const { healthy, total } = counts();
  const mp = svc.minimumHealthyPercent;
  const xp = svc.maximumPercent;
  const bounds = `minimumHealthyPercent ${mp}% keeps at least ${lower} tasks healthy (ceil(${D} × ${mp} / 100)) and maximumPercent ${xp}% allows at most ${upper} tasks (floor(${D} × ${xp} / 100))`;
  if (blockedBy) return { outcome: 'STUCK', reason: `new tasks of revision ${target} cannot be placed and ${bounds}, so no old task can make room: ${blockedBy}` };
  return { outcome: 'STUCK', reason: `${bounds}; with ${healthy} healthy and ${total} tasks running, pending or stopping, ECS can neither stop an old task nor start a new one` };
}

/** An ECS rolling update (UpdateService with a new task definition revision), with the circuit breaker and rollback. */
export function ecsDeployment(world: World, svc: ServiceState, target: number): DeploymentOutcome {
  const from = svc.completedRevision;
  world.emit({ t: world.t, type: 'deploymentStarted', revision: target, reason: `updateService: revision ${from} → ${target}` });
  world.snapshot();
  svc.revision = target;
  const end = rollOut(world, svc, target, svc.circuitBreaker.enable);
  let outcome: DeploymentOutcome = end.outcome;
  if (end.outcome === 'COMPLETED') {
    svc.completedRevision = target;
    world.emit({ t: world.t, type: 'deploymentCompleted', revision: target });
  } else if (end.outcome === 'STUCK') {
    world.emit({ t: world.t, type: 'deploymentStuck', revision: target, reason: end.reason ?? '' });
  } else {
    world.emit({ t: world.t, type: 'deploymentFailed', revision: target, reason: end.reason ?? '' });
    if (svc.circuitBreaker.rollback) {
      svc.revision = from;
      const back = rollOut(world, svc, from, false);
      if (back.outcome === 'COMPLETED') {
        outcome = 'ROLLED_BACK';
        world.emit({ t: world.t, type: 'deploymentRolledBack', revision: target, toRevision: from });
      } else {
        world.emit({ t: world.t, type: 'deploymentStuck', revision: from, reason: `rollback: ${back.reason ?? ''}` });
      }
    } else {
      // Without rollback the failed deployment stops launching; the tasks it started drain away.
      runLoop(world, () => false, () => false);
    }
  }
  world.snapshot();
  world.trace.deployments.push({ revision: target, outcome });
  return outcome;
}
