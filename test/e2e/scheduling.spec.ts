/**
 * Journeys of the practice schedule: new questions follow the lessons the learner completed, and two
 * browsers' backups merge into one log in which every review appears once.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { countRows, readTable, seriousViolations, untilStored, withPage } from './support';

const SHOTS = process.env.SHOTS_DIR;
async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** The lesson of every bank question, read from the content files (not from the app under test). */
function lessonOf(): Map<string, string> {
  const out = new Map<string, string>();
  for (const track of ['foundations', 'docker', 'ecs', 'ecr', 'fargate', 'eks', 'iam', 'delivery']) {
    const list = parse(readFileSync(`content/questions/${track}.yaml`, 'utf8')) as { id: string; lesson: string }[];
    for (const q of list) out.set(q.id, q.lesson);
  }
  return out;
}

/** Answers the daily review's current question with its first option, waits until it is stored, and moves on. */
async function answerOne(page: Page, reviewsBefore: number): Promise<void> {
  const stem = page.locator('.question-stem');
  await stem.waitFor();
  const text = await stem.textContent();
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: /Next review|comes back later in this session/ }).waitFor();
  await untilStored(page, 'reviews', (rows) => rows.length === reviewsBefore + 1);
  await page.keyboard.press('Enter');
  await page.waitForFunction((s) => document.querySelector('.question-stem')?.textContent !== s, text, { timeout: 15_000 }).catch(() => undefined);
}

it('after completing a lesson, the daily review starts with that lesson’s questions; home and hub count the same', async () => {
  const lessons = lessonOf();
  const lesson = 'ecs/clusters';
  const ofLesson = [...lessons].filter(([, l]) => l === lesson).length;
  assert.ok(ofLesson >= 3, `${lesson} has questions in the bank`);
  await withPage(async (page) => {
    // Fresh profile: the first lesson of the ECS track, read and marked complete (its check left unanswered).
    await page.goto('/learn/ecs');
    await page.locator('ol.track-lessons a').first().click();
    await page.getByRole('heading', { name: 'In this lesson you will' }).waitFor();
    assert.match(page.url(), /\/learn\/ecs\/clusters$/);
    await page.getByRole('button', { name: 'Mark lesson complete' }).click();
    await page.getByText('You completed this lesson.').waitFor();

    await page.goto('/');
    const homeFresh = Number((await page.getByText(/^\d+ reviews due, \d+ new today$/).textContent())?.match(/(\d+) new/)?.[1]);
    await page.goto('/practice');
    const hubFresh = Number((await page.getByText(/^\d+ due, \d+ new today$/).textContent())?.match(/(\d+) new/)?.[1]);
    assert.equal(hubFresh, homeFresh, 'home and the practice hub show the same number of new questions');
    assert.ok(hubFresh > 0);

    await page.goto('/practice?mode=daily');
    await shot(page, 'daily-after-lesson');
    for (let i = 0; i < 3; i++) await answerOne(page, i);
    const reviews = (await readTable<{ questionId: string; reviewedAt: number }>(page, 'reviews')).sort((a, b) => a.reviewedAt - b.reviewedAt);
    assert.deepEqual(
      reviews.map((r) => lessons.get(r.questionId)),
      [lesson, lesson, lesson],
      `the first new questions come from the completed lesson: ${reviews.map((r) => r.questionId).join(', ')}`,
    );
  });
});

