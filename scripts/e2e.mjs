// Builds the app, serves the production build on a free port, runs the browser specs in Chromium
// and always stops the server, whatever happens.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { readdirSync } from 'node:fs';

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitFor(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the preview server did not answer at ${url} within ${ms} ms`);
}

const skipBuild = process.argv.includes('--no-build');
if (!skipBuild) {
  const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  detached: true,
});
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};
process.on('SIGINT', () => {
  stop();
  process.exit(130);
});

let status = 1;
try {
  await waitFor(baseUrl, 30_000);
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const specs = only.length ? only : readdirSync('test/e2e').filter((f) => f.endsWith('.spec.ts')).sort().map((f) => `test/e2e/${f}`);
  const run = spawnSync('npx', ['tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...specs], {
    stdio: 'inherit',
    env: { ...process.env, BASE_URL: baseUrl },
  });
  status = run.status ?? 1;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  stop();
}
process.exit(status);
