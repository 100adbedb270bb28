/**
 * The cluster as it stands after the first `position` events of a trace. The engine decided
 * everything; this only replays its events (placed, running, healthy, stopping, stopped) on top of
 * the first snapshot so the screen can show any point of the timeline.
 */
import type { Scenario } from '@/content/scenarioSchema';
import type { SimulationResult, TraceEvent } from '@/engine/deployment';
import { taskSpec } from '@/engine/deployment/taskSpec';
import type { TaskSpec } from '@/engine/placement/cluster';
import { eniTaskLimit } from '@/engine/placement/limits';

export type ViewStatus = 'PENDING' | 'RUNNING' | 'STOPPING' | 'STOPPED';

export interface ViewTask {
  taskId: string;
  instanceId: string;
  revision: number;
  status: ViewStatus;
  healthy: boolean;
  /** It failed its health checks (or its essential container exited). */
  failed: boolean;
  spec: TaskSpec;
  /** Index of the taskPlaced event, for "Why here?" (undefined for tasks that were already running). */
  placedBy: number | undefined;
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
  desiredCount: number | undefined;
  /** The event just applied (position − 1), if any. */
  current: TraceEvent | undefined;
}

const STATUS_AFTER: Partial<Record<TraceEvent['type'], ViewStatus>> = {
  taskRunning: 'RUNNING',
  taskStopping: 'STOPPING',
  taskStopped: 'STOPPED',
};

function eventTaskId(e: TraceEvent): string | undefined {
  return 'taskId' in e ? e.taskId : undefined;
}

export function clusterAt(scenario: Scenario, result: SimulationResult, position: number): ClusterView {
  const { events, snapshots } = result.trace;
  const at = Math.max(0, Math.min(position, events.length));
  const serviceSpec = taskSpec(scenario);
  const existing = new Map((scenario.existingTasks ?? []).map((e) => [e.taskId, e]));
  const tasks = new Map<string, ViewTask>();
  for (const s of snapshots[0]?.tasks ?? []) {
    const e = existing.get(s.taskId);
    const spec: TaskSpec = e ? { cpu: e.cpu, memory: e.memory, staticPorts: e.hostPorts, dynamicPorts: 0, eni: scenario.taskDefinition.networkMode === 'awsvpc' } : serviceSpec;
    tasks.set(s.taskId, { ...s, failed: false, spec, placedBy: undefined, changed: false });
  }
  const stopped = new Set<string>();
  let desiredCount: number | undefined;
  for (let i = 0; i < at; i++) {
    const e = events[i] as TraceEvent;
    const last = i === at - 1;
    if (e.type === 'taskPlaced') {
      const req = result.decisions[i]?.requirement;
      const spec = req ? { cpu: req.cpu, memory: req.memory, staticPorts: req.staticPorts, dynamicPorts: req.dynamicPorts, eni: req.eni } : serviceSpec;
      tasks.set(e.taskId, { taskId: e.taskId, instanceId: e.instanceId, revision: e.revision, status: 'PENDING', healthy: false, failed: false, spec, placedBy: i, changed: last });
      continue;
    }
    if (e.type === 'instanceStopped') stopped.add(e.instanceId);
    if (e.type === 'serviceScaled') desiredCount = e.desiredCount;
    const id = eventTaskId(e);
    const task = id === undefined ? undefined : tasks.get(id);
    if (!task) continue;
    const status = STATUS_AFTER[e.type];
    if (status) task.status = status;
    if (e.type === 'taskHealthy') task.healthy = true;
    if (e.type === 'taskUnhealthy') task.failed = true;
    if (status === 'STOPPING' || status === 'STOPPED') task.healthy = false;
    if (status === 'STOPPED' && !last) tasks.delete(task.taskId);
    task.changed = last;
  }
  const instances: ViewInstance[] = scenario.cluster.instances.map((inst) => ({
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
    usesEni: serviceSpec.eni,
    active: !stopped.has(inst.id),
    tasks: [],
  }));
  const byId = new Map(instances.map((i) => [i.id, i]));
  const fargate: ViewTask[] = [];
  for (const task of tasks.values()) {
    const inst = byId.get(task.instanceId);
    if (!inst) {
      fargate.push(task);
      continue;
    }
    inst.tasks.push(task);
    // A STOPPING task still holds its CPU, memory, ports and ENI; a STOPPED one has released them.
    if (task.status === 'STOPPED') continue;
    inst.usedCpu += task.spec.cpu;
    inst.usedMemory += task.spec.memory;
    inst.staticPorts.push(...task.spec.staticPorts);
    inst.dynamicPorts += task.spec.dynamicPorts;
    if (task.spec.eni) inst.enisUsed++;
  }
  const zones = new Map<string, ViewInstance[]>();
  for (const inst of instances) zones.set(inst.availabilityZone, [...(zones.get(inst.availabilityZone) ?? []), inst]);
  return {
    t: at > 0 ? (events[at - 1] as TraceEvent).t : 0,
    position: at,
    zones: [...zones].sort(([a], [b]) => a.localeCompare(b)).map(([name, list]) => ({ name, instances: list })),
    fargate,
    desiredCount,
    current: at > 0 ? events[at - 1] : undefined,
  };
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
