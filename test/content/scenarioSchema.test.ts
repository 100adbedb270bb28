import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '@/content/issues';
import { parseScenario, validateScenario } from '@/content/scenarioSchema';

const base = JSON.parse(readFileSync('content/scenarios/rolling-update-50-100.json', 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function problems(mutate: (s: Record<string, any>) => void): string[] { // eslint-disable-line @typescript-eslint/no-explicit-any
  const s = structuredClone(base);
  mutate(s);
  const r = validateScenario('s.json', s);
  return r.ok ? [] : r.issues.map(formatIssue);
}

describe('scenario schema', () => {
  it('accepts a library scenario', () => {
    expect(problems(() => {})).toEqual([]);
  });

  it('names the field and says what was expected', () => {
    expect(problems((s) => (s.service.desiredCount = -1))).toEqual(['s.json: service.desiredCount: expected a non-negative integer']);
    expect(problems((s) => (s.service.desiredCount = 1.5))).toEqual(['s.json: service.desiredCount: expected a non-negative integer']);
  });

  it('rejects unknown fields instead of ignoring them', () => {
    const p = problems((s) => (s.service.desiredcount = 3));
    expect(p).toHaveLength(1);
    expect(p[0]).toContain('desiredcount');
    expect(problems((s) => (s.cluster.instances[0].ram = 1))[0]).toContain('cluster.instances.0');
  });

  it('reports every problem, not only the first', () => {
    expect(problems((s) => {
      s.service.desiredCount = -1;
      s.seed = 'x';
    })).toHaveLength(2);
  });

  it('requires unique instance ids and existing tasks on real instances', () => {
    expect(problems((s) => s.cluster.instances.push({ ...s.cluster.instances[0] }))).toEqual(['s.json: cluster.instances.2.id: duplicate instance id "i-a1"']);
    expect(problems((s) => (s.existingTasks = [{ taskId: 't-0', instanceId: 'i-zz', group: 'service:web', revision: 1, cpu: 256, memory: 512, hostPorts: [] }]))).toEqual([
      's.json: existingTasks.0.instanceId: no instance "i-zz" in the cluster',
    ]);
    expect(problems((s) => s.actions.push({ type: 'stopInstance', instanceId: 'nope' }))[0]).toContain('actions.2.instanceId');
  });

  it('requires awsvpc and a valid task size for FARGATE', () => {
    const p = problems((s) => {
      s.service.launchType = 'FARGATE';
      s.taskDefinition.requiresCompatibilities = ['FARGATE'];
    });
    expect(p).toContain('s.json: taskDefinition.networkMode: FARGATE tasks need networkMode "awsvpc"');
    expect(p).toContain('s.json: taskDefinition: FARGATE tasks need task-level cpu and memory');
    const size = problems((s) => {
      s.service.launchType = 'FARGATE';
      Object.assign(s.taskDefinition, { requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc', cpu: 256, memory: 4096 });
      delete s.taskDefinition.containerDefinitions[0].portMappings;
    });
    expect(size).toHaveLength(1);
    expect(size[0]).toContain('taskDefinition.memory: Fargate task with cpu 256 needs memory 512, 1024, 2048 MiB, not 4096');
  });

  it('allows the kubernetes block only in kubernetes mode, and requires it there', () => {
    expect(problems((s) => (s.kubernetes = { replicas: 3 }))).toEqual(['s.json: kubernetes: a kubernetes block is only allowed in kubernetes mode']);
    expect(problems((s) => (s.mode = 'kubernetes'))).toEqual(['s.json: kubernetes: kubernetes mode needs a kubernetes block']);
  });

  it('reports a memberOf syntax error with its character position', () => {
    const p = problems((s) => (s.service.placementConstraints = [{ type: 'memberOf', expression: 'attribute:ecs.instance-type =~ t3.* and' }]));
    expect(p).toHaveLength(1);
    expect(p[0]).toContain('service.placementConstraints.0.expression: syntax error');
    expect(p[0]).toContain('at character 40');
  });

  it('checks container memory against memoryReservation and awsvpc instance types', () => {
    expect(problems((s) => (s.taskDefinition.containerDefinitions[0].memoryReservation = 2048))[0]).toContain('memoryReservation must not exceed memory');
    const p = problems((s) => {
      s.taskDefinition.networkMode = 'awsvpc';
      delete s.taskDefinition.containerDefinitions[0].portMappings;
      s.cluster.instances[0].instanceType = 'x9.huge';
    });
    expect(p[0]).toContain('cluster.instances.0.instanceType: no ENI limit is known for x9.huge');
  });
});

describe('parseScenario', () => {
  it('gives the line and column of a JSON syntax error', () => {
    const r = parseScenario('bad.json', '{\n  "a": 1,\n  "b": }\n');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toHaveLength(1);
      expect(r.issues[0]?.line).toBe(3);
      expect(r.issues[0]?.message).toContain('line 3, column 8');
    }
  });
});
