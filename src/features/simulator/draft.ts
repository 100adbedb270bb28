import { peekTable } from '@/db/peek';
import type { SettingRow } from '@/db/rows';

/**
 * The learner's scenario being edited, kept in the settings table so a reload loses nothing. It is read
 * straight from IndexedDB (`peekTable`), so the simulator opens without the database library, which
 * loads with the first edit saved.
 */
export interface Draft {
  text: string;
  /** The library scenario it started from, if any. */
  slug: string | null;
}

export const DRAFT_KEY = 'simulator.draft';

export async function loadDraft(): Promise<Draft | null> {
  try {
    const row = (await peekTable<SettingRow>('settings')).find((r) => r.key === DRAFT_KEY);
    const v = row?.value as Partial<Draft> | undefined;
    if (!v || typeof v !== 'object' || typeof v.text !== 'string') return null;
    return { text: v.text, slug: typeof v.slug === 'string' ? v.slug : null };
  } catch {
    return null;
  }
}

export async function saveDraft(draft: Draft): Promise<void> {
  const { db } = await import('@/db/db');
  await db.settings.put({ key: DRAFT_KEY, value: { text: draft.text, slug: draft.slug } });
}
