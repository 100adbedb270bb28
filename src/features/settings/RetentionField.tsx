import { useEffect, useId, useState } from 'react';
import { readSetting, SETTING, writeSetting } from '@/db/practice';
import { retentionFrom } from '@/db/schedule';
import { useLiveQuery } from '@/db/useLiveQuery';
import { estimateWorkload, RETENTION_RANGE } from '@/engine/srs';
import { useMessages } from './messages';
import { useWorkloadData, type WorkloadData } from './useScheduleData';

const percent = (r: number) => Math.round(r * 100);

/** Average answers a day over 30 days at `retention`, from the learner's own cards (a seeded simulation). */
function useWorkload(data: WorkloadData | undefined, retention: number): number | undefined {
  const [result, setResult] = useState<{ key: string; average: number }>();
  const key = data ? `${retention}:${data.cards.length}:${data.newPerDay}:${data.newAvailable}` : '';
  useEffect(() => {
    if (!data) return;
    // Let the slider's new value paint first; the estimate follows a moment later.
    const timer = setTimeout(() => {
      const { average } = estimateWorkload({ now: Date.now(), cards: data.cards, options: { ...data.options, retention }, newPerDay: data.newPerDay, newAvailable: data.newAvailable });
      setResult({ key, average });
    }, 120);
    return () => clearTimeout(timer);
  }, [data, retention, key]);
  return result?.key === key ? result.average : undefined;
}

/** Desired retention (0.80–0.97), with its estimated daily workload shown before it is saved. */
export function RetentionField() {
  const m = useMessages();
  const id = useId();
  const stored = useLiveQuery(async () => retentionFrom(await readSetting<unknown>(SETTING.retention, null)), []);
  const data = useWorkloadData();
  const [value, setValue] = useState<number>();
  const [status, setStatus] = useState('');
  const chosen = value ?? stored ?? RETENTION_RANGE.default;
  const preview = useWorkload(data, chosen);
  const current = useWorkload(data, stored ?? RETENTION_RANGE.default);
  if (stored === undefined) return null;
  const changed = percent(chosen) !== percent(stored);
  return (
    <div className="field retention">
      <label htmlFor={id}>{m('retention')}</label>
      <p className="muted small" id={`${id}-help`}>
        {m('retentionHelp')}
      </p>
      <div className="field-row">
        <input
          id={id}
          type="range"
          min={RETENTION_RANGE.min}
          max={RETENTION_RANGE.max}
          step={0.01}
          value={chosen}
          aria-describedby={`${id}-help ${id}-workload`}
          aria-valuetext={m('retentionValue', { percent: percent(chosen) })}
          onChange={(e) => {
            setValue(Number(e.target.value));
            setStatus('');
          }}
        />
        <output htmlFor={id} className="retention-value">
          {m('retentionValue', { percent: percent(chosen) })}
        </output>
      </div>
      <div id={`${id}-workload`} className="workload" aria-live="polite">
        <p>{preview === undefined ? m('workloadWorking') : m('workload', { percent: percent(chosen), reviews: Math.round(preview) })}</p>
        {changed && current !== undefined && <p className="muted small">{m('workloadCurrent', { percent: percent(stored), reviews: Math.round(current) })}</p>}
        <p className="muted small">{m('workloadHow')}</p>
      </div>
      <button
        type="button"
        className="button primary"
        disabled={!changed}
        onClick={() =>
          void writeSetting(SETTING.retention, Math.round(chosen * 100) / 100).then(() => {
            setValue(undefined);
            setStatus(m('retentionSaved', { percent: percent(chosen) }));
          })
        }
      >
        {m('retentionSave')}
      </button>
      <p role="status" className="muted small">
        {status}
      </p>
    </div>
  );
}
