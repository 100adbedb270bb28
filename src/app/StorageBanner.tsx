import { useState, useSyncExternalStore } from 'react';
import { clearStorageTrouble, storageTroubles, subscribeStorageTroubles, type StorageTrouble } from '@/db/status';
import { useT } from '@/ui/i18n';

/** Downloads the learner's data as a backup file (the same file Settings → Export writes). */
async function exportData(): Promise<string> {
  const [{ db }, { exportBackup, backupFileName }] = await Promise.all([import('@/db/db'), import('@/db/backup')]);
  const now = new Date();
  const file = backupFileName(now);
  const url = URL.createObjectURL(new Blob([JSON.stringify(await exportBackup(db, now), null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return file;
}

function QuotaActions() {
  const t = useT();
  const [result, setResult] = useState('');
  return (
    <>
      <div className="storage-actions">
        <button
          type="button"
          className="button primary"
          onClick={() =>
            void exportData().then(
              (file) => setResult(t('storage.exported', { file })),
              (error: unknown) => setResult(t('storage.exportFailed', { reason: error instanceof Error ? error.message : String(error) })),
            )
          }
        >
          {t('storage.export')}
        </button>
        <button type="button" className="button secondary" onClick={() => clearStorageTrouble('quotaExceeded')}>
          {t('storage.dismiss')}
        </button>
      </div>
      {result && <p role="status">{result}</p>}
    </>
  );
}

const ORDER: readonly StorageTrouble[] = ['upgradedElsewhere', 'upgradeBlocked', 'unavailable', 'quotaExceeded'];

/**
 * Says plainly when the browser's storage is in trouble, and what to do: reload after an upgrade in
 * another tab, close older tabs to let an upgrade finish, know that nothing will be kept, or export
 * what is stored when space runs out. Everything else keeps working, lessons first.
 */
export function StorageBanner() {
  const t = useT();
  const troubles = useSyncExternalStore(subscribeStorageTroubles, storageTroubles, storageTroubles);
  if (troubles.length === 0) return null;
  const shown = ORDER.filter((trouble) => troubles.includes(trouble));
  return (
    <div className="storage-banner notice" role="alert">
      {shown.map((trouble) => (
        <div key={trouble} className="storage-trouble">
          <p>{t(`storage.${trouble}`)}</p>
          {trouble === 'upgradedElsewhere' && (
            <div className="storage-actions">
              <button type="button" className="button primary" onClick={() => location.reload()}>
                {t('storage.reload')}
              </button>
            </div>
          )}
          {trouble === 'quotaExceeded' && <QuotaActions />}
        </div>
      ))}
    </div>
  );
}
