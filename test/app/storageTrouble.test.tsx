import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/app/App';
import { db } from '@/db/db';
import { clearStorageTrouble, probeStorage, reportStorageTrouble, type StorageTrouble } from '@/db/status';
import { preferencesStore } from '@/ui/preferences';

vi.mock('@/app/UpdatePrompt', () => ({ default: () => null }));

const LESSON = '/learn/docker/images-containers-dockerfile';
const ALL: StorageTrouble[] = ['unavailable', 'quotaExceeded', 'upgradedElsewhere', 'upgradeBlocked'];

beforeEach(() => {
  preferencesStore.setState({ language: 'en', theme: 'light' });
  window.history.replaceState(null, '', LESSON);
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const t of ALL) clearStorageTrouble(t);
});

describe('storage trouble', () => {
  it('IndexedDB that cannot be opened: says so plainly, and the lesson still reads', async () => {
    const factory = { open: () => { throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'); } } as unknown as IDBFactory;
    expect(await probeStorage(factory)).toBe(false);
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Images, containers and the Dockerfile' })).toBeInTheDocument();
    const alert = screen.getByText(/This browser does not let/).closest('[role="alert"]') as HTMLElement;
    expect(alert).toHaveTextContent('This browser does not let Container Lab store anything here');
    expect(alert).toHaveTextContent('Lessons work as usual');
  });

  it('an open that fails with an error event is reported too; a missing database is not trouble', async () => {
    const failing = {
      open: () => {
        const request = {} as IDBOpenDBRequest & { onerror: ((e: Event) => void) | null };
        setTimeout(() => request.onerror?.(new Event('error')), 0);
        return request;
      },
    } as unknown as IDBFactory;
    expect(await probeStorage(failing)).toBe(false);
    clearStorageTrouble('unavailable');
    expect(await probeStorage(indexedDB, `never-created-${Date.now()}`)).toBe(true);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(expect.stringMatching(/^never-created-/));
  });

  it('a write refused for lack of space: says so, keeps the app working, and exports what is stored', async () => {
    await db.lessonProgress.put({ lessonId: 'ecs/launch-types', status: 'completed', lastVisitedAt: 1, completedAt: 2, scroll: 1 });
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'lessonProgress') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const saved: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:backup';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    render(<App />);
    // Opening the lesson records the visit: that write is refused.
    const message = await screen.findByText(/storage for Container Lab is full, so your last change was not saved/);
    const alert = message.closest('[role="alert"]') as HTMLElement;
    expect(screen.getByRole('heading', { level: 1, name: 'Images, containers and the Dockerfile' })).toBeInTheDocument();
    await userEvent.click(within(alert).getByRole('button', { name: 'Export my data' }));
    expect(await within(alert).findByRole('status')).toHaveTextContent(/^Saved container-lab-backup-\d{4}-\d{2}-\d{2}\.json\.$/);
    const backup = JSON.parse(await (saved[0] as Blob).text()) as { tables: { lessonProgress: Array<{ lessonId: string }> } };
    expect(backup.tables.lessonProgress.map((r) => r.lessonId)).toContain('ecs/launch-types');
    await userEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByText(/storage for Container Lab is full/)).toBeNull());
  });

  it('an upgrade in another tab: asks this one to reload, in Korean too', async () => {
    preferencesStore.setState({ language: 'ko', theme: 'light' });
    reportStorageTrouble('upgradedElsewhere');
    render(<App />);
    const alert = screen.getByText(/다른 탭에서/).closest('[role="alert"]') as HTMLElement;
    expect(alert).toHaveTextContent('다른 탭에서 Container Lab이 업데이트되었습니다');
    expect(within(alert).getByRole('button', { name: '이 탭 새로 고침' })).toBeInTheDocument();
  });
});
