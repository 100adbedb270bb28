import type { Scenario } from '../contracts/scenario.ts';
import type { Rng } from '../random.ts';
import { ClusterState, type InstanceState, type TaskSpec } from '../placement/cluster.ts';
import type { PlacementDecision } from '../placement/decision.ts';
import { whyText } from '../placement/decision.ts';
import { placeBatch } from '../placement/batch.ts';
import { placeTask, type CompiledConstraint, type EngineStrategy } from '../placement/placeTask.ts';
import { DEFAULT_HEALTH_INTERVAL, DEFAULT_HEALTH_RETRIES, PENDING_SECONDS, STOPPING_SECONDS } from './timing.ts';
import type { Snapshot, TaskStatus, Trace, TraceEvent } from './trace.ts';

export interface SimTask {
  taskId: string;
  /** null for a Fargate task. */
  instance: InstanceState | null;
  group: string;
  revision: number;
  spec: TaskSpec;
  status: TaskStatus | 'STOPPED';
  healthy: boolean;
  /** Whether this task's revision passes its health checks. */
  good: boolean;
  startedAt: number;
  /** Set when the task stopped because it failed (health check or essential container exit). */
  failed: boolean;
  stopReason?: string;
}

type TimerKind = 'running' | 'healthy' | 'unhealthy' | 'stopped';
interface Timer {
  t: number;
  seq: number;
  task: SimTask;
  kind: TimerKind;
}

export interface PlaceOptions {
  group: string;
  revision: number;
  good: boolean;
  constraints: readonly CompiledConstraint[];
  strategies: readonly EngineStrategy[];
  subject: string;
  fargate: boolean;
  style?: 'ecs' | 'kubernetes';
}

/** Health timing that comes from the task definition and the service. */
export interface HealthTiming {
  hasHealthCheck: boolean;
  healthyAfter: number;
  unhealthyAfter: number;
  gracePeriod: number;
  /** ECS stops a task that fails its health checks; a Kubernetes pod that fails readiness stays Running, not Ready. */
  stopFailedTasks: boolean;
}

export function healthTiming(scenario: Scenario): HealthTiming {
  const checks = scenario.taskDefinition.containerDefinitions.map((c) => c.healthCheck).filter((h) => h !== undefined);
  const first = checks[0];
  const interval = first?.interval ?? DEFAULT_HEALTH_INTERVAL;
  const start = first?.startPeriod ?? 0;
  return {
    hasHealthCheck: first !== undefined,
    healthyAfter: first ? start + interval : 0,
    unhealthyAfter: start + interval * (first?.retries ?? DEFAULT_HEALTH_RETRIES),
    gracePeriod: scenario.service?.healthCheckGracePeriodSeconds ?? 0,
    stopFailedTasks: scenario.mode === 'ecs',
  };
}

function sameTasks(a: Snapshot['tasks'], b: Snapshot['tasks']): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Snapshot['tasks'][number];
    const y = b[i] as Snapshot['tasks'][number];
    if (x.taskId !== y.taskId || x.status !== y.status || x.healthy !== y.healthy) return false;
  }
  return true;
}

/** The simulated cluster, its tasks, a clock and the trace being recorded. */
export class World {
  t = 0;
  readonly cluster: ClusterState;
  readonly tasks: SimTask[] = [];
  readonly trace: Trace = { events: [], snapshots: [], deployments: [] };
  readonly decisions: Record<number, PlacementDecision> = {};
  /** Pending timers in (t, seq) order from `head` on; fired ones before `head` are dropped in batches. */
  private timers: Timer[] = [];
  private head = 0;
  private seq = 0;
  private nextId = 1;
  private readonly usedIds = new Set<string>();

  constructor(
    scenario: Scenario,
    readonly rng: Rng,
    readonly health: HealthTiming,
    /** Record every instance's verdict for each placement (the "Why here?" panel). */
    readonly explain = true,
  ) {
    this.cluster = new ClusterState(scenario.cluster.instances);
    for (const e of scenario.existingTasks ?? []) {
      const inst = this.cluster.get(e.instanceId);
      if (!inst) continue;
      const spec: TaskSpec = { cpu: e.cpu, memory: e.memory, staticPorts: e.hostPorts, dynamicPorts: 0, eni: scenario.taskDefinition.networkMode === 'awsvpc' };
      const task: SimTask = { taskId: e.taskId, instance: inst, group: e.group, revision: e.revision, spec, status: 'RUNNING', healthy: true, good: true, startedAt: 0, failed: false };
      this.usedIds.add(e.taskId);
      this.cluster.occupy(inst, spec);
      this.cluster.join(inst, e.group);
      this.tasks.push(task);
    }
  }

