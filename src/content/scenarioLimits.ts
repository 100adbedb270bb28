/**
 * Bounds on a scenario, so that nothing a file or a share link holds can make the simulator's work
 * unbounded. Most are Amazon ECS's own quotas, named in the message as AWS names them, so that what the
 * simulator refuses is what ECS would refuse; the rest are the simulator's own limits on how long a
 * timeline it replays, sized so that a run takes at most a couple of seconds on a laptop.
 *
 * Sources (checked 2026):
 * - Amazon ECS Developer Guide, "Amazon ECS service quotas"
 *   (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html): Tasks per service
 *   5,000; Tasks launched (count) per run-task 10; Task definition max containers 10; Revisions per task
 *   definition family 1,000,000; Task definition size limit 64 KiB.
 * - Amazon ECS Developer Guide, "Amazon ECS service quotas and API throttling limits"
 *   (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/operating-at-scale-service-quotas-best-practice.html):
 *   at most 5,000 EC2 instances registered per cluster (quota "Container instances per cluster").
 * - Amazon ECS API Reference: PlacementConstraint (an expression is at most 2,000 characters),
 *   RegisterTaskDefinition and RunTask (at most 10 constraints per task, counting the task definition's
 *   and the call's), CreateService (at most 5 strategy rules), Attribute and
 *   AttributeLimitExceededException (names and values of 1–128 characters, up to 10 custom attributes
 *   per resource).
 */

export const ECS_QUOTAS = {
  tasksPerService: { value: 5_000, name: 'Tasks per service' },
  containerInstancesPerCluster: { value: 5_000, name: 'Container instances per cluster' },
  tasksPerRunTask: { value: 10, name: 'Tasks launched (count) per run-task' },
  containersPerTaskDefinition: { value: 10, name: 'Task definition max containers' },
  revisionsPerFamily: { value: 1_000_000, name: 'Revisions per task definition family' },
  taskDefinitionKiB: { value: 64, name: 'Task definition size limit' },
} as const;

/** Limits that the ECS API states on its parameters rather than as service quotas. */
export const ECS_API_LIMITS = {
  constraintsPerTask: 10,
  strategiesPerService: 5,
  expressionLength: 2_000,
  customAttributes: 10,
  attributeLength: 128,
} as const;

/** The simulator's own limits on the length of a timeline and the work of replaying it. */
export const SIMULATOR_LIMITS = {
  /** Actions (ECS API calls and events) in one scenario. */
  actions: 100,
  /** Tasks already running before the first action, and Kubernetes replicas. */
  tasks: 5_000,
  /** Tasks the actions may start over the whole run (an upper estimate, failures and rollbacks included). */
  tasksStarted: 20_000,
  /** Tasks started × container instances looked at for each: the placement engine's work. */
  placementChecks: 1_000_000,
  /** Task states recorded in the trace's snapshots (each snapshot lists every live task). */
  snapshotRows: 300_000,
  /** Scenario text read by the CLI or a share link, in characters. */
  textLength: 4 * 1024 * 1024,
} as const;

const n = (value: number): string => value.toLocaleString('en-US');

/** `a service runs at most 5,000 tasks (Amazon ECS quota "Tasks per service")`. */
export function quotaMessage(what: string, quota: { value: number; name: string }, unit: string): string {
  return `${what} at most ${n(quota.value)} ${unit} (Amazon ECS quota "${quota.name}")`;
}

export function simulatorLimitMessage(what: string, limit: number, unit: string): string {
  return `${what} at most ${n(limit)} ${unit} (the simulator's limit)`;
}

/** What the work estimate reads from a scenario that passed the schema's field checks. */
type IntOrPercent = number | string | undefined;

export interface WorkInput {
  mode: 'ecs' | 'kubernetes';
  cluster: { instances: readonly unknown[] };
  service?:
    | {
        desiredCount: number;
        launchType?: 'EC2' | 'FARGATE' | undefined;
        deploymentConfiguration?: { minimumHealthyPercent?: number | undefined; maximumPercent?: number | undefined } | undefined;
      }
    | undefined;
  kubernetes?:
    | { replicas: number; strategy?: { type: string; rollingUpdate?: { maxSurge?: IntOrPercent; maxUnavailable?: IntOrPercent } | undefined } | undefined }
    | undefined;
  taskDefinition: { requiresCompatibilities?: readonly string[] | undefined };
  existingTasks?: readonly unknown[] | undefined;
  actions: ReadonlyArray<
    | { type: 'createService' }
    | { type: 'updateService'; desiredCount?: number | undefined; taskDefinition?: { revision: number } | undefined; newRevisionHealthy?: boolean | undefined }
    | { type: 'stopInstance' }
    | { type: 'runTask'; count: number }
  >;
}

/**
 * Failed tasks a deployment may start before it ends: the circuit breaker's threshold is at most 200,
 * and without it the engine reports the deployment stuck after three times the threshold.
 */
const FAILED_TASKS_PER_DEPLOYMENT = 600;

/**
 * An upper estimate of the tasks the actions start: each service action may place up to the desired
 * count; a new revision replaces every task, may fail up to FAILED_TASKS_PER_DEPLOYMENT times, and may
 * roll back (the same again).
 */
export function estimateTasksStarted(s: WorkInput): number {
  let desired = s.mode === 'kubernetes' ? (s.kubernetes?.replicas ?? 0) : (s.service?.desiredCount ?? 0);
  let started = 0;
  for (const a of s.actions) {
    if (a.type === 'runTask') started += a.count;
    else if (a.type === 'createService' || a.type === 'stopInstance') started += desired;
    else if (a.type === 'updateService') {
      if (a.desiredCount !== undefined) desired = a.desiredCount;
      started += a.taskDefinition ? 2 * (desired + FAILED_TASKS_PER_DEPLOYMENT) : desired;
    }
  }
  return started;
}

