import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { withPage } from './support';
import { challengePanel, drawnGeometry, node, openChallenge, openTab, UPLOAD_EDGES } from './sandboxSupport';

/** A two-finger pinch on the canvas through Chrome's touch input: fingers `from` px apart end `to` px apart. */
async function pinch(page: Page, from: number, to: number) {
  const pane = await page.locator('.sb-canvas .react-flow__pane').boundingBox();
  assert.ok(pane);
  // Below the diagram (which is centred vertically), so the fingers land on the pane, not on a node.
  const cx = pane.x + pane.width / 2;
  const cy = pane.y + pane.height * 0.82;
  const cdp = await page.context().newCDPSession(page);
  const points = (d: number) => [
    { x: cx - d / 2, y: cy, id: 1 },
    { x: cx + d / 2, y: cy, id: 2 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(from) });
  for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(from + ((to - from) * i) / 10) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Waits until the canvas has stopped moving (the fit that follows opening a diagram is done). */
async function settled(page: Page) {
  const transform = () => page.locator('.sb-canvas .react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
  let last = await transform();
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(150);
    const now = await transform();
    if (now === last) return;
    last = now;
  }
}

const zoomOf = (page: Page) =>
  page.locator('.sb-canvas .react-flow__viewport').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);

describe('sandbox on a touch screen', () => {
  it('builds the upload challenge by tapping: add, tap-to-connect, set properties; pinch zooms; targets are 44 px', async () => {
    await withPage(
      async (page) => {
        await openChallenge(page);
        const canvas = await page.locator('.sb-canvas').boundingBox();
        assert.ok(canvas && canvas.y < 844, 'the canvas starts within the first screen');

        // Handles and canvas controls are 44 px touch targets.
        for (const handle of await page.locator('.react-flow__handle').all()) {
          const b = await handle.boundingBox();
          assert.ok(b && b.width >= 43.5 && b.height >= 43.5, `a handle is ${b?.width}×${b?.height}`);
        }
        for (const control of await page.locator('.react-flow__controls-button, .sb-tool, .sb-tab').all()) {
          const b = await control.boundingBox();
          assert.ok(b && b.height >= 43.5 && b.width >= 43.5, `a control is ${b?.width}×${b?.height}`);
        }

        // Pinch out and in: the canvas zooms.
        await settled(page);
        const start = await zoomOf(page);
        await pinch(page, 80, 240);
        const zoomedIn = await zoomOf(page);
        assert.ok(zoomedIn > start * 1.3, `pinching out zooms in (${start} → ${zoomedIn})`);
        await pinch(page, 240, 40);
        assert.ok((await zoomOf(page)) < zoomedIn, 'pinching in zooms out');

        for (const kind of ['EventBridge rule', 'ECS task (RunTask)', 'IAM role', 'IAM role']) await page.getByRole('button', { name: `Add ${kind}` }).tap();
        for (const id of ['rule-1', 'task-1', 'role-1', 'role-2']) await node(page, id).waitFor();

        // Zoom out until the whole diagram is on the phone's canvas, then connect by tapping.
        const zoomOut = page.getByRole('button', { name: 'Zoom out' });
        for (let i = 0; i < 6 && !(await zoomOut.isDisabled()); i++) await zoomOut.tap();
        await page.getByRole('button', { name: 'Connect by tapping' }).tap();
        await page.getByText('Tap the resource a connection starts from, then the one it goes to.').waitFor();
        for (const [from, to] of UPLOAD_EDGES) {
          const before = await page.locator('.react-flow__edge').count();
          await node(page, from).tap();
          await page.getByText(/Now tap the resource to connect/).waitFor();
          await node(page, to).tap();
          await page.waitForFunction((n) => document.querySelectorAll('.react-flow__edge').length === n, before + 1).catch(async () => {
            throw new Error(`${from} → ${to}: ${before} → ${await page.locator(".react-flow__edge").count()} edges: ${await page.locator(".sb-notices").innerText()}`);
          });
        }
        await page.getByRole('button', { name: 'Connect by tapping' }).tap();

        const settings: [string, (p: Page) => Promise<unknown>][] = [
          ['uploads', (p) => p.getByLabel('Send notifications to Amazon EventBridge').check()],
          ['task-1', (p) => p.getByLabel('Launch type').selectOption('FARGATE')],
          ['role-1', async (p) => (await p.getByLabel('Used as').selectOption('eventbridge'), await p.getByLabel(/Allowed actions/).fill('ecs:RunTask, iam:PassRole'))],
          ['role-2', (p) => p.getByLabel(/Allowed actions/).fill('s3:GetObject, dynamodb:PutItem')],
        ];
        for (const [id, set] of settings) {
          await node(page, id).tap();
          await page.getByRole('tab', { name: 'Properties', selected: true }).waitFor();
          await set(page);
        }
        await openTab(page, 'Challenge');
        await challengePanel(page).getByRole('button', { name: 'Check' }).tap();
        await challengePanel(page).getByText(/Passed: the design meets the goal/).waitFor();
      },
      { viewport: { width: 390, height: 844 }, hasTouch: true },
    );
  });
});

