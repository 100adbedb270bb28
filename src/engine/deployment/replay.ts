/**
 * A trace replayed to any point of its timeline: which tasks stand on which instance and in what
 * state, which instances are stopped, and which tasks are still waiting for a place, after the first
 * `position` events. The engine decided everything; this only applies its events in order.
 *
 * Any position costs at most CHECKPOINT_EVERY events of work (a copy of the state is kept every
 * CHECKPOINT_EVERY events), so a player can jump anywhere in a run of thousands of events, and the
 * position after the last one asked costs one event. The same pass measures the run's extent — the
 * most tasks each instance ever shows at once — so a screen can reserve the room a run will need
 * before it plays.
 */
import type { Scenario } from '../contracts/scenario.ts';
import type { TaskSpec } from '../placement/cluster.ts';
import { taskSpec } from './taskSpec.ts';
import type { SimulationResult, TraceEvent } from './trace.ts';

export type ReplayStatus = 'PENDING' | 'RUNNING' | 'STOPPING' | 'STOPPED';

export interface ReplayTask {
  taskId: string;
  instanceId: string;
  revision: number;
  status: ReplayStatus;
  healthy: boolean;
  /** It failed its health checks (or its essential container exited). */
  failed: boolean;
  spec: TaskSpec;
  /** Index of its taskPlaced event (undefined for tasks that were running before the first action). */
  placedBy: number | undefined;
}

/**
 * Tasks of one revision that the scheduler could not place and still owes: from a taskUnplaceable
 * event until tasks of that revision are placed, the service is scaled down to what runs, or the
 * deployment of the revision ends (completed, failed or rolled back). A stuck deployment keeps waiting.
 */
export interface WaitingTasks {
  revision: number;
  /** How many: what the service is short of its desired count, at least one. */
  count: number;
  /** The scheduler's reason, as ECS words it. */
  reason: string;
  /** Index of the latest taskUnplaceable event for this revision. */
  event: number;
}

export interface ReplayState {
  position: number;
  /** Simulated time of the last applied event (0 before the first). */
  t: number;
  /** Tasks in the order they were placed; a task stopped by the last event is still listed, as STOPPED. */
  tasks: ReplayTask[];
  stoppedInstances: ReadonlySet<string>;
  desiredCount: number | undefined;
  waiting: WaitingTasks[];
  /** The last applied event (position − 1), if any. */
  current: TraceEvent | undefined;
}

/** How much room a run needs over its whole timeline. */
export interface RunExtent {
  /** Per instance, the most tasks it shows at once (a task counts up to the event that stops it). */
  tasksPerInstance: Record<string, number>;
  /** The most tasks at once that run on no instance (Fargate). */
  fargateTasks: number;
  /** Whether any task ever takes a host port, static or dynamic. */
  ports: boolean;
  /** Whether tasks take an ENI each (awsvpc on EC2). */
  eni: boolean;
  /** The most revisions with tasks waiting for a place at once. */
  waiting: number;
  /** Every revision a task of the run has, ascending. */
  revisions: number[];
  /** The longest task id of the run, in characters (chips can then all be one width). */
  longestTaskId: number;
}

export const CHECKPOINT_EVERY = 128;

interface State {
  position: number;
  tasks: Map<string, ReplayTask>;
  stopped: Set<string>;
  desired: number | undefined;
  waiting: WaitingTasks[];
  /** Tasks neither STOPPING nor STOPPED. */
  active: number;
  /** A task stopped by the last event: shown once as STOPPED, gone after the next event. */
  leaving: string | undefined;
}

function copy(s: State): State {
  const tasks = new Map<string, ReplayTask>();
  for (const [id, t] of s.tasks) tasks.set(id, { ...t });
  return { ...s, tasks, stopped: new Set(s.stopped), waiting: s.waiting.map((w) => ({ ...w })) };
}

const FARGATE = '';

export class Replay {
  readonly length: number;
  readonly extent: RunExtent;
  private readonly events: readonly TraceEvent[];
  private readonly checkpoints: State[] = [];
  /** The state of the last `at`, the replay's own: playing forward applies only the events since. */
  private cursor: State | undefined;

  constructor(
    private readonly scenario: Scenario,
    private readonly result: SimulationResult,
  ) {
    this.events = result.trace.events;
    this.length = this.events.length;
    const state = this.initial();
    const instances = new Set(scenario.cluster.instances.map((i) => i.id));
    const counts = new Map<string, number>();
    const most: Record<string, number> = Object.fromEntries(scenario.cluster.instances.map((i) => [i.id, 0]));
    let fargateMost = 0;
    let waitingMost = 0;
    let ports = false;
    let longestTaskId = 0;
    const revisions = new Set<number>();
    const count = (task: ReplayTask, delta: number) => {
      const key = instances.has(task.instanceId) ? task.instanceId : FARGATE;
      counts.set(key, (counts.get(key) ?? 0) + delta);
    };
    const measure = () => {
      for (const [key, n] of counts) {
        if (key === FARGATE) fargateMost = Math.max(fargateMost, n);
        else most[key] = Math.max(most[key] ?? 0, n);
      }
      waitingMost = Math.max(waitingMost, state.waiting.length);
    };
    const seen = (task: ReplayTask) => {
      revisions.add(task.revision);
      longestTaskId = Math.max(longestTaskId, task.taskId.length);
      if (task.spec.staticPorts.length > 0 || task.spec.dynamicPorts > 0) ports = true;
    };
    for (const task of state.tasks.values()) {
      count(task, 1);
      seen(task);
    }
    measure();
    for (let i = 0; i < this.length; i++) {
      if (i % CHECKPOINT_EVERY === 0) this.checkpoints.push(copy(state));
      const gone = state.leaving === undefined ? undefined : state.tasks.get(state.leaving);
      const placed = this.apply(state, i);
      if (gone) count(gone, -1);
      if (placed) {
        count(placed, 1);
        seen(placed);
      }
      measure();
    }
    this.extent = { tasksPerInstance: most, fargateTasks: fargateMost, ports, eni: taskSpec(scenario).eni, waiting: waitingMost, revisions: [...revisions].sort((a, b) => a - b), longestTaskId };
  }

