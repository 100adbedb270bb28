import type { PlacementConstraint, PlacementStrategy } from '../contracts/scenario.ts';
import type { Rng } from '../random.ts';
import { evaluateCql, parseCql, type CqlNode } from './cql.ts';
import { ClusterState, type InstanceState, type TaskSpec } from './cluster.ts';
import type { InstanceVerdict, PlacementDecision, ResourceShortfall, StrategyStep } from './decision.ts';
import { unplaceableReason, unschedulableReason } from './decision.ts';
import { RESERVED_PORTS } from './limits.ts';

const RESERVED = new Set(RESERVED_PORTS);

export type CompiledConstraint = { type: 'distinctInstance'; label: string } | { type: 'memberOf'; label: string; ast: CqlNode };

/** Placement strategies plus the Kubernetes scheduler's node scoring, used in kubernetes mode. */
export type EngineStrategy = PlacementStrategy | { type: 'nodeScore'; scoring: 'LeastAllocated' | 'MostAllocated' };

/** No strategy on a service: spread across Availability Zones, then the instance with the fewest tasks of the service. */
export const DEFAULT_SERVICE_STRATEGY: readonly EngineStrategy[] = [
  { type: 'spread', field: 'attribute:ecs.availability-zone' },
  { type: 'spread', field: 'instanceId' },
];

export interface PlacementRequest {
  taskId: string;
  group: string;
  revision: number;
  spec: TaskSpec;
  constraints: readonly CompiledConstraint[];
  strategies: readonly EngineStrategy[];
  /** Who is placing, for the unplaceable message: "service web" or "RunTask". */
  subject: string;
  /** Word the unplaceable reason as ECS (default) or as the Kubernetes scheduler does. */
  style?: 'ecs' | 'kubernetes';
}

export interface PlacementResult {
  instance: InstanceState | null;
  decision: PlacementDecision;
  /** Set when no instance could take the task. */
  reason?: string;
}

/** Parses memberOf expressions; an expression that does not parse is returned as an error, never thrown. */
export function compileConstraints(list: readonly PlacementConstraint[]): { constraints: CompiledConstraint[]; errors: string[] } {
  const constraints: CompiledConstraint[] = [];
  const errors: string[] = [];
  for (const c of list) {
    if (c.type === 'distinctInstance') {
      constraints.push({ type: 'distinctInstance', label: 'distinctInstance' });
      continue;
    }
    const parsed = parseCql(c.expression);
    if (parsed.ok) constraints.push({ type: 'memberOf', label: `memberOf(${c.expression})`, ast: parsed.ast });
    else errors.push(`memberOf "${c.expression}": ${parsed.error.message}`);
  }
  return { constraints, errors };
}

export function strategyLabel(s: EngineStrategy): string {
  if (s.type === 'random') return 'random';
  if (s.type === 'nodeScore') return s.scoring;
  return `${s.type}(${s.field})`;
}

/** Everything the instance lacks for the task; empty when it fits. */
export function resourceShortfalls(cluster: ClusterState, inst: InstanceState, spec: TaskSpec): ResourceShortfall[] {
  const out: ResourceShortfall[] = [];
  const cpuLeft = cluster.remainingCpu(inst);
  if (spec.cpu > cpuLeft) out.push({ resource: 'cpu', required: spec.cpu, available: cpuLeft, shortBy: spec.cpu - cpuLeft });
  const memLeft = cluster.remainingMemory(inst);
  if (spec.memory > memLeft) out.push({ resource: 'memory', required: spec.memory, available: memLeft, shortBy: spec.memory - memLeft });
  const taken = spec.staticPorts.filter((p) => inst.usedPorts.has(p) || RESERVED_PORTS.includes(p));
  const freeDynamic = cluster.freeDynamicPorts(inst);
  if (taken.length > 0) out.push({ resource: 'ports', required: [...spec.staticPorts], available: taken, shortBy: taken.length });
  else if (spec.dynamicPorts > freeDynamic) out.push({ resource: 'ports', required: spec.dynamicPorts, available: freeDynamic, shortBy: spec.dynamicPorts - freeDynamic });
  if (spec.eni) {
    const free = (inst.eniLimit ?? 0) - inst.enisUsed;
    if (free < 1) out.push({ resource: 'eni', required: 1, available: Math.max(0, free), shortBy: 1 - Math.max(0, free) });
  }
  return out;
}

