import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { challengeSchema } from '@/content/challengeSchema';
import type { Diagram } from '@/content/diagramSchema';
import { ChallengePanel } from '@/features/sandbox/ChallengePanel';
import { loadChallenge } from '@/features/sandbox/challenges';
import { SandboxEditor } from '@/features/sandbox/editor';
import { preferencesStore } from '@/ui/preferences';
import { openTab, renderEditor } from './editorHarness';
import { installReactFlowEnv } from './reactFlowEnv';

const challenge = challengeSchema.parse(JSON.parse(readFileSync('content/challenges/s3-upload-runs-task.json', 'utf8')));

/** The upload challenge built correctly except that the task role cannot write to DynamoDB. */
function almostSolved(): Diagram {
  const d = structuredClone(challenge.referenceSolution);
  for (const n of d.nodes) if (n.id === 'task-role' && n.kind === 'iam-role') n.props.actions = ['s3:GetObject'];
  return d;
}


beforeAll(async () => {
  installReactFlowEnv();
  await loadChallenge(challenge.id);
});
beforeEach(() => preferencesStore.setState({ language: 'en', theme: 'light' }));

describe('palette and properties', () => {
  it('adds a resource from the keyboard and shows its properties', async () => {
    const store = new SandboxEditor();
    renderEditor(store);
    const add = screen.getByRole('button', { name: 'Add EventBridge Scheduler schedule' });
    add.focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByText('Added schedule-1.')).toHaveAttribute('role', 'status');
    expect(screen.getByText('EventBridge Scheduler schedule “schedule-1”')).toBeInTheDocument();
    expect(await screen.findByLabelText('Schedule expression')).toHaveValue('rate(1 hour)');
  });

  it('keeps an invalid setting in its field with the reason, and applies a valid one', async () => {
    const store = new SandboxEditor();
    renderEditor(store);
    await userEvent.click(screen.getByRole('button', { name: 'Add EventBridge Scheduler schedule' }));
    const field = await screen.findByLabelText('Schedule expression');
    await userEvent.clear(field);
    // EventBridge wants the plural unit for values above 1: "rate(5 minutes)".
    await userEvent.type(field, 'rate(5 minute)');
    expect(field).toHaveValue('rate(5 minute)');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/^props\.scheduleExpression: /)).toHaveAttribute('role', 'alert');
    const node = () => store.diagram.nodes[0];
    expect(node()?.kind === 'eventbridge-schedule' && node()?.props).toMatchObject({ scheduleExpression: 'rate(1 hour)' });
    await userEvent.clear(field);
    await userEvent.type(field, 'rate(5 minutes)');
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(node()?.kind === 'eventbridge-schedule' && node()?.props).toMatchObject({ scheduleExpression: 'rate(5 minutes)' });
  });
});

describe('connect menu', () => {
  it('refuses a pair no AWS integration connects, with the reason, and connects a possible one', async () => {
    const store = new SandboxEditor({ diagram: { schemaVersion: 1, nodes: structuredClone(challenge.startingNodes), edges: [] }, selection: { nodes: ['photos'], edges: [] } });
    renderEditor(store);
    await userEvent.selectOptions(screen.getByLabelText('Connect photos table to'), 'uploads');
    await userEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(screen.getAllByRole('alert').map((a) => a.textContent).join(' ')).toMatch(/Cannot connect: No AWS integration connects a DynamoDB table to an S3 bucket/);
    expect(store.diagram.edges).toHaveLength(0);

    // Users upload to the bucket: a connection that exists.
    await userEvent.click(screen.getByRole('button', { name: /^Users/ }));
    await userEvent.selectOptions(screen.getByLabelText('Connect Users to'), 'uploads');
    await userEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(store.diagram.edges).toEqual([{ id: 'e1', source: 'users', target: 'uploads' }]);
    expect(screen.getByRole('button', { name: 'Users → photo-uploads' })).toBeInTheDocument();
  });
});

