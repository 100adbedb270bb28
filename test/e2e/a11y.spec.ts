// axe on every route, light and dark: no violation of any impact. Lessons are checked with every widget
// mounted and loaded (widgets mount only near the viewport), so the widgets' own markup is checked too.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { allViolations, openLesson, withPage } from './support';

interface Screen {
  path: string;
  /** Waits until what the route shows is on screen. */
  ready: (page: Page) => Promise<unknown>;
}

const title = (page: Page) => page.getByRole('heading', { level: 1 }).waitFor();

/** One screen per route of src/app/routes.tsx, lessons with each kind of widget, and the practice modes. */
const SCREENS: Screen[] = [
  { path: '/', ready: (p) => p.getByRole('heading', { level: 2 }).first().waitFor() },
  { path: '/learn', ready: title },
  { path: '/learn/ecs', ready: title },
  // Code blocks, tables and quizzes; simulators, a sandbox exercise and quizzes; Kubernetes simulators.
  { path: '/learn/docker/images-containers-dockerfile', ready: () => Promise.resolve() },
  { path: '/learn/ecs/launch-types', ready: () => Promise.resolve() },
  { path: '/learn/ecs/placement', ready: () => Promise.resolve() },
  { path: '/learn/eks/kubernetes-architecture', ready: () => Promise.resolve() },
  { path: '/sandbox', ready: (p) => p.locator('.react-flow').first().waitFor() },
  { path: '/simulator', ready: (p) => p.locator('.sim-instance').first().waitFor() },
  { path: '/practice', ready: (p) => p.getByRole('heading', { name: 'Daily review' }).waitFor() },
  { path: '/practice?mode=daily', ready: (p) => p.locator('.question-stem').waitFor() },
  { path: '/progress', ready: title },
  { path: '/settings', ready: title },
  { path: '/no-such-page', ready: title },
];

describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`axe finds no violation of any impact on any route (${colorScheme})`, async () => {
      const found: string[] = [];
      await withPage(
        async (page) => {
          for (const { path, ready } of SCREENS) {
            if (path.startsWith('/learn/') && path.split('/').length === 4) await openLesson(page, path);
            else await page.goto(path);
            await ready(page);
            // Transitions (theme colours, the tab bar's highlight) finish before colours are measured.
            await page.waitForTimeout(300);
            for (const violation of await allViolations(page)) found.push(`${path}: ${violation}`);
          }
        },
        { colorScheme, viewport: { width: 1280, height: 800 } },
      );
      assert.deepEqual(found, []);
    });
  }
});
