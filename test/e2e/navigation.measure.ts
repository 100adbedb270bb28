// Browser benchmark (run by `npm run bench`): how long a header click takes to show the next screen on
// a warm cache (each screen visited once before, the service worker in control), on a laptop viewport.
// Each sample is measured inside the page: from the click to the first animation frame in which the
// address has changed and the new screen's main heading is in the document. Budget: median ≤ 150 ms.
import { withPage } from './support';

const BUDGET_MS = 150;
const ROUNDS = 5;
const DESTINATIONS = ['/learn', '/sandbox', '/simulator', '/practice', '/progress', '/'];

const samples = await withPage(
  async (page) => {
    await page.goto('/');
    await page.evaluate(async () => navigator.serviceWorker && (await navigator.serviceWorker.ready));
    // Warm: every destination once, as a learner would have after a first session.
    for (const path of DESTINATIONS) {
      await page.goto(path);
      await page.locator('main h1, main h2').first().waitFor({ timeout: 30_000 });
    }
    await page.goto('/');
    await page.locator('main h2').first().waitFor();
    const times: Record<string, number[]> = {};
    for (let round = 0; round < ROUNDS; round++) {
      for (const path of DESTINATIONS) {
        // A string, not a function: the test runner's transform would add helpers the page does not have.
        const ms = await page.evaluate<number>(`new Promise((resolve, reject) => {
          const to = ${JSON.stringify(path)};
          const link = document.querySelector(to === '/' ? 'a.brand' : '.site-nav a[href="' + to + '"]');
          if (!link) return reject(new Error('no header link to ' + to));
          const before = document.querySelector('main h1, main h2');
          const start = performance.now();
          const check = () => {
            const heading = document.querySelector('main h1, main h2');
            if (location.pathname === to && heading && heading !== before) resolve(performance.now() - start);
            else if (performance.now() - start > 10000) reject(new Error(to + ' did not show within 10 s'));
            else requestAnimationFrame(check);
          };
          link.click();
          requestAnimationFrame(check);
        })`);
        (times[path] ??= []).push(ms);
        await page.waitForTimeout(300);
      }
    }
    return times;
  },
  { viewport: { width: 1280, height: 800 } },
);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const all = Object.values(samples).flat();
console.log('\nBrowser (Chromium, production build): a header click until the next screen shows, warm cache');
for (const [path, xs] of Object.entries(samples)) console.log(`  ${median(xs).toFixed(0).padStart(5)} ms median  ${path}  (${xs.length} clicks)`);
console.log(`  ${median(all).toFixed(0).padStart(5)} ms median over every click (budget ${BUDGET_MS} ms)`);
process.exit(median(all) <= BUDGET_MS ? 0 : 1);
