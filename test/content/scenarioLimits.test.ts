import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '@/content/issues';
import { estimateSnapshotRows, estimateTasksStarted, SIMULATOR_LIMITS } from '@/content/scenarioLimits';
import { parseScenario, validateScenario } from '@/content/scenarioSchema';
import { simulate } from '@/engine/deployment/simulate';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const base = JSON.parse(readFileSync('content/scenarios/rolling-update-50-100.json', 'utf8')) as Doc;

function problems(mutate: (s: Doc) => void): string[] {
  const s = structuredClone(base);
  mutate(s);
  const r = validateScenario('s.json', s);
  return r.ok ? [] : r.issues.map(formatIssue);
}

const instances = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: `i-${i}`, instanceType: 'm5.xlarge', availabilityZone: 'us-east-1a', cpu: 4096, memory: 16384 }));
const container = (i: number) => ({ name: `c${i}`, image: 'nginx', cpu: 1, memory: 8 });

describe('scenario bounds: Amazon ECS quotas, named in the message', () => {
  it('Tasks per service: 5,000 is accepted, 5,001 refused, in the service and in updateService', () => {
    expect(problems((s) => (s.service.desiredCount = 5_000))).toEqual([]);
    expect(problems((s) => (s.service.desiredCount = 5_001))).toEqual([
      's.json: service.desiredCount: a service runs at most 5,000 tasks (Amazon ECS quota "Tasks per service")',
    ]);
    expect(problems((s) => s.actions.push({ type: 'updateService', desiredCount: 9_999 }))[0]).toMatch(/^s\.json: actions\.\d+\.desiredCount: .*"Tasks per service"/);
  });

  it('Container instances per cluster: 5,000', () => {
    expect(problems((s) => (s.cluster.instances = instances(5_001)))).toEqual([
      's.json: cluster.instances: a cluster has at most 5,000 container instances (Amazon ECS quota "Container instances per cluster")',
    ]);
  });

  it('Task definition max containers: 10', () => {
    expect(problems((s) => (s.taskDefinition.containerDefinitions = Array.from({ length: 10 }, (_, i) => container(i))))).toEqual([]);
    expect(problems((s) => (s.taskDefinition.containerDefinitions = Array.from({ length: 11 }, (_, i) => container(i))))).toEqual([
      's.json: taskDefinition.containerDefinitions: a task definition has at most 10 containers (Amazon ECS quota "Task definition max containers")',
    ]);
  });

  it('Tasks launched (count) per run-task: 10', () => {
    expect(problems((s) => s.actions.push({ type: 'runTask', count: 11 }))[0]).toContain('RunTask starts at most 10 tasks per call (Amazon ECS quota "Tasks launched (count) per run-task")');
  });

  it('Revisions per task definition family: 1,000,000', () => {
    expect(problems((s) => (s.taskDefinition.revision = 1_000_001))[0]).toContain('"Revisions per task definition family"');
  });

  it('Task definition size limit: 64 KiB', () => {
    const p = problems((s) => (s.taskDefinition.containerDefinitions[0].healthCheck.command = ['CMD-SHELL', ...Array.from({ length: 20 }, () => 'x'.repeat(4_000))]));
    expect(p).toEqual([expect.stringMatching(/^s\.json: taskDefinition: \d+ KiB: a task definition is at most 64 KiB \(Amazon ECS quota "Task definition size limit"\)$/)]);
  });

  it('API limits: 10 constraints per task (task definition included), 5 strategy rules, 2,000-character expressions, 10 attributes', () => {
    const memberOf = { type: 'memberOf', expression: 'attribute:stack exists' };
    expect(problems((s) => {
      s.service.placementConstraints = Array.from({ length: 6 }, () => memberOf);
      s.taskDefinition.placementConstraints = Array.from({ length: 5 }, () => memberOf);
    })).toEqual(['s.json: service.placementConstraints: 6 placement constraints here and 5 in the task definition: at most 10 apply to a task (Amazon ECS API)']);
    expect(problems((s) => (s.service.placementStrategy = Array.from({ length: 6 }, () => ({ type: 'random' }))))[0]).toContain('at most 5 placement strategy rules');
    expect(problems((s) => (s.service.placementConstraints = [{ type: 'memberOf', expression: `attribute:stack == ${'x'.repeat(2_000)}` }]))[0]).toContain(
      'service.placementConstraints.0.expression: an expression is at most 2,000 characters',
    );
    expect(problems((s) => (s.cluster.instances[0].attributes = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`a${i}`, 'v']))))[0]).toContain(
      'cluster.instances.0.attributes: an instance has at most 10 custom attributes',
    );
  });
});