  /** The state after the first `position` events (clamped to the run). */
  at(position: number): ReplayState {
    const at = Math.max(0, Math.min(Math.floor(position), this.length));
    let state = this.cursor;
    if (!state || state.position > at || at - state.position > CHECKPOINT_EVERY) {
      const from = this.checkpoints[Math.floor(at / CHECKPOINT_EVERY)] ?? this.checkpoints[this.checkpoints.length - 1];
      state = from ? copy(from) : this.initial();
    }
    for (let i = state.position; i < at; i++) this.apply(state, i);
    this.cursor = state;
    // The caller gets copies: the replay goes on changing its own state at the next position.
    const shown = copy(state);
    return {
      position: at,
      t: at > 0 ? (this.events[at - 1] as TraceEvent).t : 0,
      tasks: [...shown.tasks.values()],
      stoppedInstances: shown.stopped,
      desiredCount: shown.desired,
      waiting: shown.waiting,
      current: at > 0 ? this.events[at - 1] : undefined,
    };
  }

  private initial(): State {
    const { scenario } = this;
    const serviceSpec = taskSpec(scenario);
    const existing = new Map((scenario.existingTasks ?? []).map((e) => [e.taskId, e]));
    const tasks = new Map<string, ReplayTask>();
    for (const s of this.result.trace.snapshots[0]?.tasks ?? []) {
      const e = existing.get(s.taskId);
      const spec: TaskSpec = e ? { cpu: e.cpu, memory: e.memory, staticPorts: e.hostPorts, dynamicPorts: 0, eni: serviceSpec.eni } : serviceSpec;
      tasks.set(s.taskId, { ...s, failed: false, spec, placedBy: undefined });
    }
    const active = [...tasks.values()].filter((t) => t.status !== 'STOPPING').length;
    return { position: 0, tasks, stopped: new Set(), desired: undefined, waiting: [], active, leaving: undefined };
  }

  /** Applies event `i` to `state`; returns the task it placed, if any. */
  private apply(state: State, i: number): ReplayTask | undefined {
    const e = this.events[i] as TraceEvent;
    state.position = i + 1;
    if (state.leaving !== undefined) {
      state.tasks.delete(state.leaving);
      state.leaving = undefined;
    }
    switch (e.type) {
      case 'taskPlaced': {
        const req = this.result.decisions[i]?.requirement;
        const spec: TaskSpec = req ? { cpu: req.cpu, memory: req.memory, staticPorts: req.staticPorts, dynamicPorts: req.dynamicPorts, eni: req.eni } : taskSpec(this.scenario);
        const task: ReplayTask = { taskId: e.taskId, instanceId: e.instanceId, revision: e.revision, status: 'PENDING', healthy: false, failed: false, spec, placedBy: i };
        state.tasks.set(e.taskId, task);
        state.active++;
        const w = state.waiting.find((x) => x.revision === e.revision);
        if (w && --w.count <= 0) state.waiting = state.waiting.filter((x) => x !== w);
        return task;
      }
      case 'taskUnplaceable': {
        const count = Math.max(1, (state.desired ?? 0) - state.active);
        const w = state.waiting.find((x) => x.revision === e.revision);
        if (w) Object.assign(w, { count, reason: e.reason, event: i });
        else state.waiting = [...state.waiting, { revision: e.revision, count, reason: e.reason, event: i }];
        return undefined;
      }
      case 'serviceScaled':
        state.desired = e.desiredCount;
        for (const w of state.waiting) w.count = Math.min(w.count, e.desiredCount - state.active);
        state.waiting = state.waiting.filter((w) => w.count > 0);
        return undefined;
      case 'deploymentCompleted':
      case 'deploymentFailed':
      case 'deploymentRolledBack':
        state.waiting = state.waiting.filter((w) => w.revision !== e.revision);
        return undefined;
      case 'instanceStopped':
        state.stopped.add(e.instanceId);
        return undefined;
      case 'taskRunning':
      case 'taskHealthy':
      case 'taskUnhealthy':
      case 'taskStopping':
      case 'taskStopped': {
        const task = state.tasks.get(e.taskId);
        if (!task) return undefined;
        const wasActive = task.status !== 'STOPPING' && task.status !== 'STOPPED';
        if (e.type === 'taskRunning') task.status = 'RUNNING';
        if (e.type === 'taskHealthy') task.healthy = true;
        if (e.type === 'taskUnhealthy') task.failed = true;
        if (e.type === 'taskStopping' || e.type === 'taskStopped') {
          task.status = e.type === 'taskStopping' ? 'STOPPING' : 'STOPPED';
          task.healthy = false;
          if (wasActive) state.active--;
        }
        if (e.type === 'taskStopped') state.leaving = task.taskId;
        return undefined;
      }
      default:
        return undefined;
    }
  }
}
