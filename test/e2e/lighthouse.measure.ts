// Browser benchmark (run by `npm run bench`): Lighthouse's mobile preset (simulated slow 4G, CPU ×4) on
// every budgeted route of the production build, three runs each, reporting the median performance and
// accessibility scores with the metrics behind them. Scores are noisy, so this is a benchmark, not a
// test: it prints, and exits non-zero only when a median misses the targets (performance ≥ 95,
// accessibility 100, CLS ≤ 0.02), so a quiet machine's run can be read as pass or fail.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { ROUTES } from './routes';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const only = process.env.LIGHTHOUSE_ROUTES?.split(',');

interface Run {
  performance: number;
  accessibility: number;
  tbt: number;
  lcp: number;
  cls: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function audit(url: string): Promise<Run> {
  // A fresh browser and profile per run: every run is a first visit, as Lighthouse intends.
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    return {
      performance: Math.round((categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
      tbt: audits['total-blocking-time']?.numericValue ?? NaN,
      lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
      cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
    };
  } finally {
    chrome.kill();
  }
}

console.log(`\nLighthouse, mobile preset, production build: median of ${RUNS} runs per route`);
console.log('  perf  a11y    TBT     LCP    CLS   route (each run\'s performance)');
let missed = 0;
for (const { path } of ROUTES.filter((r) => !only || only.includes(r.path))) {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await audit(base + path));
  const m = (k: keyof Run) => median(runs.map((r) => r[k]));
  const ok = m('performance') >= 95 && m('accessibility') === 100 && m('cls') <= 0.02;
  if (!ok) missed++;
  console.log(
    `  ${String(m('performance')).padStart(4)}  ${String(m('accessibility')).padStart(4)}  ${m('tbt').toFixed(0).padStart(5)} ms ${(m('lcp') / 1000).toFixed(2).padStart(5)} s  ${m('cls').toFixed(3)}  ${path}  (${runs.map((r) => r.performance).join(', ')})${ok ? '' : '  ← below target'}`,
  );
}
process.exit(missed ? 1 : 0);