  emit(event: TraceEvent): number {
    this.trace.events.push(event);
    return this.trace.events.length - 1;
  }

  private newTaskId(): string {
    let id = `t-${this.nextId++}`;
    while (this.usedIds.has(id)) id = `t-${this.nextId++}`;
    this.usedIds.add(id);
    return id;
  }

  private schedule(task: SimTask, kind: TimerKind, at: number): void {
    const timer: Timer = { t: at, seq: this.seq++, task, kind };
    // Timers are few per step and mostly appended in time order: insert from the back.
    let i = this.timers.length;
    while (i > this.head) {
      const prev = this.timers[i - 1] as Timer;
      if (prev.t < at || (prev.t === at && prev.seq < timer.seq)) break;
      i--;
    }
    this.timers.splice(i, 0, timer);
  }

  private commit(taskId: string, instance: InstanceState | null, spec: TaskSpec, opts: PlaceOptions, decision: PlacementDecision): SimTask {
    const task: SimTask = { taskId, instance, group: opts.group, revision: opts.revision, spec, status: 'PENDING', healthy: false, good: opts.good, startedAt: this.t, failed: false };
    if (instance) {
      this.cluster.occupy(instance, spec);
      this.cluster.join(instance, opts.group);
    }
    this.tasks.push(task);
    const index = this.emit({ t: this.t, type: 'taskPlaced', taskId, instanceId: instance?.id ?? 'fargate', revision: opts.revision, why: whyText(decision) });
    if (this.explain) this.decisions[index] = decision;
    if (!task.good && !this.health.hasHealthCheck && this.health.stopFailedTasks) this.schedule(task, 'unhealthy', this.t + PENDING_SECONDS);
    else this.schedule(task, 'running', this.t + PENDING_SECONDS);
    return task;
  }

  /** Places one task; returns it, or null after recording a taskUnplaceable event. */
  place(spec: TaskSpec, opts: PlaceOptions): SimTask | null {
    const taskId = this.newTaskId();
    let instance: InstanceState | null = null;
    let decision: PlacementDecision;
    if (opts.fargate) {
      decision = {
        taskId, group: opts.group, revision: opts.revision,
        requirement: { cpu: spec.cpu, memory: spec.memory, staticPorts: [], dynamicPorts: 0, eni: true },
        instances: [], afterResources: 0, afterConstraints: 0, strategies: [], tieBreak: null, chosen: 'fargate', fargate: true,
      };
    } else {
      const result = placeTask(this.cluster, { taskId, group: opts.group, revision: opts.revision, spec, constraints: opts.constraints, strategies: opts.strategies, subject: opts.subject, ...(opts.style ? { style: opts.style } : {}) }, this.rng, this.explain);
      if (!result.instance) {
        this.usedIds.delete(taskId);
        this.nextId--;
        this.emit({ t: this.t, type: 'taskUnplaceable', revision: opts.revision, reason: result.reason ?? 'no container instance met all of its requirements' });
        return null;
      }
      instance = result.instance;
      decision = result.decision;
    }
    return this.commit(taskId, instance, spec, opts, decision);
  }

  /**
   * Places up to `count` tasks; stops at the first that cannot be placed (recording why). Without
   * `explain` this uses the indexed batch placement, which makes the same choices.
   */
  placeMany(spec: TaskSpec, opts: PlaceOptions, count: number): number {
    if (this.explain || opts.fargate || count <= 0) {
      let placed = 0;
      while (placed < count && this.place(spec, opts)) placed++;
      return placed;
    }
    const ids: string[] = [];
    const result = placeBatch(
      this.cluster,
      { group: opts.group, revision: opts.revision, spec, constraints: opts.constraints, strategies: opts.strategies, subject: opts.subject, ...(opts.style ? { style: opts.style } : {}) },
      count,
      this.rng,
      (instance, summary, i) => this.commit((ids[i] ??= this.newTaskId()), instance, spec, opts, summary.decision()),
      (i) => (ids[i] ??= this.newTaskId()),
    );
    if (result.placed < count) this.emit({ t: this.t, type: 'taskUnplaceable', revision: opts.revision, reason: result.reason ?? 'no container instance met all of its requirements' });
    for (let i = result.placed; i < ids.length; i++) this.usedIds.delete(ids[i] as string);
    if (ids.length > result.placed) this.nextId -= ids.length - result.placed;
    return result.placed;
  }

