import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { boxOf, openLesson, seriousViolations, tabTo, untilStored, withPage } from './support';

const NAV = [
  ['Learn', '/learn', 'Learn'],
  ['Sandbox', '/sandbox', 'Sandbox'],
  ['Simulator', '/simulator', 'Simulator'],
  ['Practice', '/practice', 'Practice'],
  ['Progress', '/progress', 'Progress'],
] as const;

const LESSON = '/learn/docker/images-containers-dockerfile';
const PHONE = { width: 390, height: 844 };

describe('app shell', () => {
  it('reaches and follows every navigation link by keyboard alone', async () => {
    await withPage(async (page) => {
      await page.goto('/');
      await page.getByRole('heading', { level: 1, name: 'What to do today' }).waitFor();
      const nav = page.getByRole('navigation', { name: 'Main' });
      assert.deepEqual(await nav.getByRole('link').allInnerTexts(), NAV.map(([name]) => name));
      for (const [index, [name, path, heading]] of NAV.entries()) {
        // From the page title that took focus after the last navigation, the header is behind: go back to it.
        await tabTo(page, (el) => el.tag === 'a' && el.name === name, 40, { backwards: index > 0 });
        await page.keyboard.press('Enter');
        await page.waitForURL((url) => url.pathname === path);
        const title = page.getByRole('heading', { level: 1, name: heading });
        await title.waitFor();
        assert.equal(await title.evaluate((el) => el === document.activeElement), true, `focus moves to the ${heading} title`);
        assert.equal(await nav.getByRole('link', { name }).getAttribute('aria-current'), 'page');
      }
    });
  });

  it('switches language and theme, and both survive a reload', async () => {
    await withPage(async (page) => {
      await page.goto('/');
      await page.getByRole('button', { name: 'Switch to dark theme' }).click();
      await page.getByLabel('Language').selectOption('ko');
      await page.getByRole('heading', { level: 1, name: '오늘 할 일' }).waitFor();
      const nav = page.getByRole('navigation', { name: '주 메뉴' });
      assert.deepEqual(await nav.getByRole('link').allInnerTexts(), ['학습', '샌드박스', '시뮬레이터', '연습', '진도']);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: '오늘 할 일' }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.equal(bg, 'rgb(15, 23, 42)');
      await page.getByRole('button', { name: '밝은 테마로 전환' }).waitFor();
    });
  });

  it('follows the system colour scheme until the learner chooses', async () => {
    await withPage(
      async (page) => {
        await page.goto('/');
        await page.getByRole('heading', { level: 1 }).waitFor();
        assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
      },
      { colorScheme: 'dark', locale: 'ko-KR' },
    );
  });

  it('renders a lesson with highlighted code', async () => {
    await withPage(async (page) => {
      await openLesson(page, LESSON);
      await page.getByRole('heading', { level: 1, name: 'Images, containers and the Dockerfile' }).waitFor();
      const block = page.locator('pre code.language-dockerfile').first();
      await block.waitFor();
      assert.ok((await block.locator('.hljs-keyword').count()) > 0, 'dockerfile keywords are marked up');
      const keywordColour = await block.locator('.hljs-keyword').first().evaluate((el) => getComputedStyle(el).color);
      const textColour = await block.evaluate((el) => getComputedStyle(el).color);
      assert.notEqual(keywordColour, textColour, 'keywords are coloured differently from plain text');
    });
  });

  it('keeps lesson progress across a reload', async () => {
    await withPage(async (page) => {
      await openLesson(page, LESSON);
      await page.getByRole('button', { name: 'Mark lesson complete' }).click();
      await page.getByText('You completed this lesson.').waitFor();
      await page.reload();
      await page.getByRole('button', { name: 'Mark as not complete' }).waitFor();
      await page.goto('/learn');
      const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Images, containers and the Dockerfile' }) });
      await item.getByText('Completed').waitFor();
      await page.goto('/');
      await page.getByText('1 of').waitFor();
    });
  });

  it('resumes a lesson where the learner left off', async () => {
    await withPage(async (page) => {
      await openLesson(page, LESSON);
      await page.locator('pre').first().waitFor();
      await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
      await untilStored<{ scroll: number }>(page, 'lessonProgress', (rows) => rows.some((r) => r.scroll > 0.2));
      await page.goto('/');
      await page.getByRole('link', { name: 'Resume “Images, containers and the Dockerfile”' }).click();
      await page.locator('pre').first().waitFor();
      await page.waitForFunction(() => window.scrollY > 200);
    });
  });

  it('serves each screen a page that links its code, which the service worker does not precache', async () => {
    await withPage(async (page) => {
      const screens = [
        ['/learn', 'LearnPage'],
        ['/learn/ecs', 'TrackPage'],
        ['/learn/ecs/placement', 'LessonPage'],
        ['/sandbox', 'SandboxPage'],
        ['/simulator', 'SimulatorPage'],
        ['/practice?mode=daily', 'PracticePage'],
        ['/progress', 'ProgressPage'],
        ['/settings', 'SettingsPage'],
      ] as const;
      for (const [path, screen] of screens) {
        // Straight from the server: what a first visit (no service worker yet) receives.
        const html = await (await page.request.get(path)).text();
        assert.match(html, new RegExp(`<link rel="modulepreload" crossorigin href="/assets/${screen}-[\\w-]+\\.js">`), `${path} does not link ${screen}`);
      }
      const index = await (await page.request.get('/')).text();
      assert.doesNotMatch(index, /Page-[\w-]+\.js/, 'index.html, which every path falls back to, links no screen');
      const worker = await (await page.request.get('/sw.js')).text();
      assert.match(worker, /url:"index\.html"/);
      assert.doesNotMatch(worker, /practice\.html|learn\/ecs\/placement\.html/, 'the service worker precaches a screen page');
      // A first visit to a deep link opens its screen.
      await page.goto('/learn/ecs/placement');
      await page.getByRole('heading', { level: 1, name: 'Task placement: strategies, constraints and the cluster query language' }).waitFor();
    });
  });

  it('shows a not-found page for unknown addresses', async () => {
    await withPage(async (page) => {
      await page.goto('/no/such/page');
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
    });
  });
});

