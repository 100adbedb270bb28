import { describe, expect, it } from 'vitest';
import { compileConstraints, DEFAULT_SERVICE_STRATEGY } from '@/engine/placement/placeTask';
import { chooseTaskToStop } from '@/engine/placement/scaleIn';
import { createRng } from '@/engine/random';
import { ClusterState, instance, placeMany, spec } from './helpers';
// `=~` and `!~` are matched by re2js, installed by this import (the app loads it only where needed).
import '@/engine/placement/re2';

const AZ_SPREAD = { type: 'spread', field: 'attribute:ecs.availability-zone' } as const;

describe('binpack', () => {
  it('chooses the instance left with the least of the field', () => {
    const cluster = new ClusterState([instance('8g', 'a', 4096, 8192), instance('4g', 'a', 4096, 4096), instance('6g', 'a', 4096, 6144)]);
    // 1 GiB tasks: 4g fills first (4 tasks), then 6g (6 tasks), then 8g.
    const { ids } = placeMany(cluster, 11, spec(64, 1024), [{ type: 'binpack', field: 'memory' }]);
    expect(ids).toEqual([...Array(4).fill('4g'), ...Array(6).fill('6g'), '8g']);
  });

  it('binpacks on CPU when asked', () => {
    const cluster = new ClusterState([instance('big-cpu', 'a', 4096, 1024), instance('small-cpu', 'a', 1024, 8192)]);
    expect(placeMany(cluster, 1, spec(256, 256), [{ type: 'binpack', field: 'cpu' }]).ids).toEqual(['small-cpu']);
  });
});

describe('spread', () => {
  it('balances the tasks of the group over the values of the field', () => {
    const cluster = new ClusterState([instance('a1', 'us-east-1a', 4096, 8192), instance('a2', 'us-east-1a', 4096, 8192), instance('b1', 'us-east-1b', 4096, 8192)]);
    const { ids } = placeMany(cluster, 4, spec(128, 128), [AZ_SPREAD]);
    const inA = ids.filter((x) => x === 'a1' || x === 'a2').length;
    expect(inA).toBe(2);
    expect(ids.filter((x) => x === 'b1')).toHaveLength(2);
  });

  it('counts only tasks of the same group', () => {
    const cluster = new ClusterState([instance('a1', 'us-east-1a', 4096, 8192), instance('b1', 'us-east-1b', 4096, 8192)]);
    placeMany(cluster, 3, spec(128, 128), [{ type: 'spread', field: 'instanceId' }], [], createRng(3), 'service:other');
    const other = cluster.instances.map((i) => i.groupCounts.get('service:other') ?? 0);
    expect(other.reduce((a, b) => a + b)).toBe(3);
    const { ids } = placeMany(cluster, 2, spec(128, 128), [{ type: 'spread', field: 'instanceId' }]);
    expect([...ids].sort()).toEqual(['a1', 'b1']);
  });

  it('spread on a custom attribute', () => {
    const cluster = new ClusterState([
      instance('x1', 'a', 4096, 8192, { attributes: { rack: 'r1' } }),
      instance('x2', 'a', 4096, 8192, { attributes: { rack: 'r1' } }),
      instance('y1', 'a', 4096, 8192, { attributes: { rack: 'r2' } }),
    ]);
    const { ids } = placeMany(cluster, 2, spec(128, 128), [{ type: 'spread', field: 'attribute:rack' }]);
    expect(ids).toContain('y1');
  });
});

