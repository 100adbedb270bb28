import { describe, expect, it } from 'vitest';
import { resolveRollingUpdate } from '@/engine/deployment/kubernetes';
import { simulate } from '@/engine/deployment/simulate';
import { ecsScenario } from './helpers';

const nodes = [
  { id: 'n1', instanceType: 'm5.xlarge', availabilityZone: 'us-east-1a', cpu: 4000, memory: 16000 },
  { id: 'n2', instanceType: 'm5.xlarge', availabilityZone: 'us-east-1b', cpu: 4000, memory: 16000 },
  { id: 'n3', instanceType: 'm5.xlarge', availabilityZone: 'us-east-1c', cpu: 4000, memory: 16000 },
];

function k8s(replicas: number, maxSurge: string | number, maxUnavailable: string | number, actions?: unknown[]) {
  return ecsScenario({
    mode: 'kubernetes',
    instances: nodes,
    kubernetes: { replicas, strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge, maxUnavailable } } },
    ...(actions ? { actions } : {}),
  });
}

describe('maxSurge and maxUnavailable', () => {
  it('maxSurge rounds up, maxUnavailable rounds down', () => {
    expect(resolveRollingUpdate(10, '25%', '25%')).toEqual({ surge: 3, unavailable: 2 });
    expect(resolveRollingUpdate(4, '25%', '25%')).toEqual({ surge: 1, unavailable: 1 });
    expect(resolveRollingUpdate(3, '25%', '25%')).toEqual({ surge: 1, unavailable: 0 });
    expect(resolveRollingUpdate(5, '30%', '30%')).toEqual({ surge: 2, unavailable: 1 });
  });

  it('default to 25% each', () => {
    expect(resolveRollingUpdate(10, undefined, undefined)).toEqual({ surge: 3, unavailable: 2 });
  });

  it('both 0 makes maxUnavailable 1', () => {
    expect(resolveRollingUpdate(10, 0, 0)).toEqual({ surge: 0, unavailable: 1 });
    expect(resolveRollingUpdate(3, '10%', '10%')).toEqual({ surge: 1, unavailable: 0 });
    expect(resolveRollingUpdate(3, '0%', '10%')).toEqual({ surge: 0, unavailable: 1 });
  });

  it('takes absolute numbers as they are', () => {
    expect(resolveRollingUpdate(10, 2, 1)).toEqual({ surge: 2, unavailable: 1 });
  });
});

describe('Deployment rollout', () => {
  for (const [surge, unavailable] of [['25%', '25%'], [0, 1], [1, 0], ['50%', '0%']] as const) {
    it(`keeps within replicas + maxSurge and replicas − maxUnavailable (${surge}, ${unavailable})`, () => {
      const { trace } = simulate(k8s(10, surge, unavailable));
      const { surge: s, unavailable: u } = resolveRollingUpdate(10, surge, unavailable);
      const start = trace.events.find((e) => e.type === 'deploymentStarted')!.t;
      for (const snap of trace.snapshots.filter((x) => x.t >= start)) {
        const live = snap.tasks.filter((t) => t.status !== 'STOPPING');
        expect(live.length).toBeLessThanOrEqual(10 + s);
        expect(snap.tasks.filter((t) => t.healthy).length).toBeGreaterThanOrEqual(10 - u);
      }
      expect(trace.deployments).toEqual([{ revision: 2, outcome: 'COMPLETED' }]);
    });
  }

  it('a revision whose pods never become Ready is stuck after the progress deadline, without rollback', () => {
    const { trace } = simulate(k8s(4, '25%', '25%', [{ type: 'createService' }, { type: 'updateService', taskDefinition: { revision: 2 }, newRevisionHealthy: false }]));
    expect(trace.deployments).toEqual([{ revision: 2, outcome: 'STUCK' }]);
    const stuck = trace.events.find((e) => e.type === 'deploymentStuck');
    expect(stuck && 'reason' in stuck ? stuck.reason : '').toContain('ProgressDeadlineExceeded');
    const last = trace.snapshots[trace.snapshots.length - 1]!;
    // 4 replicas, maxUnavailable 1: three old pods stay Ready.
    expect(last.tasks.filter((t) => t.revision === 1 && t.healthy)).toHaveLength(3);
  });
});

describe('node scoring', () => {
  const loaded = [
    { id: 'busy', instanceType: 'm5.xlarge', availabilityZone: 'a', cpu: 4000, memory: 16000 },
    { id: 'idle', instanceType: 'm5.xlarge', availabilityZone: 'a', cpu: 4000, memory: 16000 },
  ];
  const run = (scoring: 'LeastAllocated' | 'MostAllocated') =>
    simulate(
      ecsScenario({
        mode: 'kubernetes',
        instances: loaded,
        kubernetes: { replicas: 3, scoringStrategy: scoring },
        actions: [{ type: 'createService' }],
      }),
    ).trace.events.flatMap((e) => (e.type === 'taskPlaced' ? [e.instanceId] : []));

  it('LeastAllocated spreads pods to the emptier node', () => {
    const ids = run('LeastAllocated');
    expect(ids.filter((x) => x === 'busy').length).toBeGreaterThan(0);
    expect(ids.filter((x) => x === 'idle').length).toBeGreaterThan(0);
  });

  it('MostAllocated packs pods onto the node already in use', () => {
    const ids = run('MostAllocated');
    expect(new Set(ids).size).toBe(1);
  });
});

describe('unschedulable pods', () => {
  it('are reported in the kube-scheduler wording', () => {
    const small = nodes.map((n) => ({ ...n, cpu: 500 }));
    const { trace } = simulate(
      ecsScenario({ mode: 'kubernetes', instances: small, kubernetes: { replicas: 10 }, actions: [{ type: 'createService' }] }),
    );
    // 256 CPU units per pod: one pod fits on each 500-unit node (2 × 256 > 500), so 3 of 10 run.
    const placed = trace.events.filter((e) => e.type === 'taskPlaced');
    expect(placed).toHaveLength(3);
    const e = trace.events.find((x) => x.type === 'taskUnplaceable');
    expect(e && 'reason' in e ? e.reason : '').toBe('0/3 nodes are available: 3 Insufficient cpu.');
  });
});
