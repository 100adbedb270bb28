import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/db/db';
import { SandboxPage } from '@/features/sandbox/SandboxPage';
import { SandboxWidget } from '@/features/sandbox/SandboxWidget';
import { preferencesStore } from '@/ui/preferences';
import { installReactFlowEnv } from './reactFlowEnv';

beforeAll(installReactFlowEnv);
beforeEach(async () => {
  preferencesStore.setState({ language: 'en', theme: 'light' });
  await db.diagrams.clear();
});

/** Opens one of the drawer's tabs, once the page has loaded. */
const openTab = async (name: string) => userEvent.click(await screen.findByRole('tab', { name }));

type SavedRow = { id: string; name: string; diagram: { nodes: { id: string }[] } };
const savedRows = async () => (await db.diagrams.toArray()) as unknown as SavedRow[];

describe('sandbox page', () => {
  it('saves the diagram as it changes, and renames it', async () => {
    render(<SandboxPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Add SQS queue' }));
    await waitFor(async () => expect((await savedRows())[0]?.diagram.nodes.map((n) => n.id)).toEqual(['queue-1']));
    await openTab('Diagrams');
    const name = await screen.findByLabelText('Diagram name');
    await userEvent.clear(name);
    await userEvent.type(name, 'Workers');
    await waitFor(async () => expect((await savedRows())[0]?.name).toBe('Workers'));
    expect(await within(screen.getByRole('region', { name: 'My diagrams' })).findByText(/^Workers/)).toBeInTheDocument();
  });

  it('reopens the last diagram', async () => {
    await db.diagrams.put({
      id: 'd1',
      name: 'Saved before',
      updatedAt: 10,
      diagram: { schemaVersion: 1, nodes: [{ id: 'box', kind: 's3', label: 'my-bucket', props: { eventBridgeNotifications: false, s3FilesFileSystem: false } }], edges: [] },
    } as never);
    render(<SandboxPage />);
    expect(await screen.findByRole('group', { name: /^my-bucket/ })).toBeInTheDocument();
    await openTab('Diagrams');
    expect(await screen.findByLabelText('Diagram name')).toHaveValue('Saved before');
  });

  it('refuses an invalid diagram file, naming the field, and keeps the open diagram', async () => {
    render(<SandboxPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Add SNS topic' }));
    await openTab('Diagrams');
    await screen.findByLabelText('Import a diagram file (JSON)');
    const bad = JSON.stringify({ schemaVersion: 1, nodes: [{ id: 'w', kind: 'ecs-task', props: { launchType: 'LAMBDA' } }], edges: [] });
    await userEvent.upload(screen.getByLabelText('Import a diagram file (JSON)'), new File([bad], 'mine.json', { type: 'application/json' }));
    const alert = await screen.findByText('This file cannot be imported. Nothing was changed.');
    expect(alert.closest('[role="alert"]')).toHaveTextContent('mine.json: nodes.0.props.launchType');
    expect(screen.getByRole('group', { name: /^topic-1/ })).toBeInTheDocument();
  });

  it('refuses a file that is not UTF-8 text, saying where the bad bytes are, and keeps the open diagram', async () => {
    render(<SandboxPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Add SNS topic' }));
    await openTab('Diagrams');
    const bytes = new Uint8Array([...new TextEncoder().encode('{"schemaVersion": 1,\n"nodes": ['), 0xff, 0xfe]);
    await userEvent.upload(await screen.findByLabelText('Import a diagram file (JSON)'), new File([bytes], 'latin.json', { type: 'application/json' }));
    const alert = await screen.findByText('This file cannot be imported. Nothing was changed.');
    expect(alert.closest('[role="alert"]')).toHaveTextContent('latin.json: not UTF-8 text: invalid bytes at line 2, column 11');
    expect(screen.getByRole('group', { name: /^topic-1/ })).toBeInTheDocument();
  });

  it('keeps a change in the diagram it was made in when another one is opened at once', async () => {
    const empty = { schemaVersion: 1, nodes: [], edges: [] };
    await db.diagrams.put({ id: 'a', name: 'First', updatedAt: 1, diagram: empty } as never);
    await db.diagrams.put({ id: 'b', name: 'Second', updatedAt: 2, diagram: empty } as never);
    render(<SandboxPage />);
    await openTab('Diagrams');
    await waitFor(() => expect(screen.getByLabelText('Diagram name')).toHaveValue('Second'));
    await userEvent.click(screen.getByRole('button', { name: 'Add ECR repository' }));
    await openTab('Diagrams');
    await userEvent.click(await screen.findByRole('button', { name: 'Open “First”' }));
    expect(await screen.findByText('Opened “First”.')).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 400));
    const rows = new Map((await savedRows()).map((r) => [r.id, r]));
    expect(rows.get('b')?.diagram.nodes.map((n) => n.id)).toEqual(['repo-1']);
    expect(rows.get('a')?.diagram.nodes).toEqual([]);
    expect(rows.get('a')?.name).toBe('First');
  });

  it('keeps a node added before the saved diagram has been read, as a diagram of its own', async () => {
    await db.diagrams.put({ id: 'd1', name: 'Saved before', updatedAt: 10, diagram: { schemaVersion: 1, nodes: [], edges: [] } } as never);
    render(<SandboxPage />);
    // At once, before the database has answered.
    fireEvent.click(screen.getByRole('button', { name: 'Add SQS queue' }));
    await waitFor(async () => expect((await savedRows()).length).toBe(2));
    const mine = (await savedRows()).find((r) => r.id !== 'd1');
    expect(mine?.diagram.nodes.map((n) => n.id)).toEqual(['queue-1']);
    expect(mine?.name).toBe('Untitled diagram');
    expect(screen.getByRole('group', { name: /^queue-1/ })).toBeInTheDocument();
    await openTab('Diagrams');
    expect(screen.getByLabelText('Diagram name')).toHaveValue('Untitled diagram');
    expect(await within(screen.getByRole('region', { name: 'My diagrams' })).findByText(/^Saved before/)).toBeInTheDocument();
  });

  it('deletes a saved diagram after confirmation', async () => {
    await db.diagrams.put({ id: 'old', name: 'Old one', updatedAt: 1, diagram: { schemaVersion: 1, nodes: [], edges: [] } } as never);
    await db.diagrams.put({ id: 'new', name: 'New one', updatedAt: 2, diagram: { schemaVersion: 1, nodes: [], edges: [] } } as never);
    render(<SandboxPage />);
    await openTab('Diagrams');
    await userEvent.click(await screen.findByRole('button', { name: 'Delete “Old one”' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    await waitFor(async () => expect((await savedRows()).map((r) => r.id)).toEqual(['new']));
  });
});

describe('shortcuts', () => {
  const toolbar = () => screen.getByRole('toolbar', { name: 'Diagram tools' });

  it('hears Ctrl+Z anywhere on the sandbox page, even on the body after a delete with the mouse, but not in a field', async () => {
    render(<SandboxPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Add SQS queue' }));
    await userEvent.click(within(toolbar()).getByRole('button', { name: 'Delete' }));
    expect(screen.queryByRole('button', { name: /^queue-1/ })).toBeNull();
    await openTab('Diagrams');
    // Typing in a field keeps its own Ctrl+Z.
    fireEvent.keyDown(await screen.findByLabelText('Diagram name'), { key: 'z', ctrlKey: true });
    expect(screen.queryByRole('group', { name: /^queue-1/ })).toBeNull();
    (document.activeElement as HTMLElement | null)?.blur();
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(await screen.findByRole('group', { name: /^queue-1/ })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Undone.');
  });

  it('keeps a lesson widget’s shortcuts inside the widget', async () => {
    render(
      <>
        <button type="button">Elsewhere in the lesson</button>
        <SandboxWidget challenge="s3-upload-runs-task" />
      </>,
    );
    const widget = await screen.findByRole('region', { name: /^Sandbox challenge/ });
    await userEvent.click(within(widget).getByRole('button', { name: 'Add SQS queue' }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'Elsewhere in the lesson' }), { key: 'z', ctrlKey: true });
    expect(within(widget).getByRole('button', { name: /^queue-1/ })).toBeInTheDocument();
    fireEvent.keyDown(within(widget).getByRole('button', { name: 'Add SNS topic' }), { key: 'z', ctrlKey: true });
    expect(within(widget).queryByRole('button', { name: /^queue-1/ })).toBeNull();
  });
});

describe('lesson widget', () => {
  it('opens a challenge with its starting nodes and goal', async () => {
    render(<SandboxWidget challenge="s3-upload-runs-task" />);
    const widget = await screen.findByRole('region', { name: 'Sandbox challenge: An upload to S3 runs a Fargate task' });
    expect(within(widget).getByText(/start a Fargate task that reads the new object/)).toBeInTheDocument();
    expect(await within(widget).findByRole('group', { name: /^photo-uploads, S3 bucket/ })).toBeInTheDocument();
    expect(within(widget).getByRole('button', { name: 'Check' })).toBeInTheDocument();
  });

  it('says so when the challenge does not exist', () => {
    render(<SandboxWidget challenge="no-such-thing" />);
    expect(screen.getByRole('note')).toHaveTextContent('No sandbox challenge is called “no-such-thing”.');
  });
});
