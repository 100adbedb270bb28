/**
 * React side of the engine worker: `useEngine` starts a call when its inputs change and cancels the
 * previous one (the latest wins); `<EngineStatus>` shows that a result is pending, with a Cancel
 * button, or why there is none (cancelled, stopped at the time limit, failed) with Run again.
 */
import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { EngineApi, EngineMethod } from '@/worker/api';
import { callEngine, EngineStopped, type Channel } from '@/worker/client';
import { useT } from './i18n';

type Args<M extends EngineMethod> = Parameters<EngineApi[M]>;
type Result<M extends EngineMethod> = Awaited<ReturnType<EngineApi[M]>>;

export type EngineState<T> =
  | { status: 'idle' }
  | { status: 'pending'; cancel: () => void }
  | { status: 'done'; value: T }
  | { status: 'error'; error: unknown; retry: () => void };

/**
 * Runs `method(...args)` on the channel's worker whenever `key` changes (null: nothing to run). The
 * key must identify the arguments: a new key cancels the call still running for the old one.
 */
export function useEngine<M extends EngineMethod>(channel: Channel, method: M, key: string | null, args: () => Args<M>): EngineState<Result<M>> {
  const [state, setState] = useState<{ key: string | null; state: EngineState<Result<M>> }>({ key: null, state: { status: 'idle' } });
  const [attempt, setAttempt] = useState(0);
  const argsRef = useRef(args);
  const shown = useRef(false);
  useLayoutEffect(() => {
    argsRef.current = args;
  });
  useEffect(() => {
    if (key === null) return;
    const call = callEngine(channel, method, argsRef.current());
    let live = true;
    setState({ key, state: { status: 'pending', cancel: call.cancel } });
    call.result.then(
      (value) => {
        if (!live) return;
        const show = () => setState({ key, state: { status: 'done', value } });
        // The first result fills the screen as it opens (a cluster, a diagram's findings): React draws it
        // in slices, so opening never blocks input. A later one answers the learner, and is drawn at once.
        if (shown.current) show();
        else startTransition(show);
        shown.current = true;
      },
      (error: unknown) => live && setState({ key, state: { status: 'error', error, retry: () => setAttempt((a) => a + 1) } }),
    );
    return () => {
      live = false;
      call.cancel();
    };
  }, [channel, method, key, attempt]);
  if (key === null) return { status: 'idle' };
  // Until the effect has started the call for a new key, the result is pending.
  return state.key === key ? state.state : { status: 'pending', cancel: () => undefined };
}

/** A pending call, shown only after a short delay so that quick results never flash. */
function Pending({ cancel, className }: { cancel: () => void; className: string }) {
  const t = useT();
  const [late, setLate] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLate(true), 150);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className={`engine-status ${className}`} role="status">
      {late && (
        <>
          <span className="spinner" aria-hidden="true" />
          <span>{t('engine.working')}</span>
          <button type="button" className="button secondary" onClick={cancel}>
            {t('engine.cancel')}
          </button>
        </>
      )}
    </div>
  );
}

/** Shows that a result is pending (with Cancel), or why a call has no result (with Run again). */
export function EngineStatus({ state, className = '' }: { state: EngineState<unknown>; className?: string }) {
  const t = useT();
  if (state.status === 'pending') return <Pending cancel={state.cancel} className={className} />;
  if (state.status !== 'error') return null;
  const e = state.error;
  const text =
    e instanceof EngineStopped
      ? e.reason === 'timeout'
        ? t('engine.timeout', { seconds: Math.round(e.limitMs / 1000) })
        : t('engine.cancelled')
      : t('engine.failed', { reason: e instanceof Error ? e.message : String(e) });
  return (
    <div className={`engine-status notice ${className}`} role="alert">
      <span>{text}</span>
      <button type="button" className="button secondary" onClick={state.retry}>
        {t('engine.retry')}
      </button>
    </div>
  );
}
