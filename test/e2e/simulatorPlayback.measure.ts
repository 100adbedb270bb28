// Browser benchmark (run by `npm run bench`): the simulator playing a rolling update at desired 1 000
// with explanations (100 instances in three zones, 1 000 tasks replaced), opened as a scenario file.
// A PerformanceObserver records the main thread's long tasks while it plays at top speed and while
// the learner jumps to the end and back. Budget: no task over 50 ms.
import { rollingUpdate1000 } from '../fixtures/rollingUpdate1000';
import { withPage } from './support';

const PLAY_MS = 6_000;
const BUDGET_MS = 50;

interface Recorded {
  count: number;
  longest: number;
  events: number;
}

const { load, play, seek } = await withPage(
  async (page) => {
    // The observer is installed before the app starts, so the page's own loading is seen too (reported, not judged).
    await page.addInitScript(() => {
      const w = window as unknown as { __long: { start: number; duration: number }[] };
      w.__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto('/simulator');
    await page.getByRole('heading', { level: 1, name: 'Simulator' }).waitFor();
    await page.locator('#sim-file').setInputFiles({ name: 'rolling-update-1000.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(rollingUpdate1000())) });
    await page.getByRole('heading', { level: 2, name: 'Rolling update at desired 1 000' }).waitFor({ timeout: 60_000 });
    const slider = page.getByRole('slider', { name: 'Position' });
    await page.waitForFunction(() => Number((document.querySelector('#sim-position') as HTMLInputElement | null)?.max ?? 0) > 1000, undefined, { timeout: 60_000 });
    // Let the screen settle (the first paint of 1 000 tasks, the worker's result) before measuring.
    await page.waitForTimeout(1_500);
    const since = () => page.evaluate(() => performance.now());
    const recorded = async (from: number, to: number, events: number): Promise<Recorded> => {
      const tasks = await page.evaluate(([a, b]) => (window as unknown as { __long: { start: number; duration: number }[] }).__long.filter((t) => t.start >= a && t.start < b), [from, to] as const);
      return { count: tasks.length, longest: Math.max(0, ...tasks.map((t) => t.duration)), events };
    };

    const loaded = await since();
    const load = await recorded(0, loaded, 0);

    await page.getByLabel('Speed').first().selectOption('4');
    const before = Number(await slider.inputValue());
    const playStart = await since();
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.waitForTimeout(PLAY_MS);
    await page.getByRole('button', { name: 'Pause', exact: true }).click({ timeout: 60_000 });
    const playEnd = await since();
    const play = await recorded(playStart, playEnd, Number(await slider.inputValue()) - before);

    const seekStart = await since();
    await page.getByRole('button', { name: 'Go to the end' }).click();
    await page.waitForTimeout(500);
    await page.getByRole('button', { name: 'Step back' }).click();
    await page.waitForTimeout(300);
    await page.getByRole('button', { name: 'Go to the start' }).click();
    await page.waitForTimeout(500);
    const seekEnd = await since();
    const seek = await recorded(seekStart, seekEnd, 3);
    return { load, play, seek };
  },
  { viewport: { width: 1920, height: 1080 } },
);

const line = (what: string, r: Recorded) => `  ${String(r.count).padStart(4)} long tasks, longest ${r.longest.toFixed(0).padStart(4)} ms  ${what}`;
console.log('\nBrowser (Chromium, production build): simulator, rolling update at desired 1 000 with explanations');
console.log(line('opening the page and the scenario file (not judged)', load));
console.log(line(`playing at 4× for ${PLAY_MS / 1000} s (${play.events} events; budget: none over ${BUDGET_MS} ms)`, play));
console.log(line(`going to the end, one step back, to the start (budget: none over ${BUDGET_MS} ms)`, seek));
process.exit(play.count === 0 && seek.count === 0 ? 0 : 1);
