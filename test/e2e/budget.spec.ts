// JavaScript transferred per route, compressed, as a first-time visitor's browser receives it: every
// script the page and its workers fetch until the screen's content has appeared and the network is idle.
// Bytes are deterministic for a build, so each route has a budget that fails the run when it is exceeded.
import assert from 'node:assert/strict';
import http from 'node:http';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { ROUTES } from './routes';
import { untilStored, widgetsLoaded, withPage } from './support';

/**
 * Compressed bytes of every script fetched while `visit` runs (page, dynamic imports and workers).
 * Chromium says which scripts were fetched; their size is what the server sends for each, in the encoding it
 * chose for the browser, fetched again from the test. (Playwright's `request.sizes()` can wait forever in
 * Chromium for some responses, which once held a CI run until its time limit.)
 */
export async function scriptBytes(page: Page, visit: () => Promise<void>): Promise<{ total: number; files: { url: string; bytes: number }[] }> {
  const fetched: { url: string; encoding: string }[] = [];
  page.context().on('response', (response) => {
    const url = response.url();
    // The service worker's precache downloads the whole app after the first visit; it is measured apart.
    if (response.request().serviceWorker() || !/\.m?js(\?|$)/.test(new URL(url).pathname)) return;
    fetched.push({ url, encoding: response.headers()['content-encoding'] ?? 'identity' });
  });
  await visit();
  await page.waitForLoadState('networkidle');
  const files = await Promise.all(fetched.map(async ({ url, encoding }) => ({ url, bytes: await encodedSize(url, encoding) })));
  return { total: files.reduce((s, f) => s + f.bytes, 0), files };
}

/** Bytes of `url`'s body as the server sends it in `encoding`, not decoded. */
function encodedSize(url: string, encoding: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { 'accept-encoding': encoding }, timeout: 10_000 }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => (response.statusCode === 200 ? resolve(bytes) : reject(new Error(`${url}: HTTP ${response.statusCode}`))));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`${url}: no answer within 10 s`)));
    request.on('error', reject);
  });
}

/** A lesson read to the end: its load budget plus what its widgets and figures bring as they come into view. */
const READ_TO_THE_END_KB = 200;

describe('JavaScript budget per route', () => {
  for (const route of ROUTES) {
    it(`${route.path} loads at most ${route.budgetKB} KB of compressed JavaScript`, async () => {
      await withPage(async (page) => {
        const { total, files } = await scriptBytes(page, async () => {
          await page.goto(route.path);
          await route.ready(page);
        });
        const kb = total / 1000;
        console.log(`${route.path}: ${kb.toFixed(1)} KB over ${files.length} files`);
        if (process.env.BUDGET_FILES) for (const f of [...files].sort((a, b) => b.bytes - a.bytes)) console.log(`    ${(f.bytes / 1000).toFixed(1)} KB ${new URL(f.url).pathname}`);
        assert.ok(kb <= route.budgetKB, `${route.path} loaded ${kb.toFixed(1)} KB:\n${files.map((f) => `  ${(f.bytes / 1000).toFixed(1)} KB ${new URL(f.url).pathname}`).join('\n')}`);
      });
    });
  }

  // A lesson's widgets and figures mount as the reader reaches them (a sandbox exercise only when started):
  // a lesson read to the end, every simulator, quiz and figure mounted, stays within READ_TO_THE_END_KB.
  for (const route of ROUTES.filter((r) => r.path.startsWith('/learn/'))) {
    it(`${route.path}, read to the end with every widget mounted, stays within ${READ_TO_THE_END_KB} KB`, async () => {
      await withPage(async (page) => {
        const { total, files } = await scriptBytes(page, async () => {
          await page.goto(route.path);
          await route.ready(page);
          await widgetsLoaded(page);
        });
        const kb = total / 1000;
        console.log(`${route.path} (every widget): ${kb.toFixed(1)} KB over ${files.length} files`);
        if (process.env.BUDGET_FILES) for (const f of [...files].sort((a, b) => b.bytes - a.bytes)) console.log(`    ${(f.bytes / 1000).toFixed(1)} KB ${new URL(f.url).pathname}`);
        assert.ok(kb <= READ_TO_THE_END_KB, `${route.path} with every widget loaded ${kb.toFixed(1)} KB`);
      });
    });
  }
});

describe('the sandbox loads what a task needs', () => {
  it('opened on a challenge, with its AWS icons, it loads at most 200 KB and none of the exporter, layout, database or schema', async () => {
    await withPage(async (page) => {
      const { total, files } = await scriptBytes(page, async () => {
        await page.goto('/sandbox?challenge=s3-upload-runs-task');
        await page.locator('.react-flow__node[data-id="uploads"] img').waitFor();
        await page.getByRole('button', { name: 'Add IAM role' }).waitFor();
      });
      console.log(`/sandbox?challenge: ${(total / 1000).toFixed(1)} KB over ${files.length} files`);
      assert.deepEqual(files.filter((f) => /html-to-image|\/layout-|\/schemas-|\/import-wrapper-/.test(f.url)).map((f) => f.url), []);
      assert.ok(total / 1000 <= 200, `the sandbox loaded ${(total / 1000).toFixed(1)} KB`);
    });
  });

  it('reopening a saved diagram, it loads at most 260 KB (the database and the diagram schema come with it)', async () => {
    await withPage(async (page) => {
      await page.goto('/sandbox?challenge=s3-upload-runs-task');
      // A change made the moment the challenge's diagram shows is kept.
      await page.locator('.react-flow__node[data-id="uploads"]').waitFor();
      await page.getByRole('button', { name: 'Add SQS queue' }).click();
      // The diagram is saved a moment after the change: wait until the row holds the queue.
      await untilStored<{ diagram: { nodes: { id: string }[] } }>(page, 'diagrams', (rows) => rows.some((r) => r.diagram.nodes.some((n) => n.id === 'queue-1')));
      // Measured as a first visit would be: nothing from the HTTP cache or the service worker.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.setBypassServiceWorker', { bypass: true });
      const { total } = await scriptBytes(page, async () => {
        await page.goto('/sandbox');
        await page.locator('.react-flow__node[data-id="queue-1"]').waitFor();
      });
      console.log(`/sandbox (saved diagram): ${(total / 1000).toFixed(1)} KB`);
      assert.ok(total / 1000 <= 260, `the sandbox loaded ${(total / 1000).toFixed(1)} KB`);
    });
  });
});

describe('a lesson with sandbox exercises', () => {
  it('loads no editor until the reader starts an exercise, then opens it in place with focus on it', async () => {
    await withPage(async (page) => {
      const { files } = await scriptBytes(page, async () => {
        await page.goto('/learn/ecs/event-driven');
        await page.locator('.lesson .objectives').waitFor();
        await widgetsLoaded(page);
      });
      assert.deepEqual(files.filter((f) => /\/(sandbox|SandboxWidget)-/.test(f.url)).map((f) => f.url), []);
      const exercise = page.getByRole('region', { name: 'Sandbox exercise: An upload to S3 runs a Fargate task' });
      await exercise.getByRole('button', { name: 'Start the exercise' }).click();
      await page.locator('.sb-embed .react-flow__node[data-id="uploads"]').waitFor({ timeout: 20_000 });
      assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('sb-embed')), true);
    });
  });
});
