import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Page } from 'playwright-core';
import { withPage } from './support';

/** The scripts a route loads, with their transferred (compressed) sizes, until `ready` resolves. */
async function scriptsOf(page: Page, path: string, ready: () => Promise<unknown>) {
  const sizes: Promise<{ url: string; bytes: number; encoding: string }>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    sizes.push(
      (async () => ({
        url: response.url(),
        bytes: (await response.request().sizes()).responseBodySize,
        encoding: (await response.headerValue('content-encoding')) ?? 'none',
      }))(),
    );
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  await ready();
  await page.waitForLoadState('networkidle');
  const scripts = await Promise.all(sizes);
  // Files too small for the server to compress count at their full size.
  assert.ok(scripts.some((s) => s.encoding === 'gzip' || s.encoding === 'br'), 'the server compresses scripts');
  return { scripts, total: scripts.reduce((sum, s) => sum + s.bytes, 0) };
}

it('the first route loads at most 110 KB of compressed JavaScript in all', async () => {
  await withPage(async (page) => {
    const { scripts, total } = await scriptsOf(page, '/', () => page.getByRole('heading', { level: 2 }).first().waitFor());
    console.log(`first-route JavaScript: ${(total / 1024).toFixed(1)} KiB over ${scripts.length} files`);
    assert.ok(total <= 110 * 1024, `first route loaded ${(total / 1024).toFixed(1)} KiB of JavaScript`);
  });
});

it('the sandbox opened on a challenge, with its AWS icons, loads at most 200 KB of compressed JavaScript', async () => {
  await withPage(async (page) => {
    const { scripts, total } = await scriptsOf(page, '/sandbox?challenge=s3-upload-runs-task', async () => {
      await page.locator('.react-flow__node[data-id="uploads"] img').waitFor();
      await page.getByRole('button', { name: 'Add IAM role' }).waitFor();
    });
    console.log(`sandbox (challenge link) JavaScript: ${(total / 1024).toFixed(1)} KiB over ${scripts.length} files`);
    // The image exporter, the layout library, the database and the schema load when first needed.
    assert.deepEqual(scripts.filter((s) => /html-to-image|\/layout-|\/schemas-|\/import-wrapper-/.test(s.url)).map((s) => s.url), []);
    assert.ok(total <= 200 * 1024, `the sandbox loaded ${(total / 1024).toFixed(1)} KiB of JavaScript`);
  });
});

it('the sandbox reopening a saved diagram loads at most 260 KB of compressed JavaScript (the database and the diagram schema come with it)', async () => {
  await withPage(async (page) => {
    await page.goto('/sandbox?challenge=s3-upload-runs-task');
    await page.getByRole('button', { name: 'Add SQS queue' }).click();
    await page.waitForTimeout(800);
    // Measured as a first visit would be: nothing from the HTTP cache or the service worker.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.setBypassServiceWorker', { bypass: true });
    const { scripts, total } = await scriptsOf(page, '/sandbox', () => page.locator('.react-flow__node[data-id="queue-1"]').waitFor());
    console.log(`sandbox (saved diagram) JavaScript: ${(total / 1024).toFixed(1)} KiB over ${scripts.length} files`);
    assert.ok(total <= 260 * 1024, `the sandbox loaded ${(total / 1024).toFixed(1)} KiB of JavaScript`);
  });
});
