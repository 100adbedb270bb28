import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:4173';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Runs `fn` with a fresh browser, context and page; always closes the browser. */
export async function withPage<T>(
  fn: (page: Page, context: BrowserContext) => Promise<T>,
  options: { viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark'; locale?: string; touch?: boolean; /** The same as `touch`. */ hasTouch?: boolean; reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<T> {
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ARGS });
    const context = await browser.newContext({
      baseURL: BASE_URL,
      viewport: options.viewport ?? { width: 1280, height: 900 },
      colorScheme: options.colorScheme ?? 'light',
      locale: options.locale ?? 'en-US',
      acceptDownloads: true,
      // A phone: touch events, a coarse pointer, and the viewport meta tag honoured as a mobile browser does.
      ...(options.touch || options.hasTouch ? { hasTouch: true, isMobile: true } : {}),
      reducedMotion: options.reducedMotion ?? 'no-preference',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    return await fn(page, context);
  } finally {
    await browser?.close();
  }
}

/** Serious and critical axe violations on the page as it is now, as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Every axe violation on the page as it is now, whatever its impact, as readable lines. */
export async function allViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The element's box in viewport coordinates (throws when it is not rendered). */
export async function boxOf(locator: { boundingBox(): Promise<Box | null> }): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('the element has no box: it is not rendered');
  return box;
}

/** Presses Tab (or Shift+Tab) until the focused element matches, up to `max` presses. */
export async function tabTo(
  page: Page,
  matches: (el: { tag: string; name: string; role: string | null }) => boolean,
  max = 40,
  { backwards = false }: { backwards?: boolean } = {},
): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return { tag: a?.tagName.toLowerCase() ?? '', name: (a?.getAttribute('aria-label') ?? a?.textContent ?? '').trim(), role: a?.getAttribute('role') ?? null };
    });
    if (matches(el)) return;
  }
  throw new Error(`no focusable element matched after ${max} presses of Tab`);
}

/**
 * Waits until every widget of a lesson (quiz, simulator, sandbox) has loaded its chunk. Widgets mount as
 * they come near the viewport, so this first brings each one near, then returns to where the page was.
 */
export async function widgetsLoaded(page: Page, timeout = 30_000, { scroll = true }: { scroll?: boolean } = {}): Promise<void> {
  if (scroll) await mountWidgets(page);
  await page.waitForFunction(
    (all) => !document.querySelector(all ? '.widget-loading, .sb-widget-loading, .widget-slot:not([data-mounted])' : '.widget-loading, .sb-widget-loading'),
    scroll,
    { timeout },
  );
}

/** Brings every lesson widget near the viewport so that it mounts, then returns to where the page was. */
async function mountWidgets(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const y = window.scrollY;
    for (const slot of document.querySelectorAll<HTMLElement>('.widget-slot:not([data-mounted])')) {
      slot.scrollIntoView({ block: 'center' });
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
    }
    window.scrollTo(0, y);
  });
}

/**
 * Every row of one table of the app's IndexedDB database, read in the page (empty when it is missing).
 * Reading never creates the database: one made here, empty, before the app made its own, would be the
 * app's to upgrade.
 */
export async function readTable<T = Record<string, unknown>>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('container-lab');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            return resolve([]);
          }
          const req = db.transaction(name, 'readonly').objectStore(name).getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result as T[]);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    table,
  );
}

/**
 * Has the app create its database, then waits until its tables exist: for tests that write rows straight
 * into it. A first visit to most screens creates nothing until the learner writes; the settings screen
 * reads through the database layer, which creates it.
 */
export async function createAppDatabase(page: Page, timeout = 10_000): Promise<void> {
  await page.goto('/settings');
  const end = Date.now() + timeout;
  for (;;) {
    const ready = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('container-lab');
          open.onupgradeneeded = () => open.transaction?.abort();
          open.onerror = () => resolve(false);
          open.onsuccess = () => {
            const has = open.result.objectStoreNames.contains('cards');
            open.result.close();
            resolve(has);
          };
        }),
    );
    if (ready) return;
    if (Date.now() > end) throw new Error(`the app did not create its database within ${timeout} ms`);
    await page.waitForTimeout(100);
  }
}

export async function countRows(page: Page, table: string): Promise<number> {
  return (await readTable(page, table)).length;
}

/** Polls the stored rows of `table` until `accept` holds (a save has landed), or fails after `timeout` ms. */
export async function untilStored<T = Record<string, unknown>>(page: Page, table: string, accept: (rows: T[]) => boolean, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    if (accept(await readTable<T>(page, table))) return;
    if (Date.now() > end) throw new Error(`the ${table} table never held the expected rows within ${timeout} ms`);
    await page.waitForTimeout(100);
  }
}

/** Opens a lesson and waits until its body and every widget in it have loaded, so nothing moves any more. */
export async function openLesson(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('.lesson .objectives').waitFor();
  await widgetsLoaded(page);
}
