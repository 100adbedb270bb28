import type { Locale } from '@/content/taxonomy';

const warmed = new Set<Locale>();

/**
 * Fetches, once per visit, every built file only a reader of `locale` needs (lesson bodies and question
 * text in that language; the list is `locale-assets.json`, written at build time). The service worker
 * keeps what passes through it, so the app then works offline in that language too. English is the
 * precached language and needs nothing. Never throws: this is a warm-up, not a requirement.
 */
export async function warmLocaleAssets(locale: Locale, fetcher: typeof fetch = globalThis.fetch): Promise<number> {
  if (locale === 'en' || warmed.has(locale) || typeof navigator === 'undefined' || !navigator.serviceWorker?.controller) return 0;
  warmed.add(locale);
  try {
    const list = (await (await fetcher('/locale-assets.json')).json()) as Record<string, string[] | undefined>;
    let done = 0;
    for (const url of list[locale] ?? []) {
      // One at a time, at low priority: the learner's own requests go first.
      const ok = await fetcher(url, { priority: 'low' } as RequestInit).then((r) => r.ok, () => false);
      if (ok) done++;
    }
    return done;
  } catch {
    warmed.delete(locale);
    return 0;
  }
}
