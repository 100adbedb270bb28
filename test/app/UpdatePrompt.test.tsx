import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/app/App';
import { preferencesStore } from '@/ui/preferences';

/** What the service worker registration reports; each test sets it before rendering. */
const sw = vi.hoisted(() => ({
  needRefresh: false,
  offlineReady: false,
  update: vi.fn(),
  registered: undefined as undefined | ((url: string, registration: ServiceWorkerRegistration | undefined) => void),
}));

vi.mock('virtual:pwa-register/react', async () => {
  const { useState } = await import('react');
  return {
    useRegisterSW: (options?: { onRegisteredSW?: typeof sw.registered }) => {
      sw.registered = options?.onRegisteredSW;
      return { needRefresh: useState(sw.needRefresh), offlineReady: useState(sw.offlineReady), updateServiceWorker: sw.update };
    },
  };
});

beforeEach(() => {
  preferencesStore.setState({ language: 'en', theme: 'light' });
  window.history.replaceState(null, '', '/');
  Object.assign(sw, { needRefresh: false, offlineReady: false, registered: undefined });
  sw.update.mockReset();
});

/** True when `a` comes before `b` in the document and is not inside it. */
const before = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) && !b.contains(a);

describe('notices of the app itself', () => {
  it('says the app works offline on the next screen, in a banner between the header and the screen, until dismissed', async () => {
    sw.offlineReady = true;
    render(<App />);
    // The screen the download ended on stays as it is: nothing is pushed down under the reader.
    await screen.findByRole('heading', { level: 1, name: 'What to do today' });
    expect(screen.queryByText('Container Lab now works offline.')).toBeNull();
    await userEvent.click(screen.getByRole('link', { name: 'Learn' }));
    const banner = (await screen.findByText('Container Lab now works offline.')).closest('[role="status"]')!;
    expect(banner).not.toBeNull();
    expect(before(screen.getByRole('banner'), banner)).toBe(true);
    expect(before(banner, screen.getByRole('main'))).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText('Container Lab now works offline.')).toBeNull();
  });

  it('takes the works-offline notice away with the screen it was shown on', async () => {
    sw.offlineReady = true;
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'What to do today' });
    await userEvent.click(screen.getByRole('link', { name: 'Learn' }));
    await screen.findByText('Container Lab now works offline.');
    await userEvent.click(screen.getByRole('link', { name: 'Practice' }));
    await screen.findByRole('heading', { level: 1, name: 'Practice' });
    expect(screen.queryByText('Container Lab now works offline.')).toBeNull();
  });

  it('says the app works offline when the browser began installing before the page listened', async () => {
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'What to do today' });
    await vi.waitFor(() => expect(sw.registered).toBeDefined());
    // workbox-window never reports this install: the registration's worker is followed instead.
    const worker = Object.assign(new EventTarget(), { state: 'installing' });
    act(() => sw.registered?.('/sw.js', { installing: worker, waiting: null, active: null } as unknown as ServiceWorkerRegistration));
    worker.state = 'activated';
    act(() => void worker.dispatchEvent(new Event('statechange')));
    await userEvent.click(screen.getByRole('link', { name: 'Learn' }));
    expect(await screen.findByText('Container Lab now works offline.')).toBeVisible();
  });

  it('offers a new version in the same place, reloading only when asked', async () => {
    sw.needRefresh = true;
    render(<App />);
    const reload = await screen.findByRole('button', { name: 'Reload to update' });
    expect(before(reload, screen.getByRole('main'))).toBe(true);
    expect(sw.update).not.toHaveBeenCalled();
    await userEvent.click(reload);
    expect(sw.update).toHaveBeenCalledWith(true);
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByText('A new version of Container Lab is available.')).toBeNull();
  });
});
