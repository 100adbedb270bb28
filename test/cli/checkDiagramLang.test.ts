import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = path.resolve('src/cli/checkDiagram.ts');
const dir = mkdtempSync(path.join(tmpdir(), 'check-diagram-lang-'));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8', cwd: path.resolve('.') });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// The Fargate service put behind a Classic Load Balancer, which awsvpc tasks do not support.
const reference = JSON.parse(readFileSync('content/challenges/alb-fargate-service.json', 'utf8')).referenceSolution;
const classic = path.join(dir, 'classic.json');
writeFileSync(
  classic,
  JSON.stringify({
    ...reference,
    nodes: reference.nodes.map((n: { id: string; props: object }) => (n.id === 'web-alb' ? { ...n, props: { ...n.props, loadBalancerType: 'classic' } } : n)),
  }),
);

describe('check-diagram --lang', () => {
  it('writes the same findings in Korean with --lang ko, and in English by default', () => {
    const en = run(classic);
    const ko = run(classic, '--lang', 'ko');
    expect([en.status, ko.status]).toEqual([1, 1]);
    const [a] = JSON.parse(en.stdout) as { findings: { code: string; message: string }[] }[];
    const [b] = JSON.parse(ko.stdout) as { findings: { code: string; message: string }[] }[];
    expect(b?.findings.map((f) => f.code)).toEqual(a?.findings.map((f) => f.code));
    expect(a?.findings[0]?.message).toMatch(/Classic Load Balancers are not supported/);
    expect(b?.findings[0]?.message).toMatch(/Classic Load Balancer는 지원하지 않습니다/);
  });

  it('refuses a language it does not know, with exit status 2', () => {
    const r = run(classic, '--lang', 'fr');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--lang needs one of en, ko/);
  });
});
