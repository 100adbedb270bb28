import { describe, expect, it } from 'vitest';
import { circuitBreakerThreshold, lowerBound, upperBound } from '@/engine/deployment/ecs';
import { simulate } from '@/engine/deployment/simulate';
import { ecsScenario } from './helpers';

const dc = (min: number, max: number, extra: object = {}) => ({ deploymentConfiguration: { minimumHealthyPercent: min, maximumPercent: max, ...extra } });

describe('rolling update bounds', () => {
  it('lower bound rounds up, upper bound rounds down', () => {
    expect(lowerBound(4, 50)).toBe(2);
    expect(lowerBound(3, 50)).toBe(2);
    expect(lowerBound(9, 100)).toBe(9);
    expect(upperBound(4, 100)).toBe(4);
    expect(upperBound(3, 150)).toBe(4);
    expect(upperBound(9, 200)).toBe(18);
  });

  it('circuit breaker threshold is 0.5 × desired rounded up, clamped to 3..200', () => {
    expect(circuitBreakerThreshold(1)).toBe(3);
    expect(circuitBreakerThreshold(4)).toBe(3);
    expect(circuitBreakerThreshold(7)).toBe(4);
    expect(circuitBreakerThreshold(10)).toBe(5);
    expect(circuitBreakerThreshold(398)).toBe(199);
    expect(circuitBreakerThreshold(399)).toBe(200);
    expect(circuitBreakerThreshold(5000)).toBe(200);
  });
});

describe('ECS rolling update', () => {
  it('min 50 / max 100 stops two old tasks first and follows the documented timing', () => {
    const { trace } = simulate(ecsScenario({ service: dc(50, 100) }));
    const ev = trace.events;
    const start = ev.find((e) => e.type === 'deploymentStarted')!;
    // Four tasks placed at 0 are healthy at 40 (10 s PENDING + one 30 s health check interval).
    expect(start.t).toBe(40);
    const stopsAt40 = ev.filter((e) => e.type === 'taskStopping' && e.t === 40);
    expect(stopsAt40).toHaveLength(2);
    // New tasks start when the stopped ones have drained (30 s later), not before: maximumPercent 100.
    const newPlaced = ev.filter((e) => e.type === 'taskPlaced' && e.revision === 2).map((e) => e.t);
    expect(newPlaced).toEqual([70, 70, 140, 140]);
    expect(ev.find((e) => e.type === 'deploymentCompleted')?.t).toBe(180);
    expect(trace.deployments).toEqual([{ revision: 2, outcome: 'COMPLETED' }]);
  });

  it('min 100 / max 100 is reported stuck with the reason', () => {
    const { trace } = simulate(ecsScenario({ service: dc(100, 100) }));
    expect(trace.deployments).toEqual([{ revision: 2, outcome: 'STUCK' }]);
    const stuck = trace.events.find((e) => e.type === 'deploymentStuck');
    expect(stuck && 'reason' in stuck ? stuck.reason : '').toMatch(/neither stop an old task nor start a new one/);
    expect(stuck && 'reason' in stuck ? stuck.reason : '').toContain('at least 4');
  });

  it('min 0 / max 100 stops everything, then starts the new revision', () => {
    const { trace } = simulate(ecsScenario({ service: dc(0, 100) }));
    const start = trace.events.find((e) => e.type === 'deploymentStarted')!.t;
    expect(trace.events.filter((e) => e.type === 'taskStopping' && e.t === start)).toHaveLength(4);
    expect(trace.deployments[0]?.outcome).toBe('COMPLETED');
  });

  it('the circuit breaker fails a bad revision and rolls back when asked', () => {
    const bad = [{ type: 'createService' }, { type: 'updateService', taskDefinition: { revision: 2 }, newRevisionHealthy: false }];
    const rolled = simulate(ecsScenario({ service: dc(100, 200, { deploymentCircuitBreaker: { enable: true, rollback: true } }), actions: bad })).trace;
    expect(rolled.deployments).toEqual([{ revision: 2, outcome: 'ROLLED_BACK' }]);
    const last = rolled.snapshots[rolled.snapshots.length - 1]!;
    expect(last.tasks.filter((t) => t.status === 'RUNNING').map((t) => t.revision)).toEqual([1, 1, 1, 1]);
    const failedOnly = simulate(ecsScenario({ service: dc(100, 200, { deploymentCircuitBreaker: { enable: true, rollback: false } }), actions: bad })).trace;
    expect(failedOnly.deployments).toEqual([{ revision: 2, outcome: 'FAILED' }]);
    expect(failedOnly.events.some((e) => e.type === 'deploymentRolledBack')).toBe(false);
  });

  it('without the circuit breaker a failing revision is reported as stuck', () => {
    const bad = [{ type: 'createService' }, { type: 'updateService', taskDefinition: { revision: 2 }, newRevisionHealthy: false }];
    const { trace } = simulate(ecsScenario({ service: dc(100, 200), actions: bad }));
    expect(trace.deployments).toEqual([{ revision: 2, outcome: 'STUCK' }]);
  });

  it('a failing task is not stopped before the health check grace period ends', () => {
    const bad = [{ type: 'createService' }, { type: 'updateService', taskDefinition: { revision: 2 }, newRevisionHealthy: false }];
    const { trace } = simulate(ecsScenario({ service: { ...dc(100, 200, { deploymentCircuitBreaker: { enable: true, rollback: true } }), healthCheckGracePeriodSeconds: 300 }, actions: bad }));
    const placed = trace.events.find((e) => e.type === 'taskPlaced' && e.revision === 2)!;
    const unhealthy = trace.events.find((e) => e.type === 'taskUnhealthy')!;
    expect(unhealthy.t - placed.t).toBe(300);
  });
});