/** Fast yes/no version of resourceShortfalls. */
export function fits(cluster: ClusterState, inst: InstanceState, spec: TaskSpec): boolean {
  if (spec.cpu > inst.cpu - inst.usedCpu || spec.memory > inst.memory - inst.usedMemory) return false;
  for (const p of spec.staticPorts) if (inst.usedPorts.has(p) || RESERVED.has(p)) return false;
  if (spec.dynamicPorts > cluster.freeDynamicPorts(inst)) return false;
  if (spec.eni && (inst.eniLimit ?? 0) - inst.enisUsed < 1) return false;
  return true;
}

/** The first constraint the instance does not meet, if any. */
export function violatedConstraint(inst: InstanceState, group: string, constraints: readonly CompiledConstraint[]): CompiledConstraint | undefined {
  for (const c of constraints) {
    if (c.type === 'distinctInstance') {
      if ((inst.groupCounts.get(group) ?? 0) > 0) return c;
      continue;
    }
    const ok = evaluateCql(c.ast, {
      instanceId: inst.id,
      attribute: (n) => inst.attributes[n],
      runningTasksCount: inst.activeTasks,
      taskGroups: [...inst.groupCounts].filter(([, n]) => n > 0).map(([g]) => g),
    });
    if (!ok) return c;
  }
  return undefined;
}

/** Kubernetes NodeResourcesFit score (0–100) for cpu and memory with equal weights. */
export function nodeScore(inst: InstanceState, spec: TaskSpec, scoring: 'LeastAllocated' | 'MostAllocated'): number {
  const one = (requested: number, capacity: number) => {
    if (capacity <= 0) return 0;
    const r = Math.min(requested, capacity);
    return scoring === 'LeastAllocated' ? Math.floor(((capacity - r) * 100) / capacity) : Math.floor((r * 100) / capacity);
  };
  return Math.floor((one(inst.usedCpu + spec.cpu, inst.cpu) + one(inst.usedMemory + spec.memory, inst.memory)) / 2);
}

function strategyValue(cluster: ClusterState, inst: InstanceState, req: PlacementRequest, s: EngineStrategy): number {
  switch (s.type) {
    case 'binpack':
      return s.field === 'cpu' ? cluster.remainingCpu(inst) - req.spec.cpu : cluster.remainingMemory(inst) - req.spec.memory;
    case 'spread':
      return cluster.countFor(inst, req.group, s.field);
    case 'nodeScore':
      return -nodeScore(inst, req.spec, s.scoring);
    case 'random':
      return 0;
  }
}

/** What a strategy compares, as shown in the decision summary. */
export function compared(s: EngineStrategy): string {
  switch (s.type) {
    case 'binpack':
      return `least ${s.field} left after placing`;
    case 'spread':
      return s.field === 'instanceId' || s.field === 'host' ? 'fewest tasks of the group on the instance' : `fewest tasks of the group in the ${s.field.slice('attribute:'.length)} value`;
    case 'nodeScore':
      return `highest ${s.scoring} score`;
    case 'random':
      return 'seeded random choice';
  }
}

/**
 * The order in which the seeded rng sees tied instances: grouped by the value of a leading
 * spread(attribute) strategy (values in order of first appearance in the cluster), then by instance
 * order. Any fixed order keeps the choice uniform; this one lets the indexed batch placement make
 * exactly the same picks.
 */
function tieOrder(cluster: ClusterState, tied: InstanceState[], strategies: readonly EngineStrategy[]): InstanceState[] {
  const first = strategies[0];
  if (first?.type !== 'spread' || !first.field.startsWith('attribute:')) return tied;
  const rank = new Map<string, number>();
  for (const inst of cluster.instances) {
    if (!inst.active) continue;
    const v = ClusterState.fieldValue(inst, first.field) ?? '';
    if (!rank.has(v)) rank.set(v, rank.size);
  }
  const rankOf = (inst: InstanceState) => rank.get(ClusterState.fieldValue(inst, first.field) ?? '') ?? 0;
  return [...tied].sort((a, b) => rankOf(a) - rankOf(b) || a.index - b.index);
}

/** How close a removed instance came: lower is closer (constraint-only failures beat resource shortfalls). */
function closeness(v: InstanceVerdict, inst: InstanceState): number {
  if (v.outcome !== 'removed') return Infinity;
  if (v.step === 'constraint') return 0;
  if (v.step !== 'resources') return Infinity;
  return v.shortfalls.reduce((sum, s) => {
    const cap = s.resource === 'cpu' ? inst.cpu : s.resource === 'memory' ? inst.memory : 1;
    return sum + 1 + s.shortBy / Math.max(1, cap);
  }, 0);
}

