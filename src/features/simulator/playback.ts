/**
 * The cluster as the screen draws it at one point of a trace: zones, instances with their usage
 * gauges and task chips, Fargate tasks and the tasks still waiting for a place. The engine's replay
 * (src/engine/deployment/replay.ts) says what stands where; this groups it for drawing and keeps an
 * instance's view object the same from one position to the next while nothing on it changed, so a
 * memoised instance card does not render again.
 */
import type { Scenario } from '@/content/scenarioSchema';
import type { SimulationResult, TraceEvent } from '@/engine/deployment';
import { Replay, type ReplayStatus, type ReplayTask, type RunExtent, type WaitingTasks } from '@/engine/deployment/replay';
import { eniTaskLimit } from '@/engine/placement/limits';

export type { RunExtent, WaitingTasks };
export type ViewStatus = ReplayStatus;

export interface ViewTask extends ReplayTask {
  /** The event at the current position concerns this task (placed, healthy, stopping, stopped…). */
  changed: boolean;
}

export interface ViewInstance {
  id: string;
  instanceType: string;
  availabilityZone: string;
  cpu: number;
  memory: number;
  usedCpu: number;
  usedMemory: number;
  staticPorts: number[];
  dynamicPorts: number;
  enisUsed: number;
  eniLimit: number | undefined;
  usesEni: boolean;
  active: boolean;
  tasks: ViewTask[];
}

export interface ClusterView {
  t: number;
  position: number;
  zones: Array<{ name: string; instances: ViewInstance[] }>;
  /** Fargate tasks, which run on no instance of the cluster. */
  fargate: ViewTask[];
  /** Tasks the scheduler could not place and still owes, by revision. */
  waiting: WaitingTasks[];
  desiredCount: number | undefined;
  /** The event just applied (position − 1), if any. */
  current: TraceEvent | undefined;
}

function eventTaskId(e: TraceEvent | undefined): string | undefined {
  return e && 'taskId' in e ? e.taskId : undefined;
}

function signature(active: boolean, tasks: readonly ViewTask[]): string {
  let s = active ? 'a' : 's';
  for (const t of tasks) s += `|${t.taskId}:${t.status}:${t.healthy ? 1 : 0}${t.failed ? 1 : 0}${t.changed ? 1 : 0}`;
  return s;
}

/** One run, ready to be drawn at any position. */
export class Playback {
  readonly replay: Replay;
  private readonly cache = new Map<string, { sig: string; view: ViewInstance }>();
  private readonly instanceIds: ReadonlySet<string>;

  constructor(
    readonly scenario: Scenario,
    readonly result: SimulationResult,
  ) {
    this.replay = new Replay(scenario, result);
    this.instanceIds = new Set(scenario.cluster.instances.map((i) => i.id));
  }

  get extent(): RunExtent {
    return this.replay.extent;
  }

  get length(): number {
    return this.replay.length;
  }

  at(position: number): ClusterView {
    const state = this.replay.at(position);
    const changedId = eventTaskId(state.current);
    const byInstance = new Map<string, ViewTask[]>();
    const fargate: ViewTask[] = [];
    // The replay's tasks are copies of its own, so they become the view's tasks as they are.
    for (const task of state.tasks) {
      const view: ViewTask = Object.assign(task, { changed: task.taskId === changedId });
      const list = byInstance.get(task.instanceId);
      if (list) list.push(view);
      else if (this.instanceIds.has(task.instanceId)) byInstance.set(task.instanceId, [view]);
      else fargate.push(view);
    }
    const zones = new Map<string, ViewInstance[]>();
    for (const inst of this.scenario.cluster.instances) {
      const tasks = byInstance.get(inst.id) ?? [];
      const active = !state.stoppedInstances.has(inst.id);
      const sig = signature(active, tasks);
      const cached = this.cache.get(inst.id);
      let view = cached?.sig === sig ? cached.view : undefined;
      if (!view) {
        view = {
          id: inst.id,
          instanceType: inst.instanceType,
          availabilityZone: inst.availabilityZone,
          cpu: inst.cpu,
          memory: inst.memory,
          usedCpu: 0,
          usedMemory: 0,
          staticPorts: [],
          dynamicPorts: 0,
          enisUsed: 0,
          eniLimit: eniTaskLimit(inst.instanceType, inst.eniTrunking ?? false),
          usesEni: this.extent.eni,
          active,
          tasks,
        };
        for (const task of tasks) {
          // A STOPPING task still holds its CPU, memory, ports and ENI; a STOPPED one has released them.
          if (task.status === 'STOPPED') continue;
          view.usedCpu += task.spec.cpu;
          view.usedMemory += task.spec.memory;
          view.staticPorts.push(...task.spec.staticPorts);
          view.dynamicPorts += task.spec.dynamicPorts;
          if (task.spec.eni) view.enisUsed++;
        }
        this.cache.set(inst.id, { sig, view });
      }
      zones.set(inst.availabilityZone, [...(zones.get(inst.availabilityZone) ?? []), view]);
    }
    return {
      t: state.t,
      position: state.position,
      zones: [...zones].sort(([a], [b]) => a.localeCompare(b)).map(([name, instances]) => ({ name, instances })),
      fargate,
      waiting: state.waiting,
      desiredCount: state.desiredCount,
      current: state.current,
    };
  }
}

const playbacks = new WeakMap<SimulationResult, Playback>();

/** The playback of a run, made once per result. */
export function playbackOf(scenario: Scenario, result: SimulationResult): Playback {
  let p = playbacks.get(result);
  if (!p || p.scenario !== scenario) playbacks.set(result, (p = new Playback(scenario, result)));
  return p;
}

export function clusterAt(scenario: Scenario, result: SimulationResult, position: number): ClusterView {
  return playbackOf(scenario, result).at(position);
}

/** The taskPlaced event to explain at a position: the given one if placed by then, else the latest. */
export function placementToExplain(result: SimulationResult, position: number, selected: number | null): number | null {
  if (selected !== null && selected < position && result.decisions[selected]) return selected;
  for (let i = Math.min(position, result.trace.events.length) - 1; i >= 0; i--) {
    if (result.trace.events[i]?.type === 'taskPlaced' && result.decisions[i]) return i;
  }
  return null;
}

/** RUNNING tasks per revision in a view. */
export function countByRevision(view: ClusterView): Map<number, number> {
  const counts = new Map<number, number>();
  const all = [...view.zones.flatMap((z) => z.instances.flatMap((i) => i.tasks)), ...view.fargate];
  for (const t of all) if (t.status === 'RUNNING') counts.set(t.revision, (counts.get(t.revision) ?? 0) + 1);
  return counts;
}
