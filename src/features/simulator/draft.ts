import { db } from '@/db/db';

/** The learner's scenario being edited, kept in the settings table so a reload loses nothing. */
export interface Draft {
  text: string;
  /** The library scenario it started from, if any. */
  slug: string | null;
}

export const DRAFT_KEY = 'simulator.draft';

export async function loadDraft(): Promise<Draft | null> {
  try {
    const row = await db.settings.get(DRAFT_KEY);
    const v = row?.value as Partial<Draft> | undefined;
    if (!v || typeof v !== 'object' || typeof v.text !== 'string') return null;
    return { text: v.text, slug: typeof v.slug === 'string' ? v.slug : null };
  } catch {
    return null;
  }
}

export async function saveDraft(draft: Draft): Promise<void> {
  await db.settings.put({ key: DRAFT_KEY, value: { text: draft.text, slug: draft.slug } });
}
