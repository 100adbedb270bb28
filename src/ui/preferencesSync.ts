import { db } from '@/db/db';
import { normalizePreferences, preferencesStore, type Preferences } from './preferences';

const KEY = 'preferences';

/** Applies the preferences stored in the database (after a backup import, or on start). */
export async function loadPreferencesFromDb(): Promise<void> {
  const row = await db.settings.get(KEY);
  if (row?.value && typeof row.value === 'object' && !Array.isArray(row.value)) {
    preferencesStore.setState(normalizePreferences(row.value as Record<string, unknown>, preferencesStore.getState()));
  } else {
    await savePreferences(preferencesStore.getState());
  }
}

async function savePreferences(prefs: Preferences): Promise<void> {
  await db.settings.put({ key: KEY, value: { language: prefs.language, theme: prefs.theme } });
}

/** Keeps the database copy of the preferences in step with the store. Returns the unsubscribe. */
export function startPreferencesSync(): () => void {
  void loadPreferencesFromDb().catch(() => undefined);
  return preferencesStore.subscribe((prefs) => void savePreferences(prefs).catch(() => undefined));
}
