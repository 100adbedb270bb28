import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.resetModules();
  vi.unstubAllGlobals();
});

const controlled = () => vi.stubGlobal('navigator', { ...navigator, serviceWorker: { controller: {} } });

function fakeFetch(list: Record<string, string[]>) {
  const calls: string[] = [];
  const fetcher = (async (url: string) => {
    calls.push(url);
    return new Response(url === '/locale-assets.json' ? JSON.stringify(list) : 'export {}', { status: 200 });
  }) as unknown as typeof fetch;
  return { calls, fetcher };
}

describe('warming the other language for offline use', () => {
  it('fetches every file of the language once per visit, after its list', async () => {
    controlled();
    const { warmLocaleAssets } = await import('@/ui/localeAssets');
    const { calls, fetcher } = fakeFetch({ ko: ['/assets/a.ko-1.js', '/assets/b.ko-2.js'] });
    expect(await warmLocaleAssets('ko', fetcher)).toBe(2);
    expect(calls).toEqual(['/locale-assets.json', '/assets/a.ko-1.js', '/assets/b.ko-2.js']);
    expect(await warmLocaleAssets('ko', fetcher)).toBe(0);
    expect(calls).toHaveLength(3);
  });

  it('does nothing for English, the precached language, or without a service worker in control', async () => {
    const { warmLocaleAssets } = await import('@/ui/localeAssets');
    const { calls, fetcher } = fakeFetch({ ko: ['/assets/a.ko-1.js'] });
    expect(await warmLocaleAssets('ko', fetcher)).toBe(0);
    controlled();
    expect(await warmLocaleAssets('en', fetcher)).toBe(0);
    expect(calls).toEqual([]);
  });
});
