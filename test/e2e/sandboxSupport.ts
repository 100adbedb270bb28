import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

/** Helpers the sandbox journeys share: opening a challenge, tabs, and drawing with the mouse. */
export const CHALLENGE = 'An upload to S3 runs a Fargate task';

export const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
export const challengePanel = (page: Page) => page.getByRole('region', { name: `Challenge: ${CHALLENGE}` });

export async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
}

export async function openChallenge(page: Page, byKeyboard = false) {
  await page.goto('/sandbox');
  await page.getByRole('heading', { level: 1, name: 'Sandbox' }).waitFor();
  await page.getByRole('tab', { name: 'Challenge' }).waitFor();
  if ((await page.getByRole('tab', { name: 'Challenge', selected: true }).count()) === 0) await openTab(page, 'Challenge');
  const picker = page.getByLabel('Choose a challenge');
  await picker.selectOption('s3-upload-runs-task');
  const start = page.getByRole('button', { name: 'Start challenge' });
  if (byKeyboard) {
    await start.focus();
    await page.keyboard.press('Enter');
  } else await start.click();
  await page.getByRole('heading', { name: `Challenge: ${CHALLENGE}` }).waitFor();
}

/** Drags a palette entry onto the canvas at a point of the pane. */
export async function dropKind(page: Page, kind: string, x: number, y: number) {
  await page.getByRole('button', { name: `Add ${kind}` }).dragTo(page.locator('.sb-canvas .react-flow__pane'), { targetPosition: { x, y } });
}

/** Drags from a node's output handle to another node's input handle with the mouse. */
export async function dragEdge(page: Page, from: string, to: string) {
  const a = await node(page, from).locator('.react-flow__handle.source').boundingBox();
  const b = await node(page, to).locator('.react-flow__handle.target').boundingBox();
  assert.ok(a && b, `handles of ${from} and ${to} are on screen`);
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.up();
}

/**
 * Node boxes and edge paths as drawn, in page coordinates: each edge's SVG path sampled every few pixels.
 * The ends of an edge touch its own source and target; the tests look at every other box.
 */
export async function drawnGeometry(page: Page) {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.dataset.id ?? '', x: r.x, y: r.y, w: r.width, h: r.height };
    });
    const edges = [...document.querySelectorAll<SVGPathElement>('.react-flow__edge-path')].map((path) => {
      const matrix = path.getScreenCTM();
      const length = path.getTotalLength();
      const points: { x: number; y: number }[] = [];
      for (let d = 0; d <= length; d += 3) {
        const p = path.getPointAtLength(d);
        points.push(matrix ? { x: matrix.a * p.x + matrix.c * p.y + matrix.e, y: matrix.b * p.x + matrix.d * p.y + matrix.f } : { x: p.x, y: p.y });
      }
      return { id: path.closest('.react-flow__edge')?.getAttribute('data-id') ?? '', points };
    });
    return { boxes, edges };
  });
}

/** The connections that build the upload challenge once its nodes are on the canvas, source to target. */
export const UPLOAD_EDGES = [
  ['uploads', 'rule-1'],
  ['rule-1', 'task-1'],
  ['task-1', 'uploads'],
  ['task-1', 'photos'],
  ['role-1', 'rule-1'],
  ['role-2', 'task-1'],
] as const;
