import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = path.resolve('src/cli/checkDiagram.ts');
const dir = mkdtempSync(path.join(tmpdir(), 'check-diagram-'));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8', cwd: path.resolve('.') });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function write(name: string, content: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const reference = JSON.parse(readFileSync('content/challenges/alb-fargate-service.json', 'utf8')).referenceSolution;
const good = write('good.json', reference);
const classic = write('classic.json', {
  ...reference,
  nodes: reference.nodes.map((n: { id: string; props: object }) => (n.id === 'web-alb' ? { ...n, props: { ...n.props, loadBalancerType: 'classic' } } : n)),
});
const warnOnly = write('warn.json', {
  schemaVersion: 1,
  nodes: [{ id: 'net', kind: 'internet' }, { id: 'svc', kind: 'ecs-service', props: { launchType: 'FARGATE', containerPort: 80 } }],
  edges: [{ id: 'x', source: 'net', target: 'svc' }],
});

describe('npm run check-diagram', { timeout: 30_000 }, () => {
  it('prints an empty findings list and exits 0 for a sound diagram', () => {
    const r = run(good, '--challenge', 'alb-fargate-service');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([{ file: good, findings: [] }]);
  });

  it('exits 0 when findings are only warnings', () => {
    const r = run(warnOnly);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)[0].findings.map((f: { code: string; severity: string }) => [f.code, f.severity])).toEqual([['antipattern', 'warning']]);
  });

  it('exits 1 and lists the finding when a diagram has an error', () => {
    const r = run(good, classic);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.map((x: { file: string }) => x.file)).toEqual([good, classic]);
    expect(out[1].findings[0]).toMatchObject({ severity: 'error', code: 'invalid-connection', edgeId: 'e2' });
  });

  it('grades against a challenge when asked', () => {
    const r = run(warnOnly, '--challenge', 'alb-fargate-service');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)[0].findings.map((f: { code: string }) => f.code)).toContain('challenge-unmet');
  });

  it('exits 2 and names the file and field of a malformed diagram', () => {
    const bad = write('bad.json', { schemaVersion: 1, nodes: [{ id: 't', kind: 'ecs-task', props: { launchType: 'LAMBDA' } }], edges: [] });
    const r = run(bad);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${bad}: nodes.0.props.launchType:`);
  });

  it('exits 2 for text that is not JSON, a missing file, an unknown challenge or no files', () => {
    const notJson = write('broken.json', '{ nodes: ');
    expect(run(notJson)).toMatchObject({ status: 2, stderr: expect.stringContaining(`${notJson}: not valid JSON`) });
    expect(run(path.join(dir, 'missing.json'))).toMatchObject({ status: 2, stderr: expect.stringContaining('cannot read the file') });
    expect(run(good, '--challenge', 'no-such-challenge')).toMatchObject({ status: 2, stderr: expect.stringContaining('no challenge "no-such-challenge"') });
    expect(run().status).toBe(2);
  });
});
