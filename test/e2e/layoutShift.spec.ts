// Nothing moves while a screen loads: on a phone-sized viewport with the CPU slowed four times, each
// budgeted route is loaded and every layout shift not caused by input is summed (the CLS a learner
// would feel). Lesson widgets and the body hold their place while they load.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ROUTES } from './routes';
import { withPage } from './support';

const MAX_CLS = 0.02;

describe('layout shift while loading', () => {
  for (const route of ROUTES) {
    it(`${route.path} shifts by at most ${MAX_CLS} on a slow phone`, async () => {
      await withPage(
        async (page, context) => {
          const cdp = await context.newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
          await page.addInitScript(() => {
            const w = window as unknown as { __cls: { value: number; what: string }[] };
            w.__cls = [];
            new PerformanceObserver((list) => {
              for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
                if (!e.hadRecentInput) w.__cls.push({ value: e.value, what: (e.sources ?? []).map((s) => (s.node instanceof Element ? s.node.className || s.node.nodeName : '?')).join(', ') });
              }
            }).observe({ type: 'layout-shift', buffered: true });
          });
          await page.goto(route.path);
          await route.ready(page);
          await page.waitForTimeout(2_000);
          const shifts = await page.evaluate(() => (window as unknown as { __cls: { value: number; what: string }[] }).__cls);
          const total = shifts.reduce((s, e) => s + e.value, 0);
          assert.ok(total <= MAX_CLS, `${route.path}: layout shift ${total.toFixed(3)} from ${shifts.map((s) => `${s.value.toFixed(3)} (${s.what})`).join('; ')}`);
        },
        { viewport: { width: 412, height: 823 }, touch: true },
      );
    });
  }
});
