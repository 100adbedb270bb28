// JavaScript transferred per route, compressed, as a first-time visitor's browser receives it: every
// script the page and its workers fetch until the screen's content has appeared and the network is idle.
// Bytes are deterministic for a build, so each route has a budget that fails the run when it is exceeded.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { ROUTES } from './routes';
import { widgetsLoaded, withPage } from './support';

/** Compressed bytes of every script fetched while `visit` runs (page, dynamic imports and workers). */
export async function scriptBytes(page: Page, visit: () => Promise<void>): Promise<{ total: number; files: { url: string; bytes: number }[] }> {
  const pending: Promise<{ url: string; bytes: number }>[] = [];
  page.context().on('response', (response) => {
    const url = response.url();
    // The service worker's precache downloads the whole app after the first visit; it is measured apart.
    if (response.request().serviceWorker() || !/\.m?js(\?|$)/.test(new URL(url).pathname)) return;
    pending.push((async () => ({ url, bytes: (await response.request().sizes()).responseBodySize }))());
  });
  await visit();
  await page.waitForLoadState('networkidle');
  const files = await Promise.all(pending);
  return { total: files.reduce((s, f) => s + f.bytes, 0), files };
}

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

  // A lesson's widgets mount as the reader reaches them; read to the end, the lesson still fits.
  for (const route of ROUTES.filter((r) => r.path.startsWith('/learn/'))) {
    it(`${route.path}, read to the end with every widget mounted, stays within ${route.budgetKB} KB`, async () => {
      await withPage(async (page) => {
        const { total, files } = await scriptBytes(page, async () => {
          await page.goto(route.path);
          await route.ready(page);
          await widgetsLoaded(page);
        });
        const kb = total / 1000;
        console.log(`${route.path} (every widget): ${kb.toFixed(1)} KB over ${files.length} files`);
        if (process.env.BUDGET_FILES) for (const f of [...files].sort((a, b) => b.bytes - a.bytes)) console.log(`    ${(f.bytes / 1000).toFixed(1)} KB ${new URL(f.url).pathname}`);
        assert.ok(kb <= route.budgetKB, `${route.path} with every widget loaded ${kb.toFixed(1)} KB`);
      });
    });
  }
});
