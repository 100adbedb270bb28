import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { db } from '@/db/db';
import { applyParameters, loggedAnswers, resetParameters, storedParameters } from '@/db/personal';
import { useLiveQuery } from '@/db/useLiveQuery';
import { DEFAULT_PARAMETERS, evaluateParameters, fsrsItems, MIN_SPACED_REVIEWS, reviewHistories, spacedReviewCount, validParameters, type DayReview, type Evaluation } from '@/engine/srs';
import { useLocale } from '@/ui/i18n';
import { OPTIMIZER_TIME_LIMIT_MS, optimizerSupport, OptimizerStopped, runOptimizer, type OptimizerRun } from '@/worker/optimizerClient';
import { useOptimizerMessages } from './optimizerMessages';
import { offsetMinutes } from './useScheduleData';

/**
 * "Optimize my schedule": trains FSRS parameters on the learner's own answers (fsrs-browser in its own
 * worker, loaded only on the click), shows default against optimized on those answers, and applies them
 * only when the learner says so. Below the minimum of spaced reviews, or in a browser that cannot run the
 * optimizer, the button is disabled and says why.
 */

type Phase =
  | { kind: 'idle' }
  | { kind: 'running'; run: OptimizerRun }
  | { kind: 'result'; w: number[]; defaults: Evaluation; optimized: Evaluation }
  | { kind: 'message'; text: string };

const fixed = (x: number) => x.toFixed(4);

function useLearnerData() {
  return useLiveQuery(async () => {
    const [answers, stored] = await Promise.all([loggedAnswers(db), storedParameters(db)]);
    const histories = reviewHistories(answers, offsetMinutes());
    return { histories, spaced: spacedReviewCount(histories), stored };
  }, []);
}

export function OptimizerPanel() {
  const m = useOptimizerMessages();
  const locale = useLocale();
  const id = useId();
  const data = useLearnerData();
  const [support] = useState(optimizerSupport);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [status, setStatus] = useState('');
  const running = phase.kind === 'running' ? phase.run : undefined;
  if (!data) return null;
  const enough = data.spaced >= MIN_SPACED_REVIEWS;
  const canRun = support !== 'none' && enough && phase.kind !== 'running';

  const start = () => {
    setStatus('');
    const histories: DayReview[][] = data.histories;
    const threads = support === 'threads' ? Math.max(1, Math.min(4, navigator.hardwareConcurrency || 1)) : 1;
    const run = runOptimizer(fsrsItems(histories), { threads });
    setPhase({ kind: 'running', run });
    run.result.then(
      (trained) => {
        const w = validParameters(trained);
        if (!w) return setPhase({ kind: 'message', text: m('failed', { detail: 'invalid parameters' }) });
        setPhase({ kind: 'result', w, defaults: evaluateParameters(histories, DEFAULT_PARAMETERS), optimized: evaluateParameters(histories, w) });
      },
      (error: unknown) => {
        const reason = error instanceof OptimizerStopped ? error.reason : 'failed';
        const text =
          reason === 'cancelled' ? m('cancelled') : reason === 'timeout' ? m('timeout', { seconds: OPTIMIZER_TIME_LIMIT_MS / 1000 }) : m('failed', { detail: error instanceof OptimizerStopped ? error.detail : String(error) });
        setPhase({ kind: 'message', text });
      },
    );
  };

  const apply = async (w: number[], defaults: Evaluation, optimized: Evaluation) => {
    const cards = await applyParameters(
      db,
      { w, trainedAt: Date.now(), reviews: data.spaced, defaultLogLoss: defaults.logLoss, optimizedLogLoss: optimized.logLoss, defaultRmse: defaults.rmseBins, optimizedRmse: optimized.rmseBins },
      offsetMinutes(),
    );
    setPhase({ kind: 'idle' });
    setStatus(m('applied', { cards }));
  };

  const reset = async () => {
    const cards = await resetParameters(db, offsetMinutes());
    setPhase({ kind: 'idle' });
    setStatus(m('resetDone', { cards }));
  };

  return (
    <div className="field optimizer" aria-labelledby={`${id}-title`} role="group">
      <h3 id={`${id}-title`}>{m('title')}</h3>
      <p className="muted small">{m('help')}</p>
      {data.stored && (
        <div className="field-row">
          <p>{m('inUse', { date: new Date(data.stored.trainedAt).toLocaleDateString(locale, { dateStyle: 'long' }), reviews: data.stored.reviews })}</p>
          <button type="button" className="button secondary" disabled={phase.kind === 'running'} onClick={() => void reset()}>
            {m('reset')}
          </button>
        </div>
      )}
      <p id={`${id}-why`} className={support === 'none' || !enough ? 'optimizer-why' : 'muted small'}>
        {support === 'none' ? m('unsupported') : enough ? m('ready', { have: data.spaced }) : m('needMore', { need: MIN_SPACED_REVIEWS, have: data.spaced })}
      </p>
      {support === 'single' && enough && <p className="muted small">{m('singleThread')}</p>}
      <button type="button" className="button primary" disabled={!canRun} aria-describedby={`${id}-why`} onClick={start}>
        {m('optimize')}
      </button>
      {running && <Running run={running} have={data.spaced} onCancel={() => running.cancel()} />}
      {phase.kind === 'result' && (
        <Result
          defaults={phase.defaults}
          optimized={phase.optimized}
          onApply={() => void apply(phase.w, phase.defaults, phase.optimized)}
          onKeep={() => {
            setPhase({ kind: 'idle' });
            setStatus(m('kept'));
          }}
        />
      )}
      <p role="status" className="muted small">
        {phase.kind === 'message' ? phase.text : status}
      </p>
    </div>
  );
}