describe('scenario bounds: the simulator keeps its own work bounded', () => {
  it('a timeline holds at most 100 actions and 5,000 existing tasks', () => {
    expect(problems((s) => (s.actions = Array.from({ length: 101 }, () => ({ type: 'updateService', desiredCount: 1 }))))).toEqual([
      "s.json: actions: a timeline has at most 100 actions (the simulator's limit)",
    ]);
    const task = (i: number) => ({ taskId: `t-${i}`, instanceId: 'i-a1', group: 'batch', revision: 1, cpu: 0, memory: 0, hostPorts: [] });
    expect(problems((s) => (s.existingTasks = Array.from({ length: 5_001 }, (_, i) => task(i))))).toEqual([
      "s.json: existingTasks: a scenario starts with at most 5,000 tasks (the simulator's limit)",
    ]);
  });

  it('refuses too many tasks × instances, but only once the desired count itself is within its quota', () => {
    const p = problems((s) => {
      s.cluster.instances = instances(2_000);
      s.service.desiredCount = 1_000;
    });
    // 1,000 tasks created, then a rolling update that may replace, fail and roll back: 4,200 at most.
    expect(p).toEqual([
      "s.json: cluster.instances: about 4,200 tasks to place on 2,000 instances is about 8,400,000 placement checks (tasks × instances); the simulator's limit is 1,000,000: lower the desired count or use fewer instances",
    ]);
    const over = problems((s) => {
      s.cluster.instances = instances(2_000);
      s.service.desiredCount = 6_000;
    });
    expect(over).toHaveLength(1);
    expect(over[0]).toContain('"Tasks per service"');
  });

  it('refuses a rolling update whose small gap records too many task states', () => {
    const p = problems((s) => {
      s.cluster.instances = instances(10);
      s.service.desiredCount = 2_000;
      s.service.deploymentConfiguration = { minimumHealthyPercent: 100, maximumPercent: 101 };
    });
    expect(p).toHaveLength(1);
    expect(p[0]).toContain("s.json: actions: the trace would record about");
  });

  it('the estimates are upper bounds of what the engine really does, on every library scenario and on big ones', () => {
    const files = ['rolling-update-50-100', 'circuit-breaker-rollback', 'kubernetes-rolling-update-25', 'instance-loss', 'rolling-update-100-150'];
    const big = structuredClone(base);
    big.cluster.instances = instances(100);
    big.service.desiredCount = 500;
    big.service.deploymentConfiguration = { minimumHealthyPercent: 90, maximumPercent: 110 };
    big.actions.push({ type: 'updateService', taskDefinition: { revision: 3 }, newRevisionHealthy: false });
    const texts = [...files.map((f) => readFileSync(`content/scenarios/${f}.json`, 'utf8')), JSON.stringify(big)];
    for (const text of texts) {
      const parsed = parseScenario('s.json', text);
      if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join('\n'));
      const { trace } = simulate(parsed.scenario, { explain: false });
      const placed = trace.events.filter((e) => e.type === 'taskPlaced').length;
      const rows = trace.snapshots.reduce((n, snap) => n + snap.tasks.length, 0);
      expect(placed).toBeLessThanOrEqual(estimateTasksStarted(parsed.scenario));
      expect(rows).toBeLessThanOrEqual(estimateSnapshotRows(parsed.scenario));
    }
  });

  it('refuses a scenario file larger than the simulator reads, before parsing it', () => {
    const r = parseScenario('big.json', ' '.repeat(SIMULATOR_LIMITS.textLength + 1));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toContain('larger than 4 MB');
  });
});
