import type { ScenarioInstance } from '../contracts/scenario.ts';
import { DYNAMIC_PORT_COUNT, eniTaskLimit } from './limits.ts';

/** What one task needs from the instance it runs on. */
export interface TaskSpec {
  /** CPU units (1024 = 1 vCPU). */
  cpu: number;
  /** MiB reserved: task-level memory, else the sum of each container's memoryReservation (or memory). */
  memory: number;
  /** Static host ports (bridge/host mode), each usable by one task per instance. */
  staticPorts: readonly number[];
  /** How many dynamic host ports (hostPort 0 or absent in bridge mode) the task takes. */
  dynamicPorts: number;
  /** awsvpc: the task needs its own ENI on the instance. */
  eni: boolean;
}

/** A container instance (a node, in kubernetes mode) and what is in use on it. */
export interface InstanceState {
  index: number;
  id: string;
  instanceType: string;
  availabilityZone: string;
  cpu: number;
  memory: number;
  /** Built-in ecs.* attributes plus the scenario's custom attributes. */
  attributes: Readonly<Record<string, string>>;
  /** awsvpc tasks this instance can hold (undefined: not known for its type). */
  eniLimit: number | undefined;
  usedCpu: number;
  usedMemory: number;
  usedPorts: Set<number>;
  dynamicPortsUsed: number;
  enisUsed: number;
  /** Tasks placed here that are PENDING or RUNNING (STOPPING tasks no longer count). */
  activeTasks: number;
  groupCounts: Map<string, number>;
  /** False once the instance has been stopped. */
  active: boolean;
}

const DYNAMIC_PORTS = DYNAMIC_PORT_COUNT;

/** "attribute:NAME" → NAME, so hot paths do not slice strings. */
const ATTRIBUTE_NAMES = new Map<string, string>();

/**
 * The cluster's instances with incremental usage counts. Resources (`occupy`/`release`) and group
 * membership (`join`/`leave`) are tracked separately: a STOPPING task still holds its CPU, memory,
 * ports and ENI but no longer counts for spread or distinctInstance.
 */
export class ClusterState {
  readonly instances: InstanceState[];
  private readonly byId = new Map<string, InstanceState>();
  /** group → field → value → number of active tasks of the group on instances with that value. */
  private readonly spreadCounts = new Map<string, Map<string, Map<string, number>>>();

  constructor(instances: readonly ScenarioInstance[]) {
    this.instances = instances.map((inst, index) => ({
      index,
      id: inst.id,
      instanceType: inst.instanceType,
      availabilityZone: inst.availabilityZone,
      cpu: inst.cpu,
      memory: inst.memory,
      attributes: {
        'ecs.instance-type': inst.instanceType,
        'ecs.availability-zone': inst.availabilityZone,
        'ecs.os-type': 'linux',
        ...(inst.attributes ?? {}),
      },
      eniLimit: eniTaskLimit(inst.instanceType, inst.eniTrunking ?? false),
      usedCpu: 0,
      usedMemory: 0,
      usedPorts: new Set<number>(),
      dynamicPortsUsed: 0,
      enisUsed: 0,
      activeTasks: 0,
      groupCounts: new Map<string, number>(),
      active: true,
    }));
    for (const inst of this.instances) this.byId.set(inst.id, inst);
  }

  /** Empties the cluster: no tasks, every instance active (reuses the instances for another replay). */
  clear(): void {
    for (const inst of this.instances) {
      inst.usedCpu = 0;
      inst.usedMemory = 0;
      inst.usedPorts.clear();
      inst.dynamicPortsUsed = 0;
      inst.enisUsed = 0;
      inst.activeTasks = 0;
      inst.groupCounts.clear();
      inst.active = true;
    }
    this.spreadCounts.clear();
  }

  get(id: string): InstanceState | undefined {
    return this.byId.get(id);
  }

  /** The value of a spread field (instanceId, host or attribute:NAME) on an instance. */
  static fieldValue(inst: InstanceState, field: string): string | undefined {
    if (field === 'instanceId' || field === 'host') return inst.id;
    let name = ATTRIBUTE_NAMES.get(field);
    if (name === undefined) {
      name = field.startsWith('attribute:') ? field.slice('attribute:'.length) : '';
      ATTRIBUTE_NAMES.set(field, name);
    }
    return name ? inst.attributes[name] : undefined;
  }

  /** Active tasks of `group` that share the instance's value of `field` (the spread count). */
  countFor(inst: InstanceState, group: string, field: string): number {
    if (field === 'instanceId' || field === 'host') return inst.groupCounts.get(group) ?? 0;
    return this.spreadCount(group, field, ClusterState.fieldValue(inst, field) ?? '');
  }

  occupy(inst: InstanceState, spec: TaskSpec): void {
    inst.usedCpu += spec.cpu;
    inst.usedMemory += spec.memory;
    for (const p of spec.staticPorts) inst.usedPorts.add(p);
    inst.dynamicPortsUsed += spec.dynamicPorts;
    if (spec.eni) inst.enisUsed += 1;
  }

  release(inst: InstanceState, spec: TaskSpec): void {
    inst.usedCpu -= spec.cpu;
    inst.usedMemory -= spec.memory;
    for (const p of spec.staticPorts) inst.usedPorts.delete(p);
    inst.dynamicPortsUsed -= spec.dynamicPorts;
    if (spec.eni) inst.enisUsed -= 1;
  }

  join(inst: InstanceState, group: string): void {
    this.adjustGroup(inst, group, 1);
  }

  leave(inst: InstanceState, group: string): void {
    this.adjustGroup(inst, group, -1);
  }

  private adjustGroup(inst: InstanceState, group: string, delta: number): void {
    inst.activeTasks += delta;
    inst.groupCounts.set(group, (inst.groupCounts.get(group) ?? 0) + delta);
    const fields = this.spreadCounts.get(group);
    if (!fields) return;
    for (const [field, counts] of fields) {
      const value = ClusterState.fieldValue(inst, field) ?? '';
      counts.set(value, (counts.get(value) ?? 0) + delta);
    }
  }

  /** Active tasks of `group` on instances whose `field` has `value`; maintained incrementally. */
  spreadCount(group: string, field: string, value: string): number {
    return this.spreadCounter(group, field).get(value) ?? 0;
  }

  /** The live value → count map behind spreadCount (kept up to date by join and leave). */
  spreadCounter(group: string, field: string): ReadonlyMap<string, number> {
    let fields = this.spreadCounts.get(group);
    if (!fields) {
      fields = new Map();
      this.spreadCounts.set(group, fields);
    }
    let counts = fields.get(field);
    if (!counts) {
      counts = new Map();
      for (const inst of this.instances) {
        const n = inst.groupCounts.get(group) ?? 0;
        if (n === 0) continue;
        const v = ClusterState.fieldValue(inst, field) ?? '';
        counts.set(v, (counts.get(v) ?? 0) + n);
      }
      fields.set(field, counts);
    }
    return counts;
  }

  remainingCpu(inst: InstanceState): number {
    return inst.cpu - inst.usedCpu;
  }

  remainingMemory(inst: InstanceState): number {
    return inst.memory - inst.usedMemory;
  }

  freeDynamicPorts(inst: InstanceState): number {
    return DYNAMIC_PORTS - inst.dynamicPortsUsed;
  }
}
