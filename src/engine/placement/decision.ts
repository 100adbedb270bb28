/** The structured answer to "Why here?" for one placement. */

export type Resource = 'cpu' | 'memory' | 'ports' | 'eni';

export interface ResourceShortfall {
  resource: Resource;
  /** What the task needs (CPU units, MiB, the port numbers or dynamic port count, 1 ENI). */
  required: number | number[];
  /** What the instance has left (for ports: the conflicting or reserved ports, or free dynamic ports). */
  available: number | number[];
  /** How much is missing (CPU units, MiB, number of ports, ENIs). */
  shortBy: number;
}

export type InstanceVerdict =
  | { instanceId: string; outcome: 'chosen' }
  | { instanceId: string; outcome: 'removed'; step: 'resources'; shortfalls: ResourceShortfall[] }
  /** constraint: "distinctInstance" or "memberOf(<expression>)". */
  | { instanceId: string; outcome: 'removed'; step: 'constraint'; constraint: string }
  | { instanceId: string; outcome: 'removed'; step: 'strategy'; strategy: string; value: number | string; best: number | string }
  | { instanceId: string; outcome: 'removed'; step: 'tiebreak' };

export interface StrategyStep {
  /** e.g. "spread(attribute:ecs.availability-zone)", "binpack(memory)", "LeastAllocated". */
  strategy: string;
  /** Candidates before and after this strategy. */
  before: number;
  after: number;
  /** What the strategy compared and the winning value, e.g. "fewest tasks of the group in the value" = 1. */
  compared: string;
  best: number | string | null;
}

export interface PlacementDecision {
  taskId: string;
  group: string;
  revision: number;
  requirement: { cpu: number; memory: number; staticPorts: number[]; dynamicPorts: number; eni: boolean };
  /** Every instance and what became of it. */
  instances: InstanceVerdict[];
  /** Candidates left after the resource filter and after the constraints. */
  afterResources: number;
  afterConstraints: number;
  strategies: StrategyStep[];
  /** How many candidates were still tied when the seeded random source chose, if it had to. */
  tieBreak: number | null;
  chosen: string | null;
  /** True when placement strategies and constraints did not apply (Fargate). */
  fargate?: boolean;
}

const RESOURCE_WORDS: Record<Resource, string> = {
  cpu: 'has insufficient CPU units available',
  memory: 'has insufficient memory available',
  ports: 'is already using a port required by your task',
  eni: 'has no free elastic network interface for an awsvpc task',
};

/** The ECS-style event text for a task no instance could take. */
export function unplaceableReason(subject: string, closest: InstanceVerdict | undefined): string {
  const head = `${subject} was unable to place a task because no container instance met all of its requirements.`;
  if (!closest) return `${head} Reason: No Container Instances were found in your cluster.`;
  if (closest.outcome === 'removed' && closest.step === 'resources') {
    const parts = closest.shortfalls.map((s) => {
      if (s.resource === 'ports' && Array.isArray(s.available) && s.available.length > 0) {
        return `${RESOURCE_WORDS.ports} (${s.available.join(', ')})`;
      }
      if (s.resource === 'ports') return 'has no free dynamic host port';
      return `${RESOURCE_WORDS[s.resource]} (needs ${String(s.required)}, has ${String(s.available)})`;
    });
    return `${head} The closest matching container-instance ${closest.instanceId} ${parts.join(' and ')}.`;
  }
  if (closest.outcome === 'removed' && closest.step === 'constraint') {
    const kind = closest.constraint.startsWith('memberOf') ? 'MemberOf' : 'DistinctInstance';
    return `${head} The closest matching container-instance ${closest.instanceId} encountered error "${kind} constraint unsatisfied."`;
  }
  return head;
}

/** The kube-scheduler's wording for a pod no node can take: "0/3 nodes are available: 3 Insufficient cpu." */
export function unschedulableReason(decision: PlacementDecision): string {
  const counts = new Map<string, number>();
  const add = (why: string) => counts.set(why, (counts.get(why) ?? 0) + 1);
  for (const v of decision.instances) {
    if (v.outcome !== 'removed' || v.step !== 'resources') continue;
    for (const s of v.shortfalls) {
      if (s.resource === 'cpu') add('Insufficient cpu');
      else if (s.resource === 'memory') add('Insufficient memory');
      else if (s.resource === 'ports') add("node(s) didn't have free ports for the requested pod ports");
    }
  }
  const parts = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([why, n]) => `${n} ${why}`);
  return `0/${decision.instances.length} nodes are available${parts.length > 0 ? `: ${parts.join(', ')}` : ''}.`;
}

/** A one-line summary for the taskPlaced event's `why`. */
export function whyText(decision: PlacementDecision): string {
  if (decision.fargate) return 'Fargate: placement strategies and constraints do not apply; the task gets its own ENI';
  const steps = decision.strategies.map((s) => s.strategy).join(' then ');
  const last = decision.strategies[decision.strategies.length - 1];
  const detail = last ? `${plural(last.before)}, ${last.compared}${last.best === null ? '' : ` (${String(last.best)})`}` : plural(decision.afterConstraints);
  const tie = decision.tieBreak !== null ? `; seeded random pick among ${decision.tieBreak} tied` : '';
  return `${steps || 'no strategy'}: ${detail}${tie}`;
}

function plural(n: number): string {
  return `${n} candidate${n === 1 ? '' : 's'}`;
}
