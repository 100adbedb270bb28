// Runs every Vitest benchmark and prints each one's median (the figure the project's budgets use),
// then the browser benchmarks: the production build measured in Chromium (skip with --no-browser;
// --no-build reuses dist/). Other arguments go to Vitest.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp, withPreview } from './preview.mjs';

const own = new Set(['--no-browser', '--no-build']);
const dir = mkdtempSync(path.join(tmpdir(), 'bench-'));
const out = path.join(dir, 'bench.json');
const vitestArgs = process.argv.slice(2).filter((a) => !own.has(a));
const run = spawnSync('npx', ['vitest', 'bench', '--run', '--project', 'node', '--outputJson', out, ...vitestArgs], { stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);
const report = JSON.parse(readFileSync(out, 'utf8'));
rmSync(dir, { recursive: true, force: true });
console.log('\nMedians');
for (const file of report.files) {
  for (const group of file.groups) {
    for (const b of group.benchmarks) {
      console.log(`  ${b.median.toFixed(2).padStart(9)} ms  ${b.name}  (${path.relative(process.cwd(), file.filepath)}, ${b.sampleCount} samples)`);
    }
  }
}

if (!process.argv.includes('--no-browser')) {
  buildApp(!process.argv.includes('--no-build'));
  const files = readdirSync('test/e2e').filter((f) => f.endsWith('.measure.ts')).sort();
  const status = await withPreview((baseUrl) => {
    let worst = 0;
    for (const f of files) {
      const r = spawnSync('npx', ['tsx', `test/e2e/${f}`], { stdio: 'inherit', env: { ...process.env, BASE_URL: baseUrl } });
      worst = Math.max(worst, r.status ?? 1);
    }
    return worst;
  });
  process.exit(status);
}