describe('random and ties', () => {
  it('the same seed gives the same choices and another seed may differ', () => {
    const run = (seed: number) => {
      const cluster = new ClusterState(Array.from({ length: 10 }, (_, i) => instance(`i-${i}`, 'a', 4096, 8192)));
      return placeMany(cluster, 20, spec(16, 16), [{ type: 'random' }], [], createRng(seed)).ids;
    };
    expect(run(42)).toEqual(run(42));
    const seeds = [1, 2, 3, 4, 5].map(run).map((x) => x.join());
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it('random still respects resources', () => {
    const cluster = new ClusterState([instance('tiny', 'a', 64, 64), instance('ok', 'a', 4096, 8192)]);
    const { ids } = placeMany(cluster, 5, spec(128, 128), [{ type: 'random' }]);
    expect(ids.every((x) => x === 'ok')).toBe(true);
  });
});

describe('an ordered list of strategies', () => {
  it('each strategy narrows the tie set of the one before: spread AZ then binpack memory', () => {
    const cluster = new ClusterState([
      instance('a-big', 'us-east-1a', 4096, 8192),
      instance('a-small', 'us-east-1a', 4096, 4096),
      instance('b-big', 'us-east-1b', 4096, 8192),
      instance('b-small', 'us-east-1b', 4096, 4096),
    ]);
    const { ids, results } = placeMany(cluster, 4, spec(128, 1024), [AZ_SPREAD, { type: 'binpack', field: 'memory' }]);
    expect([...ids].sort()).toEqual(['a-small', 'a-small', 'b-small', 'b-small']);
    // The second task: spread keeps the zone without a task (2 of 4 candidates), binpack keeps its small instance.
    const second = results[1]!.decision;
    expect(second.strategies.map((s) => [s.strategy, s.before, s.after])).toEqual([
      ['spread(attribute:ecs.availability-zone)', 4, 2],
      ['binpack(memory)', 2, 1],
    ]);
    expect(second.tieBreak).toBeNull();
    const removedBySpread = second.instances.filter((v) => v.outcome === 'removed' && v.step === 'strategy' && v.strategy.startsWith('spread'));
    expect(removedBySpread).toHaveLength(2);
    expect(removedBySpread[0]).toMatchObject({ value: 1, best: 0 });
  });

  it('the default service placement spreads over zones, then picks the instance with the fewest tasks', () => {
    const cluster = new ClusterState([instance('a1', 'us-east-1a', 4096, 8192), instance('a2', 'us-east-1a', 4096, 8192), instance('b1', 'us-east-1b', 4096, 8192)]);
    const { ids } = placeMany(cluster, 4, spec(128, 128), DEFAULT_SERVICE_STRATEGY);
    expect(ids.filter((x) => x === 'b1')).toHaveLength(2);
    expect(ids.filter((x) => x === 'a1')).toHaveLength(1);
    expect(ids.filter((x) => x === 'a2')).toHaveLength(1);
  });

  it('records a decision for every instance', () => {
    const cluster = new ClusterState([instance('full', 'a', 64, 64), instance('b', 'b', 4096, 8192), instance('c', 'c', 4096, 8192)]);
    const { results } = placeMany(cluster, 1, spec(128, 128), DEFAULT_SERVICE_STRATEGY);
    const d = results[0]!.decision;
    expect(d.instances.map((v) => v.instanceId)).toEqual(['full', 'b', 'c']);
    expect(d.instances[0]).toMatchObject({ outcome: 'removed', step: 'resources' });
    expect(d.afterResources).toBe(2);
    expect(d.tieBreak).toBe(2);
    expect(d.instances.filter((v) => v.outcome === 'chosen')).toHaveLength(1);
    expect(d.instances.filter((v) => v.outcome === 'removed' && v.step === 'tiebreak')).toHaveLength(1);
  });
});

describe('constraints', () => {
  it('distinctInstance puts at most one task of the group on an instance', () => {
    const cluster = new ClusterState([instance('a', 'a', 4096, 8192), instance('b', 'b', 4096, 8192)]);
    const { constraints } = compileConstraints([{ type: 'distinctInstance' }]);
    const { ids, results } = placeMany(cluster, 3, spec(128, 128), [{ type: 'binpack', field: 'memory' }], constraints);
    expect([...ids.slice(0, 2)].sort()).toEqual(['a', 'b']);
    expect(ids[2]).toBeNull();
    expect(results[2]!.reason).toContain('DistinctInstance constraint unsatisfied');
  });

  it('memberOf keeps only the instances the expression matches', () => {
    const cluster = new ClusterState([instance('m5', 'a', 8192, 16384, { instanceType: 'm5.xlarge' }), instance('t3', 'a', 2048, 4096, { instanceType: 't3.medium' })]);
    const { constraints, errors } = compileConstraints([{ type: 'memberOf', expression: 'attribute:ecs.instance-type =~ t3.*' }]);
    expect(errors).toEqual([]);
    const { ids, results } = placeMany(cluster, 2, spec(128, 128), [{ type: 'binpack', field: 'memory' }], constraints);
    expect(ids).toEqual(['t3', 't3']);
    expect(results[0]!.decision.instances[0]).toEqual({ instanceId: 'm5', outcome: 'removed', step: 'constraint', constraint: 'memberOf(attribute:ecs.instance-type =~ t3.*)' });
  });

  it('returns a syntax error as a value instead of throwing', () => {
    const { constraints, errors } = compileConstraints([{ type: 'memberOf', expression: 'attribute:x ==' }]);
    expect(constraints).toEqual([]);
    expect(errors[0]).toContain('at character 15');
  });
});

describe('unplaceable tasks', () => {
  it('names the closest instance and what it lacked', () => {
    const cluster = new ClusterState([instance('far', 'a', 128, 128), instance('close', 'a', 4096, 1000)]);
    const { results } = placeMany(cluster, 1, spec(256, 1024), DEFAULT_SERVICE_STRATEGY);
    expect(results[0]!.instance).toBeNull();
    expect(results[0]!.reason).toBe(
      'service web was unable to place a task because no container instance met all of its requirements. The closest matching container-instance close has insufficient memory available (needs 1024, has 1000).',
    );
  });

  it('says so when the cluster has no instances', () => {
    const { results } = placeMany(new ClusterState([]), 1, spec(256, 1024), DEFAULT_SERVICE_STRATEGY);
    expect(results[0]!.reason).toContain('No Container Instances were found in your cluster');
  });
});

describe('scale-in', () => {
  const tasksOn = (cluster: ClusterState, layout: Record<string, number>) => {
    const out: Array<{ taskId: string; instance: ClusterState['instances'][number]; spec: ReturnType<typeof spec> }> = [];
    for (const [id, n] of Object.entries(layout)) {
      const inst = cluster.get(id)!;
      for (let i = 0; i < n; i++) {
        const s = spec(128, 512);
        cluster.occupy(inst, s);
        cluster.join(inst, 'service:web');
        out.push({ taskId: `${id}-${i}`, instance: inst, spec: s });
      }
    }
    return out;
  };

  it('default: stops a task in the zone with the most tasks, then on the instance with the most', () => {
    const cluster = new ClusterState([instance('a1', 'us-east-1a', 4096, 8192), instance('a2', 'us-east-1a', 4096, 8192), instance('b1', 'us-east-1b', 4096, 8192)]);
    const tasks = tasksOn(cluster, { a1: 2, a2: 1, b1: 2 });
    expect(chooseTaskToStop(cluster, tasks, 'service:web', DEFAULT_SERVICE_STRATEGY, createRng(1))?.instance.id).toBe('a1');
  });

  it('binpack: stops the task on the instance that has the most free memory after the stop', () => {
    const cluster = new ClusterState([instance('big', 'a', 4096, 16384), instance('small', 'a', 4096, 2048)]);
    const tasks = tasksOn(cluster, { big: 1, small: 2 });
    expect(chooseTaskToStop(cluster, tasks, 'service:web', [{ type: 'binpack', field: 'memory' }], createRng(1))?.instance.id).toBe('big');
  });
});