describe('backup', () => {
  it('exports, then imports the file back, restoring the progress it held', async () => {
    await withPage(async (page) => {
      await openLesson(page, LESSON);
      await page.getByRole('button', { name: 'Mark lesson complete' }).click();
      await page.getByText('You completed this lesson.').waitFor();
      await page.goto('/settings');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my data' }).click()]);
      const file = await download.path();
      const text = await readFile(file, 'utf8');
      assert.equal(JSON.parse(text).format, 'container-lab-backup');

      await openLesson(page, LESSON);
      await page.getByRole('button', { name: 'Mark as not complete' }).click();
      await page.getByRole('button', { name: 'Mark lesson complete' }).waitFor();

      await page.goto('/settings');
      await page.getByLabel('Import a backup file').setInputFiles(file);
      await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
      await page.getByText(/Import complete/).waitFor();
      await openLesson(page, LESSON);
      await page.getByRole('button', { name: 'Mark as not complete' }).waitFor();
    });
  });

  it('refuses a malformed file with the reason and changes nothing', async () => {
    await withPage(async (page) => {
      await openLesson(page, LESSON);
      await page.getByRole('button', { name: 'Mark lesson complete' }).click();
      await page.getByText('You completed this lesson.').waitFor();
      await page.goto('/settings');
      await page.getByLabel('Import a backup file').setInputFiles({
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"format": "container-lab-backup", "schemaVersion": 1, "tables": {'),
      });
      const alert = page.getByRole('alert');
      await alert.getByText('This file cannot be imported. Nothing was changed.').waitFor();
      await alert.getByText(/broken\.json: the file ends too early/).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Replace my data with this backup' }).count(), 0);
      await openLesson(page, LESSON);
      await page.getByRole('button', { name: 'Mark as not complete' }).waitFor();
    });
  });
});

// axe on every route, light and dark: test/e2e/a11y.spec.ts.

describe('the shell on each device', () => {
  it('on a phone, the header is one short row and every destination sits in a tab bar, big enough to tap', async () => {
    await withPage(
      async (page) => {
        await page.goto('/');
        await page.getByRole('heading', { level: 1, name: 'What to do today' }).waitFor();
        const header = await boxOf(page.getByRole('banner'));
        assert.ok(header.height <= 64, `the header is ${header.height} px tall`);
        const nav = page.getByRole('navigation', { name: 'Main' });
        for (const [name, path, heading] of NAV) {
          const link = nav.getByRole('link', { name });
          const box = await boxOf(link);
          assert.ok(box.width >= 44 && box.height >= 44, `${name} is ${box.width}×${box.height} px`);
          assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= PHONE.width && box.y + box.height <= PHONE.height, `${name} is inside the viewport`);
          await link.tap();
          await page.waitForURL((url) => url.pathname === path);
          await page.getByRole('heading', { level: 1, name: heading }).waitFor();
          assert.equal(await link.getAttribute('aria-current'), 'page');
        }
      },
      { viewport: PHONE, touch: true },
    );
  });

  it('on a phone, nothing at the end of a page hides behind the tab bar, and the language is one tap away in Settings', async () => {
    await withPage(
      async (page) => {
        await openLesson(page, LESSON);
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        const next = await boxOf(page.getByRole('link', { name: /^Next lesson:/ }));
        const bar = await boxOf(page.getByRole('navigation', { name: 'Main' }));
        assert.ok(next.y + next.height <= bar.y, `the last link ends at ${next.y + next.height}, the tab bar starts at ${bar.y}`);
        await page.getByRole('banner').getByRole('link', { name: 'Settings' }).tap();
        await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
        await page.getByRole('main').getByLabel('Language', { exact: true }).selectOption('ko');
        assert.deepEqual(await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link').allInnerTexts(), ['학습', '샌드박스', '시뮬레이터', '연습', '진도']);
      },
      { viewport: PHONE, touch: true },
    );
  });

  for (const viewport of [{ width: 1024, height: 768 }, { width: 1280, height: 800 }, { width: 1920, height: 1080 }]) {
    it(`at ${viewport.width}×${viewport.height} the header is one row: brand, navigation and controls side by side`, async () => {
      await withPage(
        async (page) => {
          await page.goto('/');
          await page.getByRole('heading', { level: 1, name: 'What to do today' }).waitFor();
          const banner = page.getByRole('banner');
          const items = [banner.getByRole('link', { name: 'Container Lab' }), ...NAV.map(([name]) => banner.getByRole('link', { name })), banner.getByLabel('Language'), banner.getByRole('button', { name: 'Switch to dark theme' }), banner.getByRole('link', { name: 'Settings' })];
          const boxes = await Promise.all(items.map((item) => boxOf(item)));
          // One row: a horizontal line crosses every item, and each item starts right of the one before.
          const lowestTop = Math.max(...boxes.map((b) => b.y));
          const highestBottom = Math.min(...boxes.map((b) => b.y + b.height));
          assert.ok(lowestTop < highestBottom, `the items do not share a row: tops ${boxes.map((b) => b.y).join(', ')}`);
          for (let i = 1; i < boxes.length; i++) assert.ok(boxes[i]!.x >= boxes[i - 1]!.x + boxes[i - 1]!.width - 1, `item ${i} is right of item ${i - 1}`);
          assert.ok(boxes.at(-1)!.x + boxes.at(-1)!.width <= viewport.width, 'the settings link is inside the viewport');
          assert.ok((await boxOf(banner)).height <= 72);
        },
        { viewport },
      );
    });
  }
});

/** The names of the visible controls outside the notice whose boxes overlap the notice's box. */
function controlsUnder(page: Page, notice: string): Promise<string[]> {
  return page.evaluate((text) => {
    const banner = [...document.querySelectorAll('[role="status"]')].find((el) => el.textContent?.includes(text));
    if (!banner) throw new Error(`no notice says "${text}"`);
    const a = banner.getBoundingClientRect();
    return [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex="0"]')]
      .filter((el) => !banner.contains(el))
      .filter((el) => {
        const b = el.getBoundingClientRect();
        return b.width > 0 && b.height > 0 && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      })
      .map((el) => el.getAttribute('aria-label') || el.textContent?.trim() || el.tagName);
  }, notice);
}

describe('notices', () => {
  for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
    it(`"works offline" comes with the next screen and covers no control (${viewport.width}×${viewport.height})`, async () => {
      await withPage(
        async (page) => {
          let fetches = 0;
          await page.context().route('**/sw.js', async (route) => {
            fetches++;
            await route.continue();
          });
          await page.goto('/');
          const offline = 'Container Lab now works offline.';
          // The first visit's download ends on the screen being read, which is left as it is: the notice
          // comes with the next screen the learner opens.
          await page.evaluate(async () => void (await navigator.serviceWorker.ready));
          const end = Date.now() + 20_000;
          for (let i = 0; ; i++) {
            await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: i % 2 ? 'Practice' : 'Learn' }).click();
            if (await page.getByText(offline).waitFor({ timeout: 2_000 }).then(() => true, () => false)) break;
            if (Date.now() > end) {
              const worker = await page.evaluate(async () => {
                const r = await navigator.serviceWorker.getRegistration();
                return { active: r?.active?.state, waiting: r?.waiting?.state, installing: r?.installing?.state, notices: document.querySelector('.shell-notices')?.textContent };
              });
              throw new Error(`no screen said the app works offline within 20 s (service worker fetched ${fetches} times: ${JSON.stringify(worker)})`);
            }
          }
          assert.deepEqual(await controlsUnder(page, offline), []);
        },
        { viewport, touch: viewport === PHONE },
      );
    });

    it(`"a new version" covers no control (${viewport.width}×${viewport.height})`, async () => {
      await withPage(
        async (page, context) => {
          // Each fetch of the service worker gets a different file, as after a new deployment.
          let build = 0;
          await context.route('**/sw.js', async (route) => {
            const response = await route.fetch();
            await route.fulfill({ response, body: `${await response.text()}\n// build ${++build}\n` });
          });
          await page.goto('/');
          await page.evaluate(async () => void (await navigator.serviceWorker.ready));
          await page.reload();
          await page.getByRole('heading', { level: 1, name: 'What to do today' }).waitFor();
          await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
          const update = 'A new version of Container Lab is available.';
          await page.getByText(update).waitFor({ timeout: 20_000 });
          assert.deepEqual(await controlsUnder(page, update), []);
        },
        { viewport, touch: viewport === PHONE },
      );
    });
  }
});