describe('sandbox canvas', () => {
  it('restores a node deleted with the mouse when Ctrl+Z is pressed, wherever focus went', async () => {
    await withPage(async (page) => {
      await openChallenge(page);
      await node(page, 'uploads').click();
      await page.getByRole('toolbar', { name: 'Diagram tools' }).getByRole('button', { name: 'Delete' }).click();
      await node(page, 'uploads').waitFor({ state: 'detached' });
      await page.mouse.click(5, 400);
      await page.keyboard.press('Control+z');
      await node(page, 'uploads').waitFor();
      await page.getByRole('status').getByText('Undone.').waitFor();
      await page.keyboard.press('Control+Shift+z');
      await node(page, 'uploads').waitFor({ state: 'detached' });
    });
  });

  it('lays every challenge’s reference solution out with no box on another and no edge through a box', async () => {
    const dir = 'content/challenges';
    await withPage(
      async (page) => {
        await openChallenge(page);
        for (const file of readdirSync(dir).sort()) {
          const solution = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')).referenceSolution;
          await openTab(page, 'Diagrams');
          await page.getByLabel('Import a diagram file (JSON)').setInputFiles({ name: file, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(solution)) });
          await page.getByText(`Imported ${file}.`).waitFor();
          await page.getByRole('button', { name: 'Auto layout' }).click();
          await page.getByRole('status').getByText('Laid out the diagram.').waitFor();
          await page.waitForTimeout(400);
          const { boxes, edges } = await drawnGeometry(page);
          assert.equal(edges.length, solution.edges.length, `${file}: every edge is drawn`);
          for (const [i, a] of boxes.entries()) {
            for (const b of boxes.slice(i + 1)) {
              const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
              assert.ok(apart, `${file}: ${a.id} and ${b.id} overlap`);
            }
          }
          for (const edge of edges) {
            const first = edge.points[0];
            const last = edge.points[edge.points.length - 1];
            assert.ok(first && last);
            // Its own ends: the boxes the path starts and ends at.
            const touches = (b: { x: number; y: number; w: number; h: number }, p: { x: number; y: number }) => p.x >= b.x - 3 && p.x <= b.x + b.w + 3 && p.y >= b.y - 3 && p.y <= b.y + b.h + 3;
            for (const box of boxes.filter((b) => !touches(b, first) && !touches(b, last))) {
              const inside = edge.points.find((p) => p.x > box.x + 1 && p.x < box.x + box.w - 1 && p.y > box.y + 1 && p.y < box.y + box.h - 1);
              assert.equal(inside, undefined, `${file}: edge ${edge.id} passes through ${box.id}`);
            }
          }
        }
      },
      { viewport: { width: 1920, height: 1080 } },
    );
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    it(`fills the screen at ${viewport.width}×${viewport.height}: the canvas ends inside the viewport, with readable nodes`, async () => {
      await withPage(
        async (page) => {
          await openChallenge(page);
          await page.waitForTimeout(300);
          const canvas = await page.locator('.sb-canvas').boundingBox();
          assert.ok(canvas, 'the canvas is shown');
          assert.ok(canvas.y + canvas.height <= viewport.height, `the canvas ends at ${canvas.y + canvas.height}`);
          assert.ok(canvas.height >= viewport.height * 0.7, `the canvas takes most of the height (${canvas.height})`);
          const label = await node(page, 'uploads').locator('.sb-node-label').boundingBox();
          assert.ok(label && label.height >= 11, `node text is ${label?.height} px tall`);

          // The presenter view gives the canvas the whole screen, with larger nodes; Escape leaves it.
          const normal = (await node(page, 'uploads').boundingBox())?.height ?? 0;
          await page.getByRole('button', { name: 'Presenter view' }).click();
          await page.waitForTimeout(400);
          const full = await page.locator('.sb-canvas').boundingBox();
          assert.ok(full && full.width >= viewport.width - 40 && full.y + full.height <= viewport.height, 'the canvas fills the screen');
          assert.ok(((await node(page, 'uploads').boundingBox())?.height ?? 0) > normal, 'nodes are larger');
          await page.keyboard.press('Escape');
          await page.getByRole('button', { name: 'Presenter view', pressed: false }).waitFor();
        },
        { viewport },
      );
    });
  }
});
