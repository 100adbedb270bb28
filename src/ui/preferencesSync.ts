import { peekTable } from '@/db/peek';
import type { SettingRow } from '@/db/rows';
import { warmLocaleAssets } from './localeAssets';
import { hasStoredPreferences, normalizePreferences, preferencesStore, type Preferences } from './preferences';

const KEY = 'preferences';

/** Applies the preferences stored in the database (after a backup import, or when this browser has no copy). */
export async function loadPreferencesFromDb(): Promise<void> {
  const row = (await peekTable<SettingRow>('settings')).find((r) => r.key === KEY);
  if (row?.value && typeof row.value === 'object' && !Array.isArray(row.value)) {
    preferencesStore.setState(normalizePreferences(row.value as Record<string, unknown>, preferencesStore.getState()));
  }
}

async function savePreferences(prefs: Preferences): Promise<void> {
  const { db } = await import('@/db/db');
  await db.settings.put({ key: KEY, value: { language: prefs.language, theme: prefs.theme } });
}

/**
 * Keeps the database copy of the preferences (the one backups carry) in step with the store. The
 * database code loads only when a preference changes. Reading in a language other than English fetches
 * that language's files for offline use (see localeAssets.ts). Returns the unsubscribe.
 */
export function startPreferencesSync(): () => void {
  if (!hasStoredPreferences()) void loadPreferencesFromDb();
  void warmLocaleAssets(preferencesStore.getState().language);
  return preferencesStore.subscribe((prefs) => {
    void savePreferences(prefs).catch(() => undefined);
    void warmLocaleAssets(prefs.language);
  });
}