describe('small screens', () => {
  it('no route scrolls sideways on a 360 px phone', async () => {
    await withPage(
      async (page) => {
        for (const path of ['/', '/learn', LESSON, '/sandbox', '/simulator', '/practice', '/progress', '/settings']) {
          await page.goto(path);
          await page.getByRole('heading', { level: 1 }).waitFor();
          await page.waitForTimeout(200);
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(width <= 360, `${path} is ${width}px wide`);
        }
      },
      { viewport: { width: 360, height: 740 } },
    );
  });

  it('a lesson with wide tables and code stays accessible on a phone', async () => {
    await withPage(
      async (page) => {
        await page.goto('/learn/ecs/networking');
        await page.locator('pre').first().waitFor();
        await page.waitForTimeout(500);
        assert.deepEqual(await seriousViolations(page), []);
      },
      { viewport: { width: 360, height: 740 } },
    );
  });
});

describe('offline', () => {
  it('works offline after the first visit', async () => {
    await withPage(async (page, context) => {
      await page.goto('/');
      await page.evaluate(async () => {
        const reg = await navigator.serviceWorker.ready;
        return reg.active?.state;
      });
      await page.waitForTimeout(1000);
      await context.setOffline(true);
      await openLesson(page, LESSON);
      await page.getByRole('heading', { level: 1, name: 'Images, containers and the Dockerfile' }).waitFor();
      await page.locator('pre code').first().waitFor();
    });
  });
});
