import type { Scenario } from '../contracts/scenario.ts';
import { stopTasks } from './ecs.ts';
import { activeTasks, placeOptions, runLoop, type ServiceState } from './service.ts';
import { PROGRESS_DEADLINE_SECONDS } from './timing.ts';
import type { DeploymentOutcome } from './trace.ts';
import type { World } from './world.ts';

type IntOrPercent = number | string | undefined;

/**
 * Resolves maxSurge / maxUnavailable against the replica count as the Deployment controller does:
 * a percentage of replicas rounds up for maxSurge and down for maxUnavailable (both default to 25%);
 * if both come out 0, maxUnavailable becomes 1 so the rollout can make progress.
 */
export function resolveRollingUpdate(replicas: number, maxSurge: IntOrPercent, maxUnavailable: IntOrPercent): { surge: number; unavailable: number } {
  const resolve = (v: IntOrPercent, roundUp: boolean): number => {
    const value = v ?? '25%';
    if (typeof value === 'number') return value;
    const pct = Number(value.replace('%', ''));
    const raw = (pct * replicas) / 100;
    return roundUp ? Math.ceil(raw) : Math.floor(raw);
  };
  const surge = resolve(maxSurge, true);
  let unavailable = resolve(maxUnavailable, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return { surge, unavailable };
}

/**
 * A Deployment rollout to `target`: the new ReplicaSet scales up within replicas + maxSurge pods,
 * the old one scales down while at least replicas − maxUnavailable pods stay available (Ready).
 * Terminating pods do not count. A rollout that stops making progress is reported as stuck after the
 * progress deadline; Kubernetes does not roll back on its own.
 */
export function kubernetesRollout(world: World, svc: ServiceState, scenario: Scenario, target: number): DeploymentOutcome {
  const k = scenario.kubernetes;
  const R = svc.desired;
  const recreate = k?.strategy?.type === 'Recreate';
  const { surge, unavailable } = resolveRollingUpdate(R, k?.strategy?.rollingUpdate?.maxSurge, k?.strategy?.rollingUpdate?.maxUnavailable);
  world.emit({ t: world.t, type: 'deploymentStarted', revision: target, reason: recreate ? 'Recreate' : `RollingUpdate: maxSurge ${surge}, maxUnavailable ${unavailable} (of ${R} replicas)` });
  world.snapshot();
  svc.revision = target;
  let lastProgress = world.t;
  let lastReady = -1;
  let deadline = false;
  const result = runLoop(
    world,
    () => {
      const pods = activeTasks(world, svc);
      const old = pods.filter((p) => p.revision !== target);
      const ready = pods.filter((p) => p.healthy).length;
      if (ready !== lastReady) {
        lastReady = ready;
        lastProgress = world.t;
      }
      if (world.t - lastProgress >= PROGRESS_DEADLINE_SECONDS) {
        deadline = true;
        return false;
      }
      if (recreate) {
        if (old.length > 0) return stopTasks(world, svc, old, old.length, `Recreate: replaced by revision ${target}`) > 0;
        if (world.tasks.some((p) => p.group === svc.group && p.status === 'STOPPING')) return false;
      }
      // Like the Deployment controller's repeated syncs: each pass scales the new ReplicaSet up or,
      // failing that, the old one down, until neither can move. Terminating pods do not count.
      let changed = false;
      for (;;) {
        const now = activeTasks(world, svc);
        const newPods = now.filter((p) => p.revision === target);
        const oldPods = now.filter((p) => p.revision !== target);
        const up = Math.min((recreate ? R : R + surge) - now.length, R - newPods.length);
        const placed = up > 0 ? world.placeMany(svc.spec, placeOptions(svc, target), up) : 0;
        if (placed > 0) {
          changed = true;
          lastProgress = world.t;
          world.snapshot();
          continue;
        }
        if (recreate || oldPods.length === 0) break;
        const newUnavailable = newPods.filter((p) => !p.healthy).length;
        const down = Math.min(oldPods.length, now.length - (R - unavailable) - newUnavailable);
        if (down <= 0 || stopTasks(world, svc, oldPods, down, 'RollingUpdate: scaled down the old ReplicaSet') === 0) break;
        changed = true;
        lastProgress = world.t;
        world.snapshot();
      }
      return changed;
    },
    () => {
      if (deadline) return true;
      const pods = activeTasks(world, svc);
      return pods.length === R && pods.every((p) => p.revision === target && p.healthy);
    },
  );
  let outcome: DeploymentOutcome;
  if (!deadline && result === 'done') {
    outcome = 'COMPLETED';
    svc.completedRevision = target;
    world.emit({ t: world.t, type: 'deploymentCompleted', revision: target });
  } else {
    outcome = 'STUCK';
    world.t = Math.max(world.t, lastProgress + PROGRESS_DEADLINE_SECONDS);
    const pods = activeTasks(world, svc);
    const notReady = pods.filter((p) => p.revision === target && !p.healthy).length;
    const why = notReady > 0 ? `${notReady} new pods are not Ready` : 'new pods cannot be scheduled';
    world.emit({ t: world.t, type: 'deploymentStuck', revision: target, reason: `ProgressDeadlineExceeded: ${why}; the rollout made no progress for ${PROGRESS_DEADLINE_SECONDS} s and Kubernetes does not roll back by itself` });
  }
  world.snapshot();
  world.trace.deployments.push({ revision: target, outcome });
  return outcome;
}
