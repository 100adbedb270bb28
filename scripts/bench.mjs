// Runs every Vitest benchmark, then prints each one's median (the figure the project's budgets use).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const dir = mkdtempSync(path.join(tmpdir(), 'bench-'));
const out = path.join(dir, 'bench.json');
const run = spawnSync('npx', ['vitest', 'bench', '--run', '--project', 'node', '--outputJson', out, ...process.argv.slice(2)], { stdio: 'inherit' });
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
