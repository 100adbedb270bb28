import type { Diagram } from '@/content/diagramSchema';
// `=~` and `!~` are matched by re2js, installed by this import (the app loads it only where needed).
import '@/engine/placement/re2';

/** One container instance as a question's stem describes it. */
export interface StemInstance {
  id: string;
  zone: string;
  /** Tasks of the group already on it. */
  tasks: number;
  /** MiB of memory left. */
  free: number;
}

export type StemStrategy = 'binpack-memory' | 'spread-instance' | 'spread-zone-then-binpack';

/**
 * ECS placement worked out by hand from what a stem says (independently of the engine): keep the
 * instances with enough memory, then binpack (least memory left) or spread (fewest tasks of the group
 * per instance, or per zone and then binpack). Returns the one instance chosen.
 */
export function placementOracle(instances: readonly StemInstance[], need: number, strategy: StemStrategy): string {
  let pool = instances.filter((i) => i.free >= need);
  const binpack = (list: StemInstance[]) => list.filter((i) => i.free === Math.min(...list.map((x) => x.free)));
  if (strategy === 'binpack-memory') pool = binpack(pool);
  else if (strategy === 'spread-instance') pool = pool.filter((i) => i.tasks === Math.min(...pool.map((x) => x.tasks)));
  else {
    const perZone = (z: string) => instances.filter((i) => i.zone === z).reduce((s, i) => s + i.tasks, 0);
    const fewest = Math.min(...pool.map((i) => perZone(i.zone)));
    pool = binpack(pool.filter((i) => perZone(i.zone) === fewest));
  }
  if (pool.length !== 1) throw new Error(`the stem leaves ${pool.length} instances, not one`);
  return pool[0]!.id;
}

/** The diagram with `action` added to the IAM role named `roleName`, as a learner would fix it. */
export function grant(d: Diagram, roleName: string, action: string): Diagram {
  return {
    ...d,
    nodes: d.nodes.map((n) => (n.kind === 'iam-role' && n.props.roleName === roleName ? { ...n, props: { ...n.props, actions: [...n.props.actions, action] } } : n)),
  };
}

/**
 * IAM's decision for one call, worked out by hand from the statements a stem lists: any matching Deny
 * wins, then any matching Allow, else an implicit deny. `*` in an action or resource matches any run
 * of characters; actions compare without case, resources with case.
 */
export function iamOracle(statements: readonly { effect: 'allows' | 'denies'; actions: string[]; resources: string[] }[], action: string, resource: string): 'allowed' | 'denied' {
  const glob = (pattern: string, value: string, caseless: boolean) => {
    const [p, v] = caseless ? [pattern.toLowerCase(), value.toLowerCase()] : [pattern, value];
    const parts = p.split('*');
    if (parts.length === 1) return p === v;
    if (!v.startsWith(parts[0]!) || !v.endsWith(parts[parts.length - 1]!)) return false;
    let at = parts[0]!.length;
    for (const mid of parts.slice(1, -1)) {
      const found = v.indexOf(mid, at);
      if (found < 0) return false;
      at = found + mid.length;
    }
    return at <= v.length - parts[parts.length - 1]!.length;
  };
  const matching = statements.filter((s) => s.actions.some((a) => glob(a, action, true)) && s.resources.some((r) => glob(r, resource, false)));
  if (matching.some((s) => s.effect === 'denies')) return 'denied';
  return matching.some((s) => s.effect === 'allows') ? 'allowed' : 'denied';
}

/**
 * Fargate task sizes as the Amazon ECS Developer Guide lists them ("Task CPU and memory"), in MiB:
 * 0.25 vCPU 512, 1024, 2048; 0.5 vCPU 1–4 GB; 1 vCPU 2–8 GB; 2 vCPU 4–16 GB; 4 vCPU 8–30 GB, each by
 * 1 GB; 8 vCPU 16–60 GB by 4 GB; 16 vCPU 32–120 GB by 8 GB.
 */