describe('explain, findings and flow', () => {
  it('explains a selected connection with the policy statement it adds', async () => {
    const store = new SandboxEditor({ diagram: challenge.referenceSolution, selection: { nodes: [], edges: ['e5'] } });
    renderEditor(store);
    const panel = screen.getByRole('region', { name: 'Connection' });
    expect(await within(panel).findByText('Works')).toBeInTheDocument();
    expect(within(panel).getByText(/thumbnailer → photos table/)).toBeInTheDocument();
    // The task writes with its task role: the statement allows dynamodb:PutItem on the photos table.
    const policy = within(panel).getByRole('figure', { name: /thumbnailer-task-role/ });
    expect(policy.textContent).toContain('"dynamodb:PutItem"');
    expect(policy.textContent).toContain('arn:aws:dynamodb:us-east-1:111122223333:table/photos');
    expect(within(panel).getByRole('button', { name: /^Copy Permissions of the task role/ })).toBeInTheDocument();
  });

  it('lists the missing permission, and activating it selects the role that lacks it', async () => {
    const store = new SandboxEditor({ diagram: almostSolved() });
    renderEditor(store);
    await openTab('Problems');
    const problems = screen.getByRole('region', { name: 'Problems' });
    const finding = await within(problems).findByRole('button', { name: /lacks dynamodb:PutItem/ });
    await userEvent.click(finding);
    expect(store.state.selection).toEqual({ nodes: ['task-role'], edges: [] });
    expect(screen.getByText('IAM role “thumbnailer-task-role”')).toBeInTheDocument();
  });

  it('steps the flow hop by hop and stops where AWS would refuse', async () => {
    const store = new SandboxEditor({ diagram: almostSolved() });
    renderEditor(store);
    await openTab('Run');
    const next = screen.getByRole('button', { name: 'Next hop' });
    await userEvent.click(next);
    // The users' upload starts the story: the first node nothing flows into.
    expect(await screen.findByRole('listitem', { current: 'step' })).toHaveTextContent(/client on the internet/i);
    for (let i = 0; i < 20 && !next.hasAttribute('disabled'); i++) await userEvent.click(next);
    expect(screen.getAllByRole('alert').map((a) => a.textContent).join(' ')).toMatch(/AccessDenied: the task role lacks dynamodb:PutItem/);
    const hops = within(screen.getByRole('region', { name: 'Run the flow' })).getAllByRole('listitem').map((li) => li.textContent);
    // S3 event → rule → RunTask comes before the task's own calls; the write fails last.
    expect(hops.findIndex((h) => h?.includes('RunTask'))).toBeLessThan(hops.findIndex((h) => h?.includes('GetObject')));
    expect(hops.at(-1)).toMatch(/PutItem/);
  });
});

describe('findings on connections', () => {
  it('warns about a connection the challenge forbids as soon as it is drawn, before any check', async () => {
    const alb = challengeSchema.parse(JSON.parse(readFileSync('content/challenges/alb-fargate-service.json', 'utf8')));
    await loadChallenge(alb.id);
    const d = structuredClone(alb.referenceSolution);
    const users = d.nodes.find((n) => n.kind === 'internet');
    const service = d.nodes.find((n) => n.kind === 'ecs-service');
    if (!users || !service) throw new Error('fixture');
    const store = new SandboxEditor({ diagram: d, challengeId: alb.id, selection: { nodes: [users.id], edges: [] }, panel: 'properties' });
    renderEditor(store, <ChallengePanel challenge={alb} />);
    await userEvent.selectOptions(screen.getByLabelText(/^Connect .* to$/), service.id);
    await userEvent.click(screen.getByRole('button', { name: 'Connect' }));
    // The challenge's verdict comes from the engine worker, so it is said once the engine has looked.
    await waitFor(() => expect(screen.getAllByRole('alert').map((a) => a.textContent).join(' ')).toMatch(/but: Remove the connection from the internet client “.*” to the ECS service “.*”:/));
    expect(store.state.checked).toBe(false);
  });

  it('points a forbidden connection at its edge, and selects the edge when activated', async () => {
    // The challenge forbids mounting the bucket into the task: the task must read it with GetObject.
    const d = structuredClone(challenge.referenceSolution);
    d.edges.push({ id: 'mount', source: 'uploads', target: 'thumbnailer' });
    const store = new SandboxEditor({ diagram: d, challengeId: challenge.id, checked: true });
    renderEditor(store);
    await openTab('Problems');
    const problems = screen.getByRole('region', { name: 'Problems' });
    await userEvent.click(within(problems).getByRole('button', { name: /Remove the connection from the S3 bucket “photo-uploads” to the ECS task “thumbnailer”/ }));
    expect(store.state.selection).toEqual({ nodes: [], edges: ['mount'] });
    expect(within(screen.getByRole('region', { name: 'Connection' })).getByText('Does not work in AWS')).toBeInTheDocument();
  });
});

