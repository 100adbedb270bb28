import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { BASE_URL, openLesson, withPage } from './support';
import { openTab } from './sandboxSupport';

/**
 * The built app under its Content-Security-Policy: every route loads and works, and the browser
 * reports no violation (a blocked script, eval, style, image or connection) on any of them.
 */

/** Collects every `securitypolicyviolation` the page reports, from its first script on. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`));
  });
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) console.push(m.text());
  });
  return async () => [...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)), ...console];
}

const ROUTES: Array<{ path: string; ready: (page: Page) => Promise<void> }> = [
  { path: '/', ready: (p) => p.getByRole('heading', { level: 1 }).first().waitFor() },
  { path: '/learn', ready: (p) => p.getByRole('heading', { level: 1 }).first().waitFor() },
  { path: '/learn/ecs/clusters', ready: (p) => openLesson(p, '/learn/ecs/clusters') },
  { path: '/learn/delivery/codepipeline-codebuild', ready: (p) => openLesson(p, '/learn/delivery/codepipeline-codebuild') },
  { path: '/sandbox', ready: (p) => p.getByRole('button', { name: 'Add SQS queue' }).waitFor() },
  { path: '/simulator', ready: (p) => p.locator('.sim-title').waitFor() },
  { path: '/practice', ready: (p) => p.getByRole('heading', { level: 1 }).first().waitFor() },
  { path: '/progress', ready: (p) => p.getByRole('heading', { level: 1 }).first().waitFor() },
  { path: '/settings', ready: (p) => p.getByRole('button', { name: /Export my data/ }).waitFor() },
];

describe('Content-Security-Policy', () => {
  it('is in the built page and in the preview server header, and forbids inline script, eval and other origins', async () => {
    // WebAssembly may compile ('wasm-unsafe-eval', for the FSRS optimizer); JavaScript eval stays forbidden.
    const res = await fetch(`${BASE_URL}/`);
    const header = res.headers.get('content-security-policy') ?? '';
    const html = await res.text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replace(/&#39;/g, "'") ?? '';
    for (const policy of [meta, header]) {
      assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
      assert.match(policy, /connect-src 'self'(;|$)/);
      assert.doesNotMatch(policy, /'unsafe-eval'/);
    }
    assert.match(header, /frame-ancestors 'none'/);
    // Cross-origin isolation, which the optimizer's threads need.
    assert.equal(res.headers.get('cross-origin-opener-policy'), 'same-origin');
    assert.equal(res.headers.get('cross-origin-embedder-policy'), 'require-corp');
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script in index.html');
  });

  it('every route loads with zero violations, and the diagram exports still work', async () => {
    await withPage(async (page) => {
      const violations = await recordViolations(page);
      for (const route of ROUTES) {
        await page.goto(route.path);
        await route.ready(page);
        await page.waitForTimeout(300);
        assert.deepEqual(await violations(), [], `violations on ${route.path}`);
      }
      // The sandbox's PNG export draws through data: and blob: images.
      await page.goto('/sandbox');
      await page.getByRole('button', { name: 'Add SQS queue' }).click();
      await openTab(page, 'Diagrams');
      const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
      assert.match(png.suggestedFilename(), /\.png$/);
      // A simulator run and a practice answer exercise the engine and the database under the policy.
      await page.goto('/practice?mode=daily');
      await page.locator('.question-stem').waitFor();
      await page.keyboard.press('1');
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: /Next review|comes back later in this session/ }).waitFor();
      assert.deepEqual(await violations(), []);
    });
  });

  it('the service worker registers under the policy and serves the app offline with the policy intact', async () => {
    await withPage(async (page, context) => {
      const violations = await recordViolations(page);
      await page.goto('/');
      await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
      await page.waitForTimeout(1000);
      await context.setOffline(true);
      await page.goto('/sandbox');
      await page.getByRole('button', { name: 'Add SQS queue' }).waitFor();
      const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
      assert.match(policy, /script-src 'self'/);
      assert.deepEqual(await violations(), []);
    });
  });
});
