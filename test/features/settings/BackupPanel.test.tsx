import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/db/db';
import { BackupPanel } from '@/features/settings/BackupPanel';
import { preferencesStore } from '@/ui/preferences';

const progress = { lessonId: 'ecs/launch-types', status: 'completed' as const, lastVisitedAt: 5, completedAt: 6, scroll: 1 };

beforeEach(async () => {
  preferencesStore.setState({ language: 'en', theme: 'light' });
  await Promise.all(db.tables.map((t) => t.clear()));
  await db.lessonProgress.put(progress);
});

function file(name: string, text: string): File {
  return new File([text], name, { type: 'application/json' });
}

describe('backup import', () => {
  it('lists what is wrong and where, and leaves the data alone', async () => {
    render(<BackupPanel />);
    const bad = JSON.stringify({
      format: 'container-lab-backup',
      schemaVersion: 1,
      dbVersion: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      tables: { lessonProgress: [{ lessonId: 'x/y', status: 'done', lastVisitedAt: 1, scroll: 0 }] },
    });
    await userEvent.upload(screen.getByLabelText('Import a backup file'), file('mine.json', bad));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This file cannot be imported. Nothing was changed.');
    expect(alert).toHaveTextContent('mine.json: tables.lessonProgress[0].status');
    expect(screen.queryByRole('button', { name: 'Replace my data with this backup' })).toBeNull();
    expect(await db.lessonProgress.toArray()).toEqual([progress]);
  });

  it('asks before replacing, and cancelling keeps everything', async () => {
    render(<BackupPanel />);
    const good = JSON.stringify({ format: 'container-lab-backup', schemaVersion: 1, dbVersion: 1, exportedAt: '2026-01-01T00:00:00.000Z', tables: {} });
    await userEvent.upload(screen.getByLabelText('Import a backup file'), file('empty.json', good));
    expect(await screen.findByText(/holds 0 records/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await db.lessonProgress.toArray()).toEqual([progress]);
  });

  it('replaces the data after confirmation and restores the preferences it holds', async () => {
    render(<BackupPanel />);
    const backup = JSON.stringify({
      format: 'container-lab-backup',
      schemaVersion: 1,
      dbVersion: 2,
      exportedAt: '2026-01-01T00:00:00.000Z',
      tables: { settings: [{ key: 'preferences', value: { language: 'ko', theme: 'dark' } }] },
    });
    await userEvent.upload(screen.getByLabelText('Import a backup file'), file('prefs.json', backup));
    await userEvent.click(await screen.findByRole('button', { name: 'Replace my data with this backup' }));
    expect(await screen.findByText(/가져오기 완료|Import complete/)).toBeInTheDocument();
    expect(await db.lessonProgress.count()).toBe(0);
    expect(preferencesStore.getState()).toEqual({ language: 'ko', theme: 'dark' });
  });
});

describe('backup merge', () => {
  it('offers merge beside replace, and merging keeps what this browser holds', async () => {
    render(<BackupPanel />);
    const backup = JSON.stringify({
      format: 'container-lab-backup',
      schemaVersion: 1,
      dbVersion: 3,
      exportedAt: '2026-01-02T00:00:00.000Z',
      tables: {
        lessonProgress: [{ lessonId: 'iam/least-privilege', status: 'started', lastVisitedAt: 9, scroll: 0.5 }],
        reviews: [{ questionId: 'q1', reviewedAt: 1_767_000_000_000, rating: 1 }],
      },
    });
    await userEvent.upload(screen.getByLabelText('Import a backup file'), file('phone.json', backup));
    expect(await screen.findByRole('button', { name: 'Replace my data with this backup' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Merge with my data' }));
    expect(await screen.findByText(/Merge complete. Reviews added: 1; in your log now: 1; cards rescheduled: 1/)).toBeInTheDocument();
    expect((await db.lessonProgress.toArray()).map((p) => p.lessonId).sort()).toEqual(['ecs/launch-types', 'iam/least-privilege']);
    expect(await db.cards.get('q1')).toMatchObject({ state: 1, lapses: 0, lastRating: 1 });
  });
});
