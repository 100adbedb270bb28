import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '@/content/scenarioSchema';
import { simulate } from '@/engine/deployment/simulate';

const tsx = path.resolve('node_modules/.bin/tsx');
const cli = path.resolve('src/cli/sim.ts');
const work = mkdtempSync(path.join(tmpdir(), 'sim-cli-'));

function run(file: string) {
  const r = spawnSync(tsx, [cli, file], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function write(name: string, text: string): string {
  const file = path.join(work, name);
  writeFileSync(file, text);
  return file;
}

const valid = JSON.parse(readFileSync('content/scenarios/rolling-update-50-100.json', 'utf8')) as Record<string, unknown>;

describe('npm run sim', () => {
  it('prints the trace of a valid scenario as JSON and exits 0', () => {
    const r = run(path.resolve('content/scenarios/rolling-update-50-100.json'));
    expect(r.status).toBe(0);
    const trace = JSON.parse(r.stdout) as { events: Array<{ type: string; t: number }>; snapshots: unknown[]; deployments: unknown[] };
    expect(Object.keys(trace).sort()).toEqual(['deployments', 'events', 'snapshots']);
    expect(trace.deployments).toEqual([{ revision: 2, outcome: 'COMPLETED' }]);
    expect(trace.events.filter((e) => e.type === 'taskPlaced')).toHaveLength(8);
    const times = trace.events.map((e) => e.t);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  }, 20_000);

  it('reports bad JSON with its line and column, exits 2 and prints no trace', () => {
    const r = run(write('bad.json', '{\n  "schemaVersion": 1,\n  "title": "x",\n  oops\n}\n'));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/line 4, column 3/);
  }, 20_000);

  it('prints one message per schema problem, naming the field', () => {
    const broken = { ...valid, service: { ...(valid.service as object), desiredCount: -1 }, extra: true };
    const r = run(write('invalid.json', JSON.stringify(broken, null, 2)));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(r.stderr).toContain('service.desiredCount: expected a non-negative integer');
    expect(r.stderr).toMatch(/extra/);
  }, 20_000);

  it('reports a cluster query language syntax error with its position', () => {
    const broken = { ...valid, service: { ...(valid.service as object), placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.instance-type =~' }] } };
    const r = run(write('cql.json', JSON.stringify(broken)));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('service.placementConstraints.0.expression: syntax error');
    expect(r.stderr).toContain('at character 31');
  }, 20_000);

  it('exits 2 when the file is missing', () => {
    const r = run(path.join(work, 'nope.json'));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  }, 20_000);

  // The two attacks of the hostile-input issue: each answered within 5 s, the CLI refusing or finishing.
  const instance = (i: number, instanceType = 'm5.4xlarge') => ({ id: `i-${i}`, instanceType, availabilityZone: ['us-east-1a', 'us-east-1b', 'us-east-1c'][i % 3], cpu: 16384, memory: 65536 });
  const scenario = (extra: Record<string, unknown>) =>
    JSON.stringify({
      schemaVersion: 1, title: 'hostile', mode: 'ecs', seed: 1,
      cluster: { instances: [instance(0)] },
      taskDefinition: { family: 'web', revision: 1, containerDefinitions: [{ name: 'app', image: 'nginx', cpu: 256, memory: 512 }] },
      service: { serviceName: 'web', desiredCount: 1 },
      actions: [{ type: 'createService' }],
      ...extra,
    });
  const inProcess = (text: string) => {
    const started = performance.now();
    const parsed = parseScenario('hostile.json', text);
    if (parsed.ok) simulate(parsed.scenario, { explain: false });
    return { parsed, ms: performance.now() - started };
  };

  it('finishes a catastrophic-backtracking memberOf pattern against 34 "a"s and a "!" at once', () => {
    const text = scenario({
      cluster: { instances: [instance(0, `${'a'.repeat(34)}!`), instance(1)] },
      service: { serviceName: 'web', desiredCount: 2, placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.instance-type =~ a*a*a*a*a*a*a*a*a*a*a*a*b' }] },
    });
    expect(inProcess(text).ms).toBeLessThan(5_000);
    const r = run(write('regex.json', text));
    expect(r.status).toBe(0);
    const trace = JSON.parse(r.stdout) as { events: Array<{ type: string; reason?: string }> };
    // Neither instance matches the pattern, so both tasks are reported unplaceable rather than placed.
    expect(trace.events.filter((e) => e.type === 'taskPlaced')).toHaveLength(0);
    expect(trace.events.find((e) => e.type === 'taskUnplaceable')?.reason).toContain('MemberOf constraint unsatisfied');
  }, 20_000);

  it('refuses desiredCount 1 000 000 on 5 000 instances, naming the ECS quota, and nothing else', () => {
    const text = scenario({ cluster: { instances: Array.from({ length: 5_000 }, (_, i) => instance(i)) }, service: { serviceName: 'web', desiredCount: 1_000_000 } });
    const { parsed, ms } = inProcess(text);
    expect(ms).toBeLessThan(5_000);
    expect(parsed.ok).toBe(false);
    const r = run(write('huge.json', text));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      `${path.join(work, 'huge.json')}: service.desiredCount: a service runs at most 5,000 tasks (Amazon ECS quota "Tasks per service")`,
    ]);
  }, 20_000);

  it('refuses a desired count within the quota whose placement work is beyond the simulator, saying why', () => {
    const text = scenario({ cluster: { instances: Array.from({ length: 5_000 }, (_, i) => instance(i)) }, service: { serviceName: 'web', desiredCount: 5_000 } });
    expect(inProcess(text).ms).toBeLessThan(5_000);
    const r = run(write('work.json', text));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cluster.instances: about 5,000 tasks to place on 5,000 instances is about 25,000,000 placement checks');
  }, 20_000);
});