export function fargateOracle(cpu: number, memory: number): boolean {
  const gb = memory / 1024;
  switch (cpu) {
    case 256:
      return [512, 1024, 2048].includes(memory);
    case 512:
      return Number.isInteger(gb) && gb >= 1 && gb <= 4;
    case 1024:
      return Number.isInteger(gb) && gb >= 2 && gb <= 8;
    case 2048:
      return Number.isInteger(gb) && gb >= 4 && gb <= 16;
    case 4096:
      return Number.isInteger(gb) && gb >= 8 && gb <= 30;
    case 8192:
      return Number.isInteger(gb) && gb >= 16 && gb <= 60 && gb % 4 === 0;
    case 16384:
      return Number.isInteger(gb) && gb >= 32 && gb <= 120 && gb % 8 === 0;
    default:
      return false;
  }
}

/** One instance as a CQL stem lists it. */
export interface CqlStemInstance {
  id: string;
  type: string;
  zone: string;
  stack: string;
}

/**
 * Evaluates the expressions the CQL generator writes, by hand: one or two comparisons joined by "and"
 * or "or", optionally inside "not ( … )". Comparisons: =~ (a pattern, whole value), ==, !=, in and
 * !in lists.
 */
export function cqlOracle(expression: string, inst: CqlStemInstance): boolean {
  const negated = /^not \((.*)\)$/.exec(expression);
  if (negated) return !cqlOracle(negated[1]!, inst);
  const [joiner] = / (and|or) (?![^[]*\])/.exec(expression) ?? [];
  if (joiner) {
    const at = expression.indexOf(joiner);
    const left = cqlOracle(expression.slice(0, at), inst);
    const right = cqlOracle(expression.slice(at + joiner.length), inst);
    return joiner.trim() === 'and' ? left && right : left || right;
  }
  const m = /^attribute:(\S+) (=~|==|!=|in|!in) (.+)$/.exec(expression.trim());
  if (!m) throw new Error(`unexpected comparison: ${expression}`);
  const value = { 'ecs.instance-type': inst.type, 'ecs.availability-zone': inst.zone, stack: inst.stack }[m[1]!]!;
  const arg = m[3]!;
  const list = () => arg.replace(/^\[|\]$/g, '').split(', ');
  switch (m[2]) {
    case '=~':
      return new RegExp(`^${arg}$`).test(value);
    case '==':
      return value === arg;
    case '!=':
      return value !== arg;
    case 'in':
      return list().includes(value);
    default:
      return !list().includes(value);
  }
}

/**
 * Task ENIs an instance takes, from the Amazon ECS Developer Guide's table of ENI trunking limits
 * (without / with trunking) for the types the generator offers; T3 types do not support trunking.
 */
export const ENI_LIMITS: Record<string, [number, number]> = {
  't3.large': [2, 2], 't3.xlarge': [3, 3], 't3.2xlarge': [3, 3],
  'm5.large': [2, 10], 'm5.xlarge': [3, 20], 'm5.2xlarge': [3, 40], 'm5.4xlarge': [7, 60],
  'c5.large': [2, 10], 'c5.xlarge': [3, 20], 'c5.2xlarge': [3, 40], 'c5.4xlarge': [7, 60],
  'r5.large': [2, 10], 'r5.xlarge': [3, 20], 'r5.2xlarge': [3, 40],
};

/**
 * The instance whose task a scale-in by one stops, by the documented rule: the Availability Zone with
 * the most tasks of the service, then the instance there with the most. Throws on a tie (the stem
 * would have no single answer).
 */
export function scaleInOracle(instances: readonly { id: string; zone: string; tasks: number }[]): string {
  const perZone = new Map<string, number>();
  for (const i of instances) perZone.set(i.zone, (perZone.get(i.zone) ?? 0) + i.tasks);
  const top = Math.max(...perZone.values());
  const zones = [...perZone].filter(([, n]) => n === top);
  if (zones.length !== 1) throw new Error('two zones tie');
  const inZone = instances.filter((i) => i.zone === zones[0]![0]);
  const most = Math.max(...inZone.map((i) => i.tasks));
  const picks = inZone.filter((i) => i.tasks === most);
  if (picks.length !== 1) throw new Error('two instances tie');
  return picks[0]!.id;
}
