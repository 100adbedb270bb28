import type { Diagram } from '@/content/diagramSchema';

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