describe('service scheduler', () => {
  it('raising the desired count places more tasks, lowering it stops some', () => {
    const { trace } = simulate(ecsScenario({ actions: [{ type: 'createService' }, { type: 'updateService', desiredCount: 6 }, { type: 'updateService', desiredCount: 2 }] }));
    expect(trace.events.filter((e) => e.type === 'taskPlaced')).toHaveLength(6);
    const last = trace.snapshots[trace.snapshots.length - 1]!;
    expect(last.tasks.filter((t) => t.status === 'RUNNING')).toHaveLength(2);
  });

  it('replaces service tasks lost with an instance, but not standalone tasks', () => {
    const { trace } = simulate(
      ecsScenario({
        service: { desiredCount: 2 },
        actions: [{ type: 'createService' }, { type: 'runTask', count: 2, group: 'batch', placementStrategy: [{ type: 'binpack', field: 'memory' }] }, { type: 'stopInstance', instanceId: 'i-a' }],
      }),
    );
    const last = trace.snapshots[trace.snapshots.length - 1]!;
    expect(last.tasks.every((t) => t.instanceId === 'i-b')).toBe(true);
    // 2 service tasks survive (1 replaced); the batch tasks were binpacked together on one instance.
    const placedBatch = trace.events.filter((e) => e.type === 'taskPlaced').slice(2, 4);
    expect(new Set(placedBatch.map((e) => (e.type === 'taskPlaced' ? e.instanceId : ''))).size).toBe(1);
    expect(trace.events.some((e) => e.type === 'instanceStopped')).toBe(true);
  });

  it('rejects updateService before createService', () => {
    const { trace } = simulate(ecsScenario({ actions: [{ type: 'updateService', desiredCount: 3 }] }));
    expect(trace.events).toEqual([expect.objectContaining({ type: 'actionRejected', action: 'updateService' })]);
  });

  it('Fargate ignores strategies and gives every task its own ENI', () => {
    const { trace, decisions } = simulate(
      ecsScenario({
        instances: [],
        taskDefinition: { networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'], cpu: 512, memory: 1024 },
        service: { launchType: 'FARGATE', desiredCount: 3, placementStrategy: [{ type: 'binpack', field: 'memory' }] },
        actions: [{ type: 'createService' }],
      }),
    );
    const placed = trace.events.map((e, i) => [e, i] as const).filter(([e]) => e.type === 'taskPlaced');
    expect(placed).toHaveLength(3);
    for (const [, i] of placed) expect(decisions[i]).toMatchObject({ fargate: true, requirement: { eni: true } });
  });

  it('maps every taskPlaced event to its decision', () => {
    const { trace, decisions } = simulate(ecsScenario());
    const indexes = trace.events.flatMap((e, i) => (e.type === 'taskPlaced' ? [i] : []));
    expect(Object.keys(decisions).map(Number).sort((a, b) => a - b)).toEqual(indexes);
    for (const i of indexes) {
      const e = trace.events[i]!;
      expect(decisions[i]?.chosen).toBe(e.type === 'taskPlaced' ? e.instanceId : '');
    }
  });
});