it('merges a backup from a second browser: both browsers’ reviews, each once, kept across a reload', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'backup-'));
  await withPage(async (laptop) => {
    const exportTo = async (page: Page, name: string) => {
      await page.goto('/settings');
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export my data' }).click();
      const file = join(dir, name);
      await (await download).saveAs(file);
      return file;
    };
    const importFile = async (page: Page, file: string) => {
      await page.goto('/settings');
      await page.getByLabel('Import a backup file').setInputFiles(file);
      await page.getByText(/This backup from .* holds \d+ records\./).waitFor();
    };

    // The laptop answers two questions and saves a backup.
    await laptop.goto('/practice?mode=daily');
    for (let i = 0; i < 2; i++) await answerOne(laptop, i);
    const laptopBackup = await exportTo(laptop, 'laptop.json');

    // A second browser (the phone) starts from the laptop's backup, then answers two more of its own.
    const browser = laptop.context().browser()!;
    const phoneContext = await browser.newContext({ baseURL: process.env.BASE_URL ?? 'http://127.0.0.1:4173', viewport: { width: 390, height: 844 }, hasTouch: true, acceptDownloads: true });
    const phone = await phoneContext.newPage();
    await importFile(phone, laptopBackup);
    await phone.getByRole('button', { name: 'Replace my data with this backup' }).click();
    await phone.getByText(/Import complete/).waitFor();
    assert.equal(await countRows(phone, 'reviews'), 2);
    await phone.goto('/practice?mode=daily');
    for (let i = 0; i < 2; i++) await answerOne(phone, 2 + i);
    const phoneBackup = await exportTo(phone, 'phone.json');
    const phoneReviews = await readTable<{ questionId: string; reviewedAt: number }>(phone, 'reviews');

    // Meanwhile the laptop answers one more; then it merges the phone's backup.
    await laptop.goto('/practice?mode=daily');
    await answerOne(laptop, 2);
    const laptopReviews = await readTable<{ questionId: string; reviewedAt: number }>(laptop, 'reviews');
    await importFile(laptop, phoneBackup);
    await shot(laptop, 'merge-offered');
    assert.deepEqual(await seriousViolations(laptop), []);
    await laptop.getByRole('button', { name: 'Merge with my data' }).click();
    await laptop.getByText(/Merge complete\. Reviews added: 2; in your log now: 5;/).waitFor();
    await shot(laptop, 'merge-done');

    const key = (r: { questionId: string; reviewedAt: number }) => `${r.questionId}@${r.reviewedAt}`;
    const union = new Set([...laptopReviews, ...phoneReviews].map(key));
    assert.equal(union.size, 5, 'two shared reviews, one of the laptop, two of the phone');
    const merged = async () => (await readTable<{ questionId: string; reviewedAt: number }>(laptop, 'reviews')).map(key).sort();
    assert.deepEqual(await merged(), [...union].sort());

    // Merging the same backup again adds nothing; a reload keeps everything.
    await importFile(laptop, phoneBackup);
    await laptop.getByRole('button', { name: 'Merge with my data' }).click();
    await laptop.getByText(/Merge complete\. Reviews added: 0; in your log now: 5;/).waitFor();
    await laptop.reload();
    assert.deepEqual(await merged(), [...union].sort());
    // Every answered question has its card, rebuilt from the merged log.
    const cards = await readTable<{ questionId: string; reps: number }>(laptop, 'cards');
    const answered = new Set([...union].map((k) => k.slice(0, k.lastIndexOf('@'))));
    assert.deepEqual(new Set(cards.map((c) => c.questionId)), answered);
    await phoneContext.close();
  });
});

it('the Schedule settings fit and are axe clean at 390 and 1280 px, light and dark, English and Korean', async () => {
  const looks = [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ] as const;
  for (const viewport of looks)
    for (const colorScheme of ['light', 'dark'] as const)
      for (const locale of ['en-US', 'ko-KR'] as const) {
        await withPage(
          async (page) => {
            await page.goto('/settings');
            const section = page.locator('section.schedule');
            await section.locator('input[type="range"]').waitFor();
            // The workload of the stored retention, then of a higher one, before anything is saved.
            await section.locator('.workload p').first().filter({ hasText: /90/ }).filter({ hasNotText: /…/ }).waitFor();
            await section.locator('input[type="range"]').fill('0.95');
            await section.locator('.workload p').first().filter({ hasText: /95/ }).filter({ hasNotText: /…/ }).waitFor();
            await section.locator('input[type="date"]').fill('2099-05-20');
            await section.locator('[role="status"]').filter({ hasText: /2099/ }).waitFor();
            await section.getByRole('radio').nth(1).check();
            await section.locator('.sub-choices').waitFor();
            await section.scrollIntoViewIfNeeded();
            await shot(page, `schedule-settings-${viewport.width}-${colorScheme}-${locale.slice(0, 2)}`);
            assert.deepEqual(await seriousViolations(page), []);
            // Nothing wider than the screen; every control of the section a comfortable touch target.
            assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling');
            for (const control of await section.locator('input[type="date"], input[type="range"], button, label.choice').all()) {
              const box = await control.boundingBox();
              assert.ok(box && box.height >= 44 && box.x >= 0 && box.x + box.width <= viewport.width, `control of ${box?.height} px tall within the screen`);
            }
          },
          { viewport, colorScheme, locale },
        );
      }
});
