// Builds the app, serves the production build on a free port, runs the browser journeys in Chromium
// and always stops the server, whatever happens. `--no-build` reuses dist/; file arguments pick specs.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { buildApp, withPreview } from './preview.mjs';

buildApp(!process.argv.includes('--no-build'));
const status = await withPreview((baseUrl) => {
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const specs = only.length ? only : readdirSync('test/e2e').filter((f) => f.endsWith('.spec.ts')).sort().map((f) => `test/e2e/${f}`);
  // A journey that hangs fails after five minutes instead of holding the run, and the file's process exits
  // even if the hung step still holds the browser open.
  const run = spawnSync('npx', ['tsx', '--test', '--test-concurrency=1', '--test-timeout=300000', '--test-force-exit', '--test-reporter=spec', ...specs], {
    stdio: 'inherit',
    env: { ...process.env, BASE_URL: baseUrl },
  });
  return run.status ?? 1;
});
process.exit(status);
