import { act, render, screen } from '@testing-library/react';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME } from '@/db/schema';

// Presence is one answer per page: each test loads the modules afresh, as a new page would.
beforeEach(() => vi.resetModules());
afterEach(async () => {
  const { db } = await import('@/db/db');
  db.close();
  await Dexie.delete(DB_NAME);
});

describe('whether the database exists', () => {
  it('is absent on a first visit, and asking creates nothing', async () => {
    const { databasePresent } = await import('@/db/presence');
    expect(await databasePresent()).toBe(false);
    expect(await Dexie.exists(DB_NAME)).toBe(false);
  });

  it('becomes present when the app opens the database, and a waiting screen hears of it', async () => {
    const { whenDatabase, databaseKnownPresent } = await import('@/db/presence');
    const { db } = await import('@/db/db');
    const heard: string[] = [];
    whenDatabase({ onAbsent: () => heard.push('absent'), onPresent: () => heard.push('present') });
    await vi.waitFor(() => expect(heard).toEqual(['absent']));
    await db.settings.put({ key: 'k', value: 1 });
    expect(heard).toEqual(['absent', 'present']);
    expect(databaseKnownPresent()).toBe(true);
  });

  it('is present at once when the database already exists', async () => {
    const other = new Dexie(DB_NAME);
    other.version(1).stores({ settings: 'key' });
    await other.open();
    other.close();
    const { databasePresent } = await import('@/db/presence');
    expect(await databasePresent()).toBe(true);
  });

  it('finds a database another tab created when this tab comes back into view', async () => {
    const { whenDatabase } = await import('@/db/presence');
    const onAbsent = vi.fn();
    const onPresent = vi.fn();
    whenDatabase({ onAbsent, onPresent });
    await vi.waitFor(() => expect(onAbsent).toHaveBeenCalledOnce());
    // Another tab (another Dexie, not this page's) creates the database.
    const other = new Dexie(DB_NAME);
    other.version(1).stores({ settings: 'key' });
    await other.open();
    other.close();
    expect(onPresent).not.toHaveBeenCalled();
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(onPresent).toHaveBeenCalledOnce());
  });
});

describe('a live query with an answer for "nothing stored"', () => {
  it('shows that answer without creating the database, then the stored rows once the learner writes', async () => {
    const { useLiveQuery } = await import('@/db/useLiveQuery');
    const { db } = await import('@/db/db');
    function Names() {
      const names = useLiveQuery(async () => (await db.settings.toArray()).map((r) => r.key), [], () => []);
      return <p>{names === undefined ? 'reading' : names.length ? names.join(', ') : 'none'}</p>;
    }
    render(<Names />);
    expect(await screen.findByText('none')).toBeInTheDocument();
    expect(await Dexie.exists(DB_NAME)).toBe(false);
    await act(() => db.settings.put({ key: 'newPerDay', value: 5 }));
    expect(await screen.findByText('newPerDay')).toBeInTheDocument();
  });

  it('reads the stored rows when the database exists', async () => {
    const { useLiveQuery } = await import('@/db/useLiveQuery');
    const { db } = await import('@/db/db');
    await db.settings.put({ key: 'focus', value: null });
    function Names() {
      const names = useLiveQuery(async () => (await db.settings.toArray()).map((r) => r.key), [], () => []);
      return <p>{names === undefined ? 'reading' : names.length ? names.join(', ') : 'none'}</p>;
    }
    render(<Names />);
    expect(await screen.findByText('focus')).toBeInTheDocument();
  });
});