/**
 * Filters, applies constraints and strategies in order, breaks a remaining tie with the seeded rng.
 * With `explain` false the per-instance verdicts are left out (the choice and the strategy steps are
 * the same); an unplaceable task is always explained.
 */
export function placeTask(cluster: ClusterState, req: PlacementRequest, rng: Rng, explain = true): PlacementResult {
  // One verdict per instance, kept in instance order.
  const byIndex: Array<InstanceVerdict | undefined> = explain ? new Array<InstanceVerdict | undefined>(cluster.instances.length) : [];
  const record = explain
    ? (inst: InstanceState, v: InstanceVerdict) => {
        byIndex[inst.index] = v;
      }
    : () => {};
  let candidates: InstanceState[] = [];
  let afterResources = 0;
  let closest: InstanceVerdict | undefined;
  let closestScore = Infinity;
  for (const inst of cluster.instances) {
    if (!inst.active) continue;
    if (!explain) {
      if (!fits(cluster, inst, req.spec)) continue;
      afterResources++;
      if (!violatedConstraint(inst, req.group, req.constraints)) candidates.push(inst);
      continue;
    }
    let verdict: InstanceVerdict | undefined;
    const shortfalls = resourceShortfalls(cluster, inst, req.spec);
    if (shortfalls.length > 0) verdict = { instanceId: inst.id, outcome: 'removed', step: 'resources', shortfalls };
    else {
      afterResources++;
      const violated = violatedConstraint(inst, req.group, req.constraints);
      if (violated) verdict = { instanceId: inst.id, outcome: 'removed', step: 'constraint', constraint: violated.label };
    }
    if (verdict) {
      record(inst, verdict);
      const score = closeness(verdict, inst);
      if (score < closestScore) {
        closestScore = score;
        closest = verdict;
      }
    } else candidates.push(inst);
  }
  const afterConstraints = candidates.length;
  const steps: StrategyStep[] = [];
  for (const s of req.strategies) {
    if (candidates.length === 0) break;
    const before = candidates.length;
    if (s.type === 'random') {
      const pick = rng.pick(candidates);
      if (explain) for (const c of candidates) if (c !== pick) record(c, { instanceId: c.id, outcome: 'removed', step: 'strategy', strategy: 'random', value: 'not drawn', best: pick.id });
      candidates = [pick];
      steps.push({ strategy: 'random', before, after: 1, compared: compared(s), best: pick.id });
      continue;
    }
    const values = candidates.map((c) => strategyValue(cluster, c, req, s));
    let best = Infinity;
    for (const v of values) if (v < best) best = v;
    const kept: InstanceState[] = [];
    candidates.forEach((c, i) => {
      const v = values[i] as number;
      if (v === best) kept.push(c);
      else if (explain) record(c, { instanceId: c.id, outcome: 'removed', step: 'strategy', strategy: strategyLabel(s), value: s.type === 'nodeScore' ? -v : v, best: s.type === 'nodeScore' ? -best : best });
    });
    candidates = kept;
    steps.push({ strategy: strategyLabel(s), before, after: kept.length, compared: compared(s), best: s.type === 'nodeScore' ? -best : best });
  }
  let tieBreak: number | null = null;
  let chosen: InstanceState | null = null;
  if (candidates.length > 1) candidates = tieOrder(cluster, candidates, req.strategies);
  if (candidates.length > 0) {
    if (candidates.length > 1) tieBreak = candidates.length;
    chosen = candidates.length === 1 ? (candidates[0] as InstanceState) : rng.pick(candidates);
    for (const c of candidates) if (c !== chosen) record(c, { instanceId: c.id, outcome: 'removed', step: 'tiebreak' });
    record(chosen, { instanceId: chosen.id, outcome: 'chosen' });
  }
  const verdicts = explain ? byIndex.filter((v): v is InstanceVerdict => v !== undefined) : [];
  const decision: PlacementDecision = {
    taskId: req.taskId,
    group: req.group,
    revision: req.revision,
    requirement: { cpu: req.spec.cpu, memory: req.spec.memory, staticPorts: [...req.spec.staticPorts], dynamicPorts: req.spec.dynamicPorts, eni: req.spec.eni },
    instances: verdicts,
    afterResources,
    afterConstraints,
    strategies: steps,
    tieBreak,
    chosen: chosen?.id ?? null,
  };
  if (!chosen) {
    if (!explain) return placeTask(cluster, req, rng, true);
    return { instance: null, decision, reason: req.style === 'kubernetes' ? unschedulableReason(decision) : unplaceableReason(req.subject, closest) };
  }
  return { instance: chosen, decision };
}
