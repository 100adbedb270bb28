import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, validateScenario, type Scenario } from '@/content/scenarioSchema';
import { CHECKPOINT_EVERY, Replay } from '@/engine/deployment/replay';
import { simulate } from '@/engine/deployment/simulate';
import type { TraceEvent } from '@/engine/deployment/trace';
import { rollingUpdate1000 } from '../../fixtures/rollingUpdate1000';
import { scenarioArb } from '../arbitraries';

function library(slug: string): Scenario {
  const parsed = parseScenario(slug, readFileSync(`content/scenarios/${slug}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(`invalid ${slug}`);
  return parsed.scenario;
}

/**
 * An independent reading of a trace, event by event from the start: where each task stands and in
 * what state after `position` events. A task stopped by the last event is still shown, as STOPPED.
 */
function oracle(scenario: Scenario, events: readonly TraceEvent[], first: { taskId: string; instanceId: string; status: string; healthy: boolean }[], position: number) {
  const tasks = new Map(first.map((t) => [t.taskId, { instanceId: t.instanceId, status: t.status, healthy: t.healthy }]));
  for (let i = 0; i < position; i++) {
    const e = events[i] as TraceEvent;
    const previous = events[i - 1];
    if (previous?.type === 'taskStopped') tasks.delete(previous.taskId);
    if (e.type === 'taskPlaced') tasks.set(e.taskId, { instanceId: e.instanceId, status: 'PENDING', healthy: false });
    const task = 'taskId' in e ? tasks.get(e.taskId) : undefined;
    if (!task) continue;
    if (e.type === 'taskRunning') task.status = 'RUNNING';
    if (e.type === 'taskHealthy') task.healthy = true;
    if (e.type === 'taskStopping') Object.assign(task, { status: 'STOPPING', healthy: false });
    if (e.type === 'taskStopped') Object.assign(task, { status: 'STOPPED', healthy: false });
  }
  const perInstance = new Map<string, number>(scenario.cluster.instances.map((i) => [i.id, 0]));
  for (const t of tasks.values()) if (perInstance.has(t.instanceId)) perInstance.set(t.instanceId, (perInstance.get(t.instanceId) ?? 0) + 1);
  return { tasks, perInstance };
}

function shown(replay: Replay, position: number) {
  return new Map(replay.at(position).tasks.map((t) => [t.taskId, { instanceId: t.instanceId, status: t.status, healthy: t.healthy }]));
}

describe('Replay', () => {
  it('gives at every position of arbitrary scenarios what reading the trace from the start gives', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const result = simulate(s, { explain: false });
        const replay = new Replay(s, result);
        const first = result.trace.snapshots[0]?.tasks ?? [];
        for (let p = 0; p <= replay.length; p++) expect(shown(replay, p)).toEqual(oracle(s, result.trace.events, first, p).tasks);
      }),
      { numRuns: 150 },
    );
  });

  it('jumps anywhere in a run of thousands of events, across checkpoints, to the same state', () => {
    const r = validateScenario('bench.json', rollingUpdate1000());
    if (!r.ok) throw new Error('invalid bench scenario');
    const result = simulate(r.scenario, { explain: false });
    const replay = new Replay(r.scenario, result);
    expect(replay.length).toBeGreaterThan(CHECKPOINT_EVERY * 10);
    const first = result.trace.snapshots[0]?.tasks ?? [];
    for (const p of [0, 1, CHECKPOINT_EVERY - 1, CHECKPOINT_EVERY, CHECKPOINT_EVERY + 1, 1_999, 3_000, replay.length - 1, replay.length]) {
      expect(shown(replay, p)).toEqual(oracle(r.scenario, result.trace.events, first, p).tasks);
    }
    // Out-of-range positions are clamped.
    expect(replay.at(-5).position).toBe(0);
    expect(replay.at(replay.length + 10).position).toBe(replay.length);
  });

  it('gives the same state at any position asked in any order, and never changes a state it gave before', () => {
    fc.assert(
      fc.property(scenarioArb(), fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), (s, picks) => {
        const result = simulate(s, { explain: false });
        const replay = new Replay(s, result);
        const first = result.trace.snapshots[0]?.tasks ?? [];
        const given: { position: number; state: ReturnType<typeof shown>; at: ReturnType<Replay['at']> }[] = [];
        for (const pick of picks) {
          const position = pick % (replay.length + 1);
          const at = replay.at(position);
          given.push({ position, state: shown(replay, position), at });
          expect(shown(replay, position)).toEqual(oracle(s, result.trace.events, first, position).tasks);
          // Forward by one from here, as playing does.
          if (position < replay.length) expect(shown(replay, position + 1)).toEqual(oracle(s, result.trace.events, first, position + 1).tasks);
        }
        for (const g of given) expect(new Map(g.at.tasks.map((t) => [t.taskId, { instanceId: t.instanceId, status: t.status, healthy: t.healthy }]))).toEqual(g.state);
      }),
      { numRuns: 100 },
    );
  });

  it('measures the most tasks each instance shows at once over the whole run', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const result = simulate(s, { explain: false });
        const replay = new Replay(s, result);
        const first = result.trace.snapshots[0]?.tasks ?? [];
        const most = new Map<string, number>(s.cluster.instances.map((i) => [i.id, 0]));
        for (let p = 0; p <= replay.length; p++) {
          for (const [id, n] of oracle(s, result.trace.events, first, p).perInstance) most.set(id, Math.max(most.get(id) ?? 0, n));
        }
        expect(replay.extent.tasksPerInstance).toEqual(Object.fromEntries(most));
      }),
      { numRuns: 150 },
    );
  });

  it('knows whether host ports are ever used and which revisions run', () => {
    expect(new Replay(library('static-host-port'), simulate(library('static-host-port'))).extent).toMatchObject({ ports: true, eni: false, revisions: [1] });
    expect(new Replay(library('awsvpc-eni-limit'), simulate(library('awsvpc-eni-limit'))).extent).toMatchObject({ ports: false, eni: true });
    expect(new Replay(library('rolling-update-50-100'), simulate(library('rolling-update-50-100'))).extent.revisions).toEqual([1, 2]);
  });
});

describe('tasks waiting for a place', () => {
  it('awsvpc ENI limit: the fifth task waits from its taskUnplaceable event to the end, with ECS’s reason', () => {
    const s = library('awsvpc-eni-limit');
    const result = simulate(s);
    const replay = new Replay(s, result);
    const at = result.trace.events.findIndex((e) => e.type === 'taskUnplaceable');
    expect(replay.at(at).waiting).toEqual([]);
    for (let p = at + 1; p <= replay.length; p++) {
      expect(replay.at(p).waiting).toEqual([{ revision: 1, count: 1, event: at, reason: expect.stringMatching(/no free elastic network interface/) }]);
    }
    expect(replay.extent.waiting).toBe(1);
  });

  it('a rolling update with no room: revision 2 waits while the deployment is stuck', () => {
    const s = library('rolling-update-stuck-no-room');
    const result = simulate(s);
    const end = new Replay(s, result).at(result.trace.events.length);
    expect(end.waiting.map((w) => w.revision)).toEqual([2]);
  });

  it('counts what the service is short of, and stops waiting once the service is scaled down to what runs', () => {
    const s = validateScenario('t.json', {
      schemaVersion: 1,
      title: 't',
      mode: 'ecs',
      seed: 1,
      cluster: { instances: [{ id: 'i-a', instanceType: 'm5.large', availabilityZone: 'us-east-1a', cpu: 2048, memory: 8192 }] },
      taskDefinition: { family: 'web', revision: 1, containerDefinitions: [{ name: 'app', image: 'nginx', cpu: 512, memory: 512, portMappings: [{ containerPort: 80, hostPort: 80 }] }] },
      service: { serviceName: 'web', desiredCount: 3 },
      actions: [{ type: 'createService' }, { type: 'updateService', desiredCount: 1 }],
    });
    if (!s.ok) throw new Error(JSON.stringify(s.issues));
    const result = simulate(s.scenario);
    const replay = new Replay(s.scenario, result);
    const unplaceable = result.trace.events.findIndex((e) => e.type === 'taskUnplaceable');
    // Port 80 fits one task on the only instance: the service is two tasks short.
    expect(replay.at(unplaceable + 1).waiting).toMatchObject([{ revision: 1, count: 2 }]);
    const scaled = result.trace.events.findIndex((e, i) => i > unplaceable && e.type === 'serviceScaled');
    expect(replay.at(scaled + 1).waiting).toEqual([]);
  });
});
