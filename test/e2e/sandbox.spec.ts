import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { seriousViolations, tabTo, untilStored, withPage } from './support';

const CHALLENGE = 'An upload to S3 runs a Fargate task';
const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

async function openChallenge(page: Page, byKeyboard = false) {
  await page.goto('/sandbox');
  await page.getByRole('heading', { level: 1, name: 'Sandbox' }).waitFor();
  const picker = page.getByLabel('Challenge', { exact: true });
  await picker.selectOption('s3-upload-runs-task');
  const start = page.getByRole('button', { name: 'Start challenge' });
  if (byKeyboard) {
    await start.focus();
    await page.keyboard.press('Enter');
  } else await start.click();
  await page.getByRole('heading', { name: `Challenge: ${CHALLENGE}` }).waitFor();
}

/** Drags a palette entry onto the canvas at a point of the pane. */
async function dropKind(page: Page, kind: string, x: number, y: number) {
  await page.getByRole('button', { name: `Add ${kind}` }).dragTo(page.locator('.sb-canvas .react-flow__pane'), { targetPosition: { x, y } });
}

/** Drags from a node's output handle to another node's input handle with the mouse. */
async function dragEdge(page: Page, from: string, to: string) {
  const a = await node(page, from).locator('.react-flow__handle.source').boundingBox();
  const b = await node(page, to).locator('.react-flow__handle.target').boundingBox();
  assert.ok(a && b, `handles of ${from} and ${to} are on screen`);
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.up();
}

const problems = (page: Page) => page.getByRole('region', { name: 'Problems' });
const challengePanel = (page: Page) => page.getByRole('region', { name: `Challenge: ${CHALLENGE}` });

async function checkAndExpect(page: Page, text: RegExp) {
  await challengePanel(page).getByRole('button', { name: 'Check' }).click();
  await challengePanel(page).getByText(text).waitFor();
}

