// The sandbox grades in the engine worker: while the worker grades a large imported diagram, the main
// thread runs no task over 50 ms (PerformanceObserver 'longtask'), and the findings arrive from the worker.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bigDiagram } from './bigDiagram';
import { node, openTab } from './sandboxSupport';
import { withPage } from './support';

declare global {
  interface Window {
    longTasks: { start: number; duration: number }[];
    engineMessages: { at: number; dir: 'to' | 'from' }[];
  }
}

const PROBLEMS_TAB = '[role="tab"][id$="-tab-problems"]';

describe('grading off the main thread', () => {
  it('runs no main-thread task over 50 ms while the worker grades a 153-node imported diagram after an edit', async () => {
    await withPage(async (page) => {
      await page.addInitScript(() => {
        window.longTasks = [];
        window.engineMessages = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.longTasks.push({ start: e.startTime, duration: Math.round(e.duration) });
        }).observe({ type: 'longtask', buffered: true });
        // When the page asks the engine worker and when the answer comes back.
        const post = Worker.prototype.postMessage;
        Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
          window.engineMessages.push({ at: performance.now(), dir: 'to' });
          return post.apply(this, args as never);
        } as Worker['postMessage'];
        const Native = window.Worker;
        window.Worker = class extends Native {
          constructor(url: string | URL, options?: WorkerOptions) {
            super(url, options);
            this.addEventListener('message', () => window.engineMessages.push({ at: performance.now(), dir: 'from' }));
          }
        };
      });
      await page.goto('/sandbox');
      await page.getByRole('heading', { level: 1, name: 'Sandbox' }).waitFor();
      await openTab(page, 'Diagrams');
      const diagram = bigDiagram();
      await page.getByLabel('Import a diagram file (JSON)').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(diagram)) });
      await page.getByText('Imported big.json.').waitFor();
      // Every copy's task role lacks dynamodb:PutItem: the worker's findings give the Problems tab its count.
      await page.waitForFunction((sel) => /\(\d+\)/.test(document.querySelector(sel)?.textContent ?? ''), PROBLEMS_TAB, { timeout: 20_000 });

      // An edit the engine grades again and the drawing does not move for: one task role gets its missing write.
      await node(page, 'task-role-0').click();
      const actions = page.getByLabel('Allowed actions (comma or line separated)');
      await actions.waitFor();
      await page.waitForTimeout(1500);
      const before = await page.locator(PROBLEMS_TAB).textContent();
      const since = await page.evaluate(() => performance.now());
      await actions.fill('s3:GetObject, dynamodb:PutItem');
      await page.waitForFunction(([sel, old]) => document.querySelector(sel!)?.textContent !== old, [PROBLEMS_TAB, before], { timeout: 20_000 });
      await page.waitForTimeout(500);
      const { tasks, messages } = await page.evaluate((t) => ({ tasks: window.longTasks.filter((l) => l.start >= t), messages: window.engineMessages.filter((m) => m.at >= t) }), since);

      // The grading window: from the last request posted to the worker until its answer arrived.
      const asked = messages.filter((m) => m.dir === 'to').at(-1)?.at;
      const answered = messages.filter((m) => m.dir === 'from').at(-1)?.at;
      assert.ok(asked !== undefined && answered !== undefined && answered > asked, 'the edit was graded by the engine worker');
      const during = tasks.filter((l) => l.start >= asked && l.start < answered);
      const fmt = (list: { duration: number }[]) => `[${list.map((l) => l.duration).join(', ')}]`;
      console.log(`worker graded for ${Math.round(answered - asked)} ms; long tasks before asking ${fmt(tasks.filter((l) => l.start < asked))} ms, while grading ${fmt(during)} ms, showing the answer ${fmt(tasks.filter((l) => l.start >= answered))} ms`);
      assert.deepEqual(during, [], `main-thread tasks over 50 ms while the worker graded: ${fmt(during)} ms`);
    });
  });
});