describe('languages', () => {
  it('labels the palette and panels in Korean, keeping AWS names in English', async () => {
    preferencesStore.setState({ language: 'ko' });
    renderEditor(new SandboxEditor());
    // The rules' Korean sentences load first; the editor shows once they are in.
    expect(await screen.findByRole('button', { name: 'S3 버킷 추가' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: '문제' }));
    expect(screen.getByRole('region', { name: '문제' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: '실행' }));
    expect(screen.getByRole('button', { name: '다음 단계' })).toBeInTheDocument();
  });
});

describe('challenge panel', () => {
  const panel = () => screen.getByRole('region', { name: /^Challenge:/ });

  it('reveals hints one at a time and grades against the goal on Check', async () => {
    const store = new SandboxEditor({ diagram: almostSolved(), challengeId: challenge.id });
    renderEditor(store, <ChallengePanel challenge={challenge} />);
    const hint = within(panel()).getByRole('button', { name: 'Show a hint' });
    await userEvent.click(hint);
    expect(within(panel()).getAllByRole('listitem')).toHaveLength(1);
    await userEvent.click(hint);
    await userEvent.click(hint);
    expect(within(panel()).getAllByRole('listitem')).toHaveLength(3);
    expect(within(panel()).getByRole('button', { name: 'No more hints.' })).toBeDisabled();

    await userEvent.click(within(panel()).getByRole('button', { name: 'Check' }));
    // The missing write permission fails both the rule for task → DynamoDB and the challenge's role check.
    expect(await within(panel()).findByText('Not yet: 2 problems to fix.')).toBeInTheDocument();
    act(() => store.store.setState({ diagram: challenge.referenceSolution }));
    expect(await within(panel()).findByText(/Passed: the design meets the goal/)).toBeInTheDocument();
  });

  it('says how much of the goal is missing, not what, while hints are left; Start over is one undo step', async () => {
    const store = new SandboxEditor({ diagram: { schemaVersion: 1, nodes: structuredClone(challenge.startingNodes), edges: [] }, challengeId: challenge.id });
    renderEditor(store, <ChallengePanel challenge={challenge} />);
    await userEvent.click(within(panel()).getByRole('button', { name: 'Check' }));
    expect(await within(panel()).findByText('Not yet: 8 problems to fix.')).toBeInTheDocument();
    await userEvent.click(within(panel()).getByRole('button', { name: 'Show the problems' }));
    const problems = screen.getByRole('region', { name: 'Problems' });
    expect(problems).toHaveTextContent('4 connections and 4 settings are still missing');
    expect(problems).not.toHaveTextContent(/Connect the S3 bucket|Fargate/);

    store.addNode('sqs');
    await userEvent.click(screen.getByRole('tab', { name: 'Challenge' }));
    await userEvent.click(within(panel()).getByRole('button', { name: 'Start over' }));
    expect(store.diagram.nodes.map((n) => n.id)).toEqual(['users', 'uploads', 'photos']);
    expect(screen.getByRole('status')).toHaveTextContent('Started the challenge over.');
    await userEvent.click(screen.getByRole('button', { name: /^↶ Undo|^Undo/ }));
    expect(store.diagram.nodes.map((n) => n.id)).toContain('queue-1');
  });
});