describe('sandbox', () => {
  it('builds the S3 → EventBridge → ECS task → DynamoDB challenge with the mouse, flags a missing permission, passes once fixed and keeps it across a reload', async () => {
    await withPage(async (page) => {
      await openChallenge(page);
      const pane = await page.locator('.sb-canvas .react-flow__pane').boundingBox();
      assert.ok(pane);
      await dropKind(page, 'EventBridge rule', pane.width * 0.3, pane.height * 0.72);
      await dropKind(page, 'ECS task (RunTask)', pane.width * 0.62, pane.height * 0.72);
      await dropKind(page, 'IAM role', pane.width * 0.15, pane.height * 0.9);
      await dropKind(page, 'IAM role', pane.width * 0.82, pane.height * 0.9);
      for (const id of ['rule-1', 'task-1', 'role-1', 'role-2']) await node(page, id).waitFor();

      // No integration connects a table to a bucket: refused while dragging, with the reason.
      await dragEdge(page, 'photos', 'uploads');
      await page.getByRole('alert').getByText(/Cannot connect: No AWS integration connects a dynamodb to a s3/).waitFor();
      assert.equal(await page.locator('.react-flow__edge').count(), 0);

      // A plausible mistake can be drawn, and is flagged with the reason: a plain bucket is not a task volume.
      await dragEdge(page, 'uploads', 'task-1');
      await page.getByRole('alert').getByText(/Connected photo-uploads → task-1, but:/).waitFor();
      await page.getByRole('region', { name: 'Connection' }).getByText('Does not work in AWS').waitFor();
      assert.equal(await page.locator('.react-flow__edge-path.sb-edge-error').count(), 1);
      await page.locator('.react-flow__edge').first().focus();
      await page.keyboard.press('Delete');
      await page.waitForFunction(() => document.querySelectorAll('.react-flow__edge').length === 0);

      // Settings, by clicking each node and using its properties.
      await node(page, 'uploads').click();
      await page.getByLabel('Send notifications to Amazon EventBridge').check();
      await node(page, 'task-1').click();
      await page.getByLabel('Launch type').selectOption('FARGATE');
      await node(page, 'role-1').click();
      await page.getByLabel('Used as').selectOption('eventbridge');
      await page.getByLabel(/Allowed actions/).fill('ecs:RunTask, iam:PassRole');
      await node(page, 'role-2').click();
      await page.getByLabel('Used as').selectOption('task');
      await page.getByLabel(/Allowed actions/).fill('s3:GetObject');

      for (const [from, to] of [
        ['uploads', 'rule-1'],
        ['rule-1', 'task-1'],
        ['task-1', 'uploads'],
        ['task-1', 'photos'],
        ['role-1', 'rule-1'],
        ['role-2', 'task-1'],
      ] as const) {
        const before = await page.locator('.react-flow__edge').count();
        await dragEdge(page, from, to);
        await page.waitForFunction((n) => document.querySelectorAll('.react-flow__edge').length === n, before + 1);
      }
      assert.equal(await page.locator('.react-flow__edge').count(), 6);

      await checkAndExpect(page, /Not yet: 2 problems to fix/);
      const missing = problems(page).getByRole('button', { name: /lacks dynamodb:PutItem/ });
      await missing.waitFor();

      // The flow stops where AWS would refuse.
      await page.getByRole('button', { name: 'Next hop' }).click();
      for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Next hop' }).click().catch(() => undefined);
      await page.getByRole('alert').getByText(/Stopped at hop 6: AccessDenied: the task role lacks dynamodb:PutItem/).waitFor();
      if (process.env.SHOTS) await page.screenshot({ path: '/tmp/sbshots/mouse-fail.png' });

      // Activating the finding focuses the role that lacks the permission; fix it there.
      await missing.click();
      await page.getByText('IAM role “role-2”').waitFor();
      await page.getByLabel(/Allowed actions/).fill('s3:GetObject, dynamodb:PutItem');
      await checkAndExpect(page, /Passed: the design meets the goal/);
      assert.equal(await problems(page).getByText('No problems found.').count(), 1);

      // The fix is saved shortly after the edit: wait until it is stored, then reload.
      await untilStored(page, 'diagrams', (rows) => JSON.stringify(rows).includes('dynamodb:PutItem'));
      await page.reload();
      await page.getByRole('heading', { name: `Challenge: ${CHALLENGE}` }).waitFor();
      assert.equal(await page.locator('.react-flow__edge').count(), 6);
      await checkAndExpect(page, /Passed: the design meets the goal/);
      assert.deepEqual(await seriousViolations(page), []);
    });
  });

  it('builds the same challenge by keyboard alone', async () => {
    await withPage(async (page) => {
      await openChallenge(page, true);
      const press = async (name: string | RegExp, key = 'Enter') => {
        await page.getByRole('button', { name }).first().focus();
        await page.keyboard.press(key);
      };
      const connectTo = async (target: string) => {
        await page.getByLabel(/^Connect .* to$/).selectOption(target);
        await press('Connect', 'Enter');
      };
      await tabTo(page, (el) => el.name === 'Add EventBridge rule');
      await page.keyboard.press('Enter');
      await page.getByText('EventBridge rule “rule-1”').waitFor();
      await press('Add ECS task (RunTask)');
      await page.getByLabel('Launch type').selectOption('FARGATE');
      await press('Add IAM role');
      await page.getByLabel('Used as').selectOption('eventbridge');
      await page.getByLabel(/Allowed actions/).focus();
      await page.keyboard.type('ecs:RunTask, iam:PassRole');
      await connectTo('rule-1');
      await press('Add IAM role');
      await page.getByLabel(/Allowed actions/).focus();
      await page.keyboard.type('s3:GetObject, dynamodb:PutItem');
      await connectTo('task-1');

      await press(/^photo-uploads/);
      await page.getByLabel('Send notifications to Amazon EventBridge').focus();
      await page.keyboard.press('Space');
      await connectTo('rule-1');
      await press(/^rule-1/);
      await connectTo('task-1');
      await press(/^task-1/);
      await connectTo('uploads');
      await connectTo('photos');
      assert.equal(await page.locator('.react-flow__edge').count(), 6);

      await challengePanel(page).getByRole('button', { name: 'Check' }).focus();
      await page.keyboard.press('Enter');
      if (process.env.SHOTS) {
        await page.screenshot({ path: '/tmp/sbshots/kb.png', fullPage: true });
        console.log(await problems(page).innerText());
      }
      await challengePanel(page).getByText(/Passed: the design meets the goal/).waitFor();

      // Step through the flow by keyboard to the last hop.
      for (let i = 0; i < 12; i++) {
        const next = page.getByRole('button', { name: 'Next hop' });
        if (await next.isDisabled()) break;
        await next.focus();
        await page.keyboard.press('Enter');
      }
      await page.getByText('The request went through every hop.').waitFor();

      // Undo and redo from the keyboard.
      await page.getByRole('button', { name: 'Auto layout' }).focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+z');
      await page.getByRole('status').getByText('Undone.').waitFor();
      await page.keyboard.press('Control+y');
      await page.getByRole('status').getByText('Redone.').waitFor();
    });
  });

  it('exports JSON, refuses a bad import with the field named, and opens a share link', async () => {
    await withPage(async (page) => {
      await openChallenge(page);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
      const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
      assert.equal(exported.schemaVersion, 1);
      assert.deepEqual(exported.nodes.map((n: { id: string }) => n.id), ['users', 'uploads', 'photos']);

      const bad = { ...exported, nodes: [{ ...exported.nodes[0], kind: 'lambda' }, ...exported.nodes.slice(1)] };
      await page.getByLabel('Import a diagram file (JSON)').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
      const alert = page.locator('.problems[role="alert"]');
      await alert.getByText('This file cannot be imported. Nothing was changed.').waitFor();
      await alert.getByText(/bad\.json: nodes\.0\.kind/).waitFor();
      await node(page, 'uploads').waitFor();

      for (const format of ['png', 'svg']) {
        const [image] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Export ${format.toUpperCase()}` }).click()]);
        assert.match(image.suggestedFilename(), new RegExp(`\\.${format}$`));
        const bytes = await readFile(await image.path());
        assert.ok(bytes.length > 1000, `the ${format} export has content`);
      }

      await page.getByRole('button', { name: 'Add SQS queue' }).click();
      await page.getByRole('button', { name: 'Copy share link' }).click();
      const link = await page.getByLabel('Share link').inputValue();
      assert.match(link, /\/sandbox#d=[A-Za-z0-9_-]+$/);
      await page.goto('/');
      await page.goto(link);
      await page.getByText('Opened the diagram from the link.').waitFor();
      await node(page, 'queue-1').waitFor();
      assert.equal(new URL(page.url()).hash, '');
    });
  });

  it('animates the running hop with a moving dot, and not when the learner prefers reduced motion', async () => {
    await withPage(async (page) => {
      await openChallenge(page);
      await page.getByRole('button', { name: /^Users/ }).click();
      await page.getByLabel('Connect Users to').selectOption('uploads');
      await page.getByRole('button', { name: 'Connect', exact: true }).click();
      await page.getByRole('button', { name: 'Next hop' }).click();
      await page.getByRole('button', { name: 'Next hop' }).click();
      await page.locator('.react-flow__edge-path.sb-edge-flow-active').waitFor();
      assert.equal(await page.locator('.sb-dot').count(), 1);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.waitForFunction(() => document.querySelectorAll('.sb-dot').length === 0);
      await page.locator('.react-flow__edge-path.sb-edge-flow-active').waitFor();
    });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious axe violations with a diagram open and a connection explained (${colorScheme})`, async () => {
      await withPage(
        async (page) => {
          await openChallenge(page);
          await page.getByRole('button', { name: 'Add ECS task (RunTask)' }).click();
          await page.getByLabel(/^Connect .* to$/).selectOption('uploads');
          await page.getByRole('button', { name: 'Connect', exact: true }).click();
          await page.getByRole('button', { name: 'task-1 → photo-uploads' }).click();
          await page.getByText('Works', { exact: true }).waitFor();
          await page.waitForTimeout(300);
          assert.deepEqual(await seriousViolations(page), []);
        },
        { colorScheme },
      );
    });
  }
});
