import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '@/content/scenarioSchema';
import { simulate } from '@/engine/deployment/simulate';
import { evaluateCql, parseCql } from '@/engine/placement/cql';
import { eniTaskLimit } from '@/engine/placement/limits';
import { scenarioArb } from './arbitraries';
// `=~` and `!~` are matched by re2js, installed by this import (the app loads it only where needed).
import '@/engine/placement/re2';

const RUNS = { numRuns: 1000 };

/** What one task reserves, computed from the task definition as the documentation states it. */
function usage(s: Scenario) {
  const td = s.taskDefinition;
  const cs = td.containerDefinitions;
  const ports = cs.flatMap((c) => c.portMappings ?? []);
  const mode = td.networkMode ?? 'bridge';
  return {
    cpu: td.cpu ?? cs.reduce((n, c) => n + (c.cpu ?? 0), 0),
    memory: td.memory ?? cs.reduce((n, c) => n + (c.memoryReservation ?? c.memory ?? 0), 0),
    staticPorts: mode === 'awsvpc' ? [] : ports.filter((p) => mode === 'host' || (p.hostPort ?? 0) > 0).map((p) => p.hostPort || p.containerPort),
    eni: mode === 'awsvpc' && s.mode === 'ecs',
  };
}

describe('simulate: properties over arbitrary valid scenarios', () => {
  it('never throws and is deterministic for a seed', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const a = simulate(s);
        const b = simulate(s);
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      RUNS,
    );
  });

  it('gives the same trace with and without per-instance verdicts (indexed batch placement)', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        expect(JSON.stringify(simulate(s, { explain: false }).trace)).toBe(JSON.stringify(simulate(s).trace));
      }),
      RUNS,
    );
  });

  it('never puts an instance over its CPU, memory, static ports or ENIs in any snapshot', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const { trace } = simulate(s);
        const u = usage(s);
        for (const snap of trace.snapshots) {
          const perInstance = new Map<string, number>();
          for (const t of snap.tasks) if (t.instanceId !== 'fargate') perInstance.set(t.instanceId, (perInstance.get(t.instanceId) ?? 0) + 1);
          for (const [id, n] of perInstance) {
            const inst = s.cluster.instances.find((i) => i.id === id);
            expect(inst).toBeDefined();
            if (!inst) continue;
            expect(n * u.cpu).toBeLessThanOrEqual(inst.cpu);
            expect(n * u.memory).toBeLessThanOrEqual(inst.memory);
            if (u.staticPorts.length > 0) expect(n).toBeLessThanOrEqual(1);
            if (u.eni) expect(n).toBeLessThanOrEqual(eniTaskLimit(inst.instanceType, inst.eniTrunking ?? false) ?? 0);
          }
        }
      }),
      RUNS,
    );
  });

  it('always honours distinctInstance and memberOf for service tasks', () => {
    fc.assert(
      fc.property(scenarioArb({ serviceOnly: true }), (s) => {
        const { trace } = simulate(s);
        const constraints = [...(s.service?.placementConstraints ?? [])];
        if (s.mode !== 'ecs' || s.service?.launchType === 'FARGATE') return;
        const distinct = constraints.some((c) => c.type === 'distinctInstance');
        const member = constraints.find((c) => c.type === 'memberOf');
        const parsed = member && member.type === 'memberOf' ? parseCql(member.expression) : undefined;
        for (const snap of trace.snapshots) {
          const active = snap.tasks.filter((t) => t.status !== 'STOPPING');
          if (distinct) expect(new Set(active.map((t) => t.instanceId)).size).toBe(active.length);
          if (parsed?.ok) {
            for (const t of active) {
              const inst = s.cluster.instances.find((i) => i.id === t.instanceId);
              if (!inst) throw new Error('task on an unknown instance');
              const attrs: Record<string, string> = { 'ecs.instance-type': inst.instanceType, 'ecs.availability-zone': inst.availabilityZone, ...(inst.attributes ?? {}) };
              expect(evaluateCql(parsed.ast, { instanceId: inst.id, attribute: (n) => attrs[n], runningTasksCount: 0, taskGroups: [] })).toBe(true);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('keeps every ECS deployment within its lower and upper bounds', () => {
    fc.assert(
      fc.property(scenarioArb({ serviceOnly: true }), (s) => {
        if (s.mode !== 'ecs') return;
        const { trace } = simulate(s);
        const min = s.service?.deploymentConfiguration?.minimumHealthyPercent ?? 100;
        const max = s.service?.deploymentConfiguration?.maximumPercent ?? 200;
        const rollback = s.service?.deploymentConfiguration?.deploymentCircuitBreaker?.rollback ?? false;
        // Replay the events to know every task's state after each event.
        const state = new Map<string, { healthy: boolean; stopped: boolean }>();
        let desired = s.service?.desiredCount ?? 0;
        let window: { lower: number; upper: number; healthy0: number; total0: number } | undefined;
        for (const e of trace.events) {
          if (e.type === 'taskPlaced') state.set(e.taskId, { healthy: false, stopped: false });
          if (e.type === 'taskHealthy') state.get(e.taskId)!.healthy = true;
          if (e.type === 'taskStopping' || e.type === 'taskUnhealthy') state.get(e.taskId)!.healthy = false;
          if (e.type === 'taskStopped') state.get(e.taskId)!.stopped = true;
          const live = [...state.values()].filter((t) => !t.stopped);
          const healthy = live.filter((t) => t.healthy).length;
          if (e.type === 'serviceScaled') desired = e.desiredCount;
          if (e.type === 'deploymentStarted') {
            window = { lower: Math.ceil((desired * min) / 100), upper: Math.floor((desired * max) / 100), healthy0: healthy, total0: live.length };
          }
          if (window) {
            expect(healthy).toBeGreaterThanOrEqual(Math.min(window.lower, window.healthy0));
            expect(live.length).toBeLessThanOrEqual(Math.max(window.upper, window.total0));
          }
          if (e.type === 'deploymentCompleted' || e.type === 'deploymentStuck' || e.type === 'deploymentRolledBack' || (e.type === 'deploymentFailed' && !rollback)) window = undefined;
        }
      }),
      RUNS,
    );
  });
});