  /** Starts stopping a task: it leaves its group at once and frees its resources STOPPING_SECONDS later. */
  stop(task: SimTask, reason: string): void {
    if (task.status === 'STOPPING' || task.status === 'STOPPED') return;
    if (task.instance) this.cluster.leave(task.instance, task.group);
    task.status = 'STOPPING';
    task.healthy = false;
    this.emit({ t: this.t, type: 'taskStopping', taskId: task.taskId, reason });
    this.schedule(task, 'stopped', this.t + STOPPING_SECONDS);
    task.stopReason = reason;
  }

  /** Stops a task at once (its instance went away). */
  kill(task: SimTask, reason: string): void {
    if (task.status === 'STOPPED') return;
    if (task.instance) {
      if (task.status !== 'STOPPING') this.cluster.leave(task.instance, task.group);
      this.cluster.release(task.instance, task.spec);
    }
    task.status = 'STOPPED';
    task.healthy = false;
    this.emit({ t: this.t, type: 'taskStopped', taskId: task.taskId, reason });
  }

  hasTimers(): boolean {
    return this.timers.length > this.head;
  }

  nextTimerAt(): number | undefined {
    return this.timers[this.head]?.t;
  }

  /** Moves the clock to the next timer and fires every timer due then. */
  advance(): void {
    const first = this.timers[this.head];
    if (!first) return;
    this.t = Math.max(this.t, first.t);
    while (this.timers.length > this.head && (this.timers[this.head] as Timer).t <= this.t) {
      const timer = this.timers[this.head++] as Timer;
      this.fire(timer);
    }
    if (this.head > 1024 && this.head * 2 > this.timers.length) {
      this.timers = this.timers.slice(this.head);
      this.head = 0;
    }
  }

  private fire({ task, kind }: Timer): void {
    if (task.status === 'STOPPED') return;
    if (kind === 'stopped') {
      if (task.status !== 'STOPPING') return;
      if (task.instance) this.cluster.release(task.instance, task.spec);
      task.status = 'STOPPED';
      this.emit({ t: this.t, type: 'taskStopped', taskId: task.taskId, reason: task.stopReason ?? 'stopped' });
      return;
    }
    if (task.status === 'STOPPING') return;
    if (kind === 'running') {
      task.status = 'RUNNING';
      this.emit({ t: this.t, type: 'taskRunning', taskId: task.taskId });
      if (task.good) this.schedule(task, 'healthy', this.t + this.health.healthyAfter);
      else if (this.health.stopFailedTasks) this.schedule(task, 'unhealthy', Math.max(this.t + this.health.unhealthyAfter, task.startedAt + this.health.gracePeriod));
    } else if (kind === 'healthy') {
      task.healthy = true;
      this.emit({ t: this.t, type: 'taskHealthy', taskId: task.taskId });
    } else {
      task.failed = true;
      const reason = this.health.hasHealthCheck ? 'Task failed container health checks' : 'Essential container in task exited';
      this.emit({ t: this.t, type: 'taskUnhealthy', taskId: task.taskId, reason });
      this.stop(task, reason);
    }
  }

  /** Tasks that are not STOPPED. */
  live(): SimTask[] {
    return this.tasks.filter((t) => t.status !== 'STOPPED');
  }

  snapshot(): void {
    const snap: Snapshot = {
      t: this.t,
      tasks: this.live().map((task) => ({
        taskId: task.taskId,
        instanceId: task.instance?.id ?? 'fargate',
        revision: task.revision,
        status: task.status as TaskStatus,
        healthy: task.healthy,
      })),
    };
    const last = this.trace.snapshots[this.trace.snapshots.length - 1];
    if (last && last.t === snap.t && sameTasks(last.tasks, snap.tasks)) return;
    this.trace.snapshots.push(snap);
  }
}
