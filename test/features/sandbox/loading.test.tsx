import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/db/db';
import { SandboxPage } from '@/features/sandbox/SandboxPage';
import { decodeDiagram, SHARE_PREFIX } from '@/features/sandbox/share';
import { readSavedRow } from '@/features/sandbox/storage';
import { preferencesStore } from '@/ui/preferences';
import { installReactFlowEnv } from './reactFlowEnv';

beforeAll(installReactFlowEnv);
beforeEach(async () => {
  preferencesStore.setState({ language: 'en', theme: 'light' });
  await db.diagrams.clear();
  history.replaceState(null, '', '/sandbox');
});

/** A diagram saved by a later version of the app: a format this version does not know, with a field it does not either. */
const fromTheFuture = {
  id: 'future',
  name: 'Made tomorrow',
  updatedAt: 50,
  diagram: { schemaVersion: 2, nodes: [{ id: 'bucket', kind: 's3', props: { versioning: true } }], edges: [], groups: [{ id: 'g1' }] },
};
const current = { id: 'today', name: 'Made today', updatedAt: 10, diagram: { schemaVersion: 1, nodes: [{ id: 'q', kind: 'sqs', label: 'jobs', props: { fifo: false } }], edges: [] } };

const rowsById = async () => new Map((await db.diagrams.toArray()).map((r) => [r.id, r as unknown]));
const settle = () => new Promise((r) => setTimeout(r, 400));

describe('sandbox: diagrams saved by a newer version', () => {
  it('says so instead of opening an empty diagram, opens the latest one it can, and leaves the newer row untouched', async () => {
    await db.diagrams.put(fromTheFuture as never);
    await db.diagrams.put(current as never);
    render(<SandboxPage />);
    const alert = await screen.findByText(/“Made tomorrow” was made by a newer version of Container Lab, so it was not opened/);
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect(screen.getByLabelText('Diagram name')).toHaveValue('Made today');
    expect(await screen.findByRole('button', { name: /^jobs/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add SNS topic' }));
    await settle();
    const rows = await rowsById();
    expect(rows.get('future')).toEqual(fromTheFuture);
    expect(rows.size).toBe(2);
  });

  it('when it is the only diagram: says so, starts a new one beside it, never over it', async () => {
    await db.diagrams.put(fromTheFuture as never);
    render(<SandboxPage />);
    expect(await screen.findByText(/was made by a newer version of Container Lab/)).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: 'Add SQS queue' }));
    await settle();
    const rows = await rowsById();
    expect(rows.get('future')).toEqual(fromTheFuture);
    expect(rows.size).toBe(2);
  });

  it('refuses to open it from the list and keeps the open diagram', async () => {
    await db.diagrams.put(current as never);
    await db.diagrams.put({ ...fromTheFuture, updatedAt: 1 } as never);
    render(<SandboxPage />);
    expect(await screen.findByRole('button', { name: /^jobs/ })).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: 'Open “Made tomorrow”' }));
    expect(await screen.findByText(/“Made tomorrow” was made by a newer version/)).toBeInTheDocument();
    expect(screen.getByLabelText('Diagram name')).toHaveValue('Made today');
    expect((await rowsById()).get('future')).toEqual({ ...fromTheFuture, updatedAt: 1 });
  });

  it('says it in Korean too', async () => {
    preferencesStore.setState({ language: 'ko', theme: 'light' });
    await db.diagrams.put(fromTheFuture as never);
    render(<SandboxPage />);
    expect(await screen.findByText(/“Made tomorrow”은\(는\) 더 새로운 버전의 Container Lab에서 만든 다이어그램이라 열지 않았고/)).toBeInTheDocument();
  });
});

describe('sandbox: share links', () => {
  it('refuses a link that unpacks beyond the cap, and says why', async () => {
    await db.diagrams.put(current as never);
    const { packText } = await import('@/content/shareCodec');
    const huge = await packText(JSON.stringify({ schemaVersion: 1, nodes: [], edges: [], pad: 'x'.repeat(1024 * 1024 + 1) }));
    history.replaceState(null, '', `/sandbox#d=${huge}`);
    render(<SandboxPage />);
    const alert = await screen.findByText(/This link cannot be opened\. Nothing was changed\./);
    expect(alert.closest('[role="alert"]')).toHaveTextContent('link: the link unpacks to more than 1,024 KB');
    expect(screen.getByLabelText('Diagram name')).toHaveValue('Made today');
  });
});

describe('sandbox: every past format still opens', () => {
  it('a share link of diagram format 1', async () => {
    const hash = readFileSync('test/fixtures/share/diagram-v1.txt', 'utf8').trim();
    expect(hash.startsWith(SHARE_PREFIX)).toBe(true);
    const r = await decodeDiagram(hash.slice(SHARE_PREFIX.length));
    expect(r.issues).toEqual([]);
    expect(r.diagram?.nodes).toHaveLength(14);
  });

  it('a saved row of diagram format 1, opened on the page with its challenge', async () => {
    const row = JSON.parse(readFileSync('test/fixtures/saved/diagram-row-v1.json', 'utf8')) as { id: string; name: string; updatedAt: number };
    const read = readSavedRow(row);
    expect(read.ok && read.saved.challengeId).toBe('s3-upload-runs-task');
    await db.diagrams.put(row as never);
    render(<SandboxPage />);
    expect(await screen.findByLabelText('Diagram name')).toHaveValue('Upload pipeline');
  });
});