/**
 * How many tasks a rolling update replaces at a time, as the engine rolls it out: ECS between
 * ceil(D × minimumHealthyPercent / 100) healthy and floor(D × maximumPercent / 100) running tasks;
 * Kubernetes maxSurge (rounded up) plus maxUnavailable (rounded down, 1 when both are 0).
 */
function replacedPerWave(s: WorkInput, desired: number): { step: number; peak: number } {
  if (s.mode === 'kubernetes') {
    const strategy = s.kubernetes?.strategy;
    if (strategy?.type === 'Recreate') return { step: Math.max(1, desired), peak: desired };
    const resolve = (v: IntOrPercent, up: boolean) => {
      const value = v ?? '25%';
      if (typeof value === 'number') return value;
      const pct = (desired * Number(value.replace('%', ''))) / 100;
      return up ? Math.ceil(pct) : Math.floor(pct);
    };
    const surge = resolve(strategy?.rollingUpdate?.maxSurge, true);
    const unavailable = resolve(strategy?.rollingUpdate?.maxUnavailable, false) || (surge === 0 ? 1 : 0);
    return { step: Math.max(1, surge + unavailable), peak: desired + surge };
  }
  const dc = s.service?.deploymentConfiguration;
  const lower = Math.ceil((desired * (dc?.minimumHealthyPercent ?? 100)) / 100);
  const upper = Math.floor((desired * (dc?.maximumPercent ?? 200)) / 100);
  return { step: Math.max(1, upper - lower), peak: Math.max(upper, desired) };
}

/**
 * An upper estimate of the task states the trace's snapshots record: a few snapshots per action,
 * each listing every live task, and about two per wave of a rolling update (more when the new
 * revision fails and rolls back).
 */
export function estimateSnapshotRows(s: WorkInput): number {
  let desired = s.mode === 'kubernetes' ? (s.kubernetes?.replicas ?? 0) : (s.service?.desiredCount ?? 0);
  let others = s.existingTasks?.length ?? 0;
  let rows = others;
  for (const a of s.actions) {
    if (a.type === 'runTask') others += a.count;
    if (a.type === 'updateService' && a.desiredCount !== undefined) desired = a.desiredCount;
    if (a.type === 'updateService' && a.taskDefinition) {
      const { step, peak } = replacedPerWave(s, desired);
      const failing = a.newRevisionHealthy === false;
      const waves = Math.ceil(desired / step) * (failing ? 2 : 1) + (failing ? Math.ceil(FAILED_TASKS_PER_DEPLOYMENT / step) * 2 : 0);
      rows += 2 * (waves + 1) * (others + peak + step);
    } else {
      rows += 3 * (others + desired);
    }
  }
  return rows;
}

export interface WorkProblem {
  path: (string | number)[];
  message: string;
}

/** Whether every count the estimate reads is within its own bound (otherwise that field is reported alone). */
function countsWithinBounds(s: WorkInput): boolean {
  const desired = [s.service?.desiredCount ?? 0, s.kubernetes?.replicas ?? 0];
  for (const a of s.actions) if (a.type === 'updateService' && a.desiredCount !== undefined) desired.push(a.desiredCount);
  return (
    desired.every((d) => d <= ECS_QUOTAS.tasksPerService.value && d <= SIMULATOR_LIMITS.tasks) &&
    s.actions.every((a) => a.type !== 'runTask' || a.count <= ECS_QUOTAS.tasksPerRunTask.value) &&
    s.actions.length <= SIMULATOR_LIMITS.actions &&
    s.cluster.instances.length <= ECS_QUOTAS.containerInstancesPerCluster.value
  );
}

/** The simulator-limit problems of a scenario's work, or none. */
export function workProblems(s: WorkInput): WorkProblem[] {
  if (!countsWithinBounds(s)) return [];
  const started = estimateTasksStarted(s);
  if (started > SIMULATOR_LIMITS.tasksStarted) {
    return [
      {
        path: ['actions'],
        message: `these actions could start about ${n(started)} tasks (desired counts, replacements, failures and rollbacks); the simulator replays at most ${n(SIMULATOR_LIMITS.tasksStarted)}: lower the desired count or use fewer actions`,
      },
    ];
  }
  const rows = estimateSnapshotRows(s);
  if (rows > SIMULATOR_LIMITS.snapshotRows) {
    return [
      {
        path: ['actions'],
        message: `the trace would record about ${n(rows)} task states (every live task at every step; a small minimumHealthyPercent to maximumPercent gap means many steps); the simulator's limit is ${n(SIMULATOR_LIMITS.snapshotRows)}: lower the desired count, widen that gap or use fewer actions`,
      },
    ];
  }
  const fargate = s.mode === 'ecs' && (s.service?.launchType === 'FARGATE' || (s.taskDefinition.requiresCompatibilities ?? []).join() === 'FARGATE');
  const instances = fargate ? 1 : s.cluster.instances.length;
  const checks = started * instances;
  if (checks > SIMULATOR_LIMITS.placementChecks) {
    return [
      {
        path: ['cluster', 'instances'],
        message: `about ${n(started)} tasks to place on ${n(instances)} instances is about ${n(checks)} placement checks (tasks × instances); the simulator's limit is ${n(SIMULATOR_LIMITS.placementChecks)}: lower the desired count or use fewer instances`,
      },
    ];
  }
  return [];
}