/** The run's progress, read from the optimizer's counters while it trains, with Cancel. */
function Running({ run, have, onCancel }: { run: OptimizerRun; have: number; onCancel: () => void }) {
  const m = useOptimizerMessages();
  const [progress, setProgress] = useState<{ processed: number; total: number }>();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => cancelRef.current?.focus(), []);
  useEffect(() => {
    const timer = setInterval(() => setProgress(run.progress()), 200);
    return () => clearInterval(timer);
  }, [run]);
  return (
    <div className="optimizer-running">
      <p aria-live="polite">{progress ? m('training', { have }) : m('loading')}</p>
      <div className="field-row">
        <progress
          aria-label={m('progress')}
          {...(progress ? { value: progress.processed, max: progress.total, 'aria-valuetext': m('progressValue', { done: progress.processed, total: progress.total }) } : {})}
        />
        <button ref={cancelRef} type="button" className="button secondary" onClick={onCancel}>
          {m('cancel')}
        </button>
      </div>
    </div>
  );
}

/** Default against optimized on the learner's reviews, with Apply and Keep defaults. */
function Result({ defaults, optimized, onApply, onKeep }: { defaults: Evaluation; optimized: Evaluation; onApply: () => void; onKeep: () => void }) {
  const m = useOptimizerMessages();
  const better = optimized.logLoss < defaults.logLoss;
  const applyRef = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => applyRef.current?.focus(), []);
  return (
    <div className="optimizer-result">
      <p>{m('resultIntro', { count: defaults.count })}</p>
      <table>
        <caption className="visually-hidden">{m('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{m('measure')}</th>
            <th scope="col">{m('defaults')}</th>
            <th scope="col">{m('optimized')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{m('logLoss')}</th>
            <td>{fixed(defaults.logLoss)}</td>
            <td>{fixed(optimized.logLoss)}</td>
          </tr>
          <tr>
            <th scope="row">{m('rmse')}</th>
            <td>{fixed(defaults.rmseBins)}</td>
            <td>{fixed(optimized.rmseBins)}</td>
          </tr>
        </tbody>
      </table>
      <p className="muted small">{m('rmseHelp')}</p>
      <p>{better ? m('better') : m('notBetter')}</p>
      <div className="field-row">
        <button ref={applyRef} type="button" className="button primary" onClick={onApply}>
          {m('apply')}
        </button>
        <button type="button" className="button secondary" onClick={onKeep}>
          {m('keep')}
        </button>
      </div>
    </div>
  );
}
