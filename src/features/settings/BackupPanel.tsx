import { useId, useRef, useState } from 'react';
import { decodeUtf8 } from '@/content/untrusted';
import type { Backup } from '@/db/backup';
import type { MergeSummary } from '@/db/merge';
import { db } from '@/db/db';
import { useLocale, useT } from '@/ui/i18n';
import { loadPreferencesFromDb } from '@/ui/preferencesSync';

type ImportState =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'invalid'; problems: string[] }
  | { step: 'ready'; backup: Backup; rowCount: number }
  | { step: 'importing' }
  | { step: 'done'; rowCount: number }
  | { step: 'merged'; summary: MergeSummary }
  | { step: 'failed'; reason: string };

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function BackupPanel() {
  const t = useT();
  const locale = useLocale();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [exportState, setExportState] = useState<{ step: 'idle' | 'working' } | { step: 'done'; file: string }>({ step: 'idle' });
  const [state, setState] = useState<ImportState>({ step: 'idle' });

  async function onExport() {
    setExportState({ step: 'working' });
    const { exportBackup, backupFileName } = await import('@/db/backup');
    const now = new Date();
    const file = backupFileName(now);
    download(file, JSON.stringify(await exportBackup(db, now), null, 2));
    setExportState({ step: 'done', file });
  }

  async function onFile(file: File | undefined) {
    if (!file) return;
    setState({ step: 'reading' });
    const { parseBackup, MAX_BACKUP_BYTES } = await import('@/db/backup');
    if (file.size > MAX_BACKUP_BYTES) {
      setState({ step: 'invalid', problems: [`${file.name}: the file is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB`] });
      return;
    }
    // Read as bytes so that a file that is not UTF-8 is refused with its place, not silently mended.
    const decoded = decodeUtf8(new Uint8Array(await file.arrayBuffer()));
    if (input.current) input.current.value = '';
    if (!decoded.ok) {
      setState({ step: 'invalid', problems: [`${file.name}: ${decoded.message}`] });
      return;
    }
    const result = parseBackup(decoded.text);
    setState(result.ok ? { step: 'ready', backup: result.backup, rowCount: result.rowCount } : { step: 'invalid', problems: result.problems.map((p) => `${file.name}: ${p}`) });
  }

  async function onMerge(backup: Backup) {
    setState({ step: 'importing' });
    try {
      const { mergeBackup } = await import('@/db/merge');
      const summary = await mergeBackup(db, backup, -new Date().getTimezoneOffset());
      await loadPreferencesFromDb();
      setState({ step: 'merged', summary });
    } catch (error) {
      setState({ step: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  }

  async function onConfirm(backup: Backup, rowCount: number) {
    setState({ step: 'importing' });
    try {
      const { importBackup } = await import('@/db/backup');
      await importBackup(db, backup);
      await loadPreferencesFromDb();
      setState({ step: 'done', rowCount });
    } catch (error) {
      setState({ step: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <div className="backup">
      <p>
        <button type="button" className="button primary" onClick={() => void onExport()} disabled={exportState.step === 'working'}>
          {t('settings.export')}
        </button>
      </p>
      <p role="status" className="muted">
        {exportState.step === 'working' && t('settings.exporting')}
        {exportState.step === 'done' && t('settings.exported', { file: exportState.file })}
      </p>
      <p>
        <label htmlFor={inputId} className="file-label">
          {t('settings.import')}
        </label>
        <input
          id={inputId}
          ref={input}
          type="file"
          accept="application/json,.json"
          onChange={(e) => void onFile(e.target.files?.[0])}
          disabled={state.step === 'reading' || state.step === 'importing'}
        />
      </p>
      <div aria-live="polite">
        {state.step === 'reading' && <p role="status">{t('settings.importReading')}</p>}
        {state.step === 'importing' && <p role="status">{t('settings.importReading')}</p>}
        {state.step === 'done' && <p role="status">✓ {t('settings.imported', { rows: state.rowCount })}</p>}
        {state.step === 'merged' && (
          <p role="status">
            ✓{' '}
            {t('settings.merged', {
              added: state.summary.reviewsAdded,
              total: state.summary.reviewsTotal,
              cards: state.summary.cardsRebuilt,
              side: t(state.summary.settingsFrom === 'backup' ? 'settings.mergedBackup' : 'settings.mergedThisDevice'),
            })}
          </p>
        )}
      </div>
      {state.step === 'invalid' && (
        <div role="alert" className="problems">
          <p>{t('settings.importInvalid')}</p>
          <ul>
            {state.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {state.step === 'failed' && (
        <p role="alert" className="problems">
          {t('settings.importFailed', { reason: state.reason })}
        </p>
      )}
      {state.step === 'ready' && (
        <div className="confirm" role="group" aria-label={t('settings.import')}>
          <p>
            {t('settings.importSummary', {
              date: new Date(state.backup.exportedAt).toLocaleString(locale),
              rows: state.rowCount,
            })}
          </p>
          <p className="muted">{t('settings.importChoice')}</p>
          <button type="button" className="button primary" onClick={() => void onMerge(state.backup)}>
            {t('settings.importMerge')}
          </button>{' '}
          <button type="button" className="button danger" onClick={() => void onConfirm(state.backup, state.rowCount)}>
            {t('settings.importConfirm')}
          </button>{' '}
          <button type="button" className="button secondary" onClick={() => setState({ step: 'idle' })}>
            {t('settings.importCancel')}
          </button>
        </div>
      )}
    </div>
  );
}
