/**
 * Whether the engine is still working on the design: "Checking…" in a corner of the canvas, shown only
 * when an answer takes longer than a moment (quick ones never flash) and laid over the canvas, so nothing
 * moves; why there is no answer (stopped at the time limit), with a way to ask again.
 */
import { useEffect, useState } from 'react';
import { useT } from '@/ui/i18n';
import { EngineStopped } from '@/worker/client';
import { useGrading } from './grading';
import { useMessages } from './messages';

/** How long an answer may take before the screen says it is working on it. */
export const CHECKING_DELAY_MS = 300;

/** True once `key` has been pending for longer than `ms`. */
export function useLate(key: string | null, pending: boolean, ms = CHECKING_DELAY_MS): boolean {
  const [late, setLate] = useState<string | null>(null);
  useEffect(() => {
    if (!pending || key === null) return;
    const timer = setTimeout(() => setLate(key), ms);
    return () => clearTimeout(timer);
  }, [key, pending, ms]);
  return pending && late === key;
}

/** Why an engine call has no answer, in the reader's language. */
export function useStoppedText(): (error: unknown) => string {
  const m = useMessages();
  const t = useT();
  return (error) =>
    error instanceof EngineStopped
      ? error.reason === 'timeout'
        ? m('grading.timeout', { seconds: Math.round(error.limitMs / 1000) })
        : t('engine.cancelled')
      : m('grading.failed', { reason: error instanceof Error ? error.message : String(error) });
}

/** The canvas's corner: "Checking…" while findings are late, or why they could not be worked out. */
export function GradingStatus() {
  const m = useMessages();
  const stopped = useStoppedText();
  const { key, pending, error, retry } = useGrading();
  const late = useLate(key, pending);
  return (
    <div className="sb-grading">
      <p className="sb-checking" aria-live="polite">
        {late && (
          <>
            <span className="spinner" aria-hidden="true" />
            {m('grading.checking')}
          </>
        )}
      </p>
      {error !== undefined && (
        <div className="sb-grading-error notice" role="alert">
          <span>{stopped(error)}</span>
          <button type="button" className="button secondary sb-small" onClick={retry}>
            {m('grading.retry')}
          </button>
        </div>
      )}
    </div>
  );
}
