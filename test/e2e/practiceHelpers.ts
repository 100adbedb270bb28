// Helpers of the practice journeys: answering a bank question right or wrong on purpose (the test reads
// the bank, so it knows the key), and checking that an element's box lies inside the viewport.
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { inKorean, readBank } from '../../src/content/bankFiles';
import type { Question } from '../../src/content/questionSchema';

const bank = readBank();
const questions = bank.questions;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
// Found by its English or its Korean stem; options are matched in both languages too.
const byStem = new Map(questions.flatMap((q) => [q, inKorean(q, bank.ko[q.id])].map((shown) => [squash(shown.stem), q] as const)));
const optionId = (q: Question, text: string) =>
  [q, inKorean(q, bank.ko[q.id])].flatMap((shown) => shown.options).find((o) => squash(o.text) === text)?.id;

/** The bank question shown in `scope` (English or Korean), found by its stem. */
export async function shownQuestion(scope: Page | Locator): Promise<Question> {
  const stem = squash(await scope.locator('.question-stem').first().innerText());
  const q = byStem.get(stem);
  assert.ok(q, `not a bank question: ${stem}`);
  return q;
}

/** The keys (1, 2, …) that answer the question shown right, or one key that answers it wrong. */
export async function answerKeys(scope: Page | Locator, right: boolean): Promise<string[]> {
  const q = await shownQuestion(scope);
  const texts = (await scope.locator('.option-text').allInnerTexts()).map(squash);
  const ids = texts.map((t) => optionId(q, t));
  const keys = ids.flatMap((id, i) => (id !== undefined && q.answer.includes(id) === right ? [String(i + 1)] : []));
  assert.ok(keys.length, `no ${right ? 'right' : 'wrong'} option found for ${q.id}`);
  return right ? keys : keys.slice(0, 1);
}

/** Chooses by keyboard and checks with Enter; waits for the verdict. */
export async function answerByKeys(page: Page, right: boolean): Promise<string> {
  const q = await shownQuestion(page);
  for (const key of await answerKeys(page, right)) await page.keyboard.press(key);
  await page.keyboard.press('Enter');
  await page.locator(right ? '.verdict.right' : '.verdict.wrong').waitFor();
  return q.id;
}

/** Fails unless the whole box of `locator` lies inside the viewport. */
export async function assertInViewport(page: Page, locator: Locator, what: string): Promise<void> {
  const box = await locator.boundingBox();
  const vp = page.viewportSize();
  assert.ok(box && vp, `${what} has no box`);
  const inside = box.x >= 0 && box.y >= 0 && box.x + box.width <= vp.width + 0.5 && box.y + box.height <= vp.height + 0.5;
  assert.ok(inside, `${what} at x=${box.x.toFixed(0)} y=${box.y.toFixed(0)} ${box.width.toFixed(0)}×${box.height.toFixed(0)} is not inside the ${vp.width}×${vp.height} viewport`);
}

/** The lesson of a bank question. */
export const lessonOf = (id: string) => questions.find((q) => q.id === id)?.lesson;
