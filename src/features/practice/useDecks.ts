import { db } from '@/db/db';
import { SETTING } from '@/db/practice';
import { useLiveQuery } from '@/db/useLiveQuery';
import type { CustomDeck } from './bank';

/** Imported decks, kept in the settings table under "deck:<slug>"; undefined while loading. */
export function useDecks(): CustomDeck[] | undefined {
  return useLiveQuery(
    async () => {
      const rows = await db.settings.where('key').startsWith(SETTING.deckPrefix).toArray();
      return rows.map((r) => r.value as unknown as CustomDeck);
    },
    [],
    () => [],
  );
}
