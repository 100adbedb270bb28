import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

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
});
