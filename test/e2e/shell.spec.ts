import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { openLesson, seriousViolations, tabTo, untilStored, withPage } from './support';

const NAV = [
  ['Learn', '/learn', 'Learn'],
  ['Sandbox', '/sandbox', 'Sandbox'],
  ['Simulator', '/simulator', 'Simulator'],
  ['Practice', '/practice', 'Practice'],
  ['Progress', '/progress', 'Progress'],
] as const;

const LESSON = '/learn/docker/images-containers-dockerfile';

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

describe('accessibility', () => {
  for (const path of ['/', '/learn', LESSON, '/sandbox', '/simulator', '/practice', '/progress', '/settings', '/missing']) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`axe finds no serious or critical violation on ${path} (${colorScheme})`, async () => {
        await withPage(
          async (page) => {
            await page.goto(path);
            await page.getByRole('heading', { level: 1 }).waitFor();
            await page.waitForTimeout(300);
            assert.deepEqual(await seriousViolations(page), []);
          },
          { colorScheme },
        );
      });
    }
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
