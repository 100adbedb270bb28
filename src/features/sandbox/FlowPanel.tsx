import { useEffect, useId, useRef, useState } from 'react';
import { useLocale, useT } from '@/ui/i18n';
import { EngineStopped } from '@/worker/client';
import { runRequest, usePrefersReducedMotion } from './grading';
import { useLate, useStoppedText } from './GradingStatus';
import { useMessages } from './messages';
import type { SandboxEditor } from './editor';
import { useEditor, useSandbox } from './store';

const HOP_MS = 1200;

function step(editor: SandboxEditor, by: number, launch: (playing: boolean) => void) {
  const store = editor.store;
  const flow = store.getState().flow;
  if (!flow) return launch(false);
  const shown = Math.max(1, Math.min(flow.result.hops.length, flow.shown + by));
  store.setState({ flow: { ...flow, shown, playing: false } });
}

type RunState = { status: 'idle' } | { status: 'pending'; id: number; cancel: () => void } | { status: 'error'; error: unknown; playing: boolean };
let runs = 0;

/**
 * Starts a request run in the engine worker; its hops appear when it is worked out (if the diagram has
 * not changed meanwhile). A long run can be cancelled; one stopped at the time limit says so.
 */
function useRequestRun(): { state: RunState; launch: (playing: boolean) => void } {
  const editor = useEditor();
  const locale = useLocale();
  const t = useT();
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const current = useRef<{ cancel: () => void } | null>(null);
  const launch = (playing: boolean) => {
    current.current?.cancel();
    const diagram = editor.diagram;
    const run = runRequest(diagram, locale);
    current.current = run;
    setState({ status: 'pending', id: ++runs, cancel: run.cancel });
    run.result.then(
      (result) => {
        if (current.current !== run) return;
        current.current = null;
        setState({ status: 'idle' });
        if (editor.diagram !== diagram) return;
        editor.store.setState({ flow: { result, shown: Math.min(1, result.hops.length), playing: playing && result.hops.length > 1 } });
      },
      (error: unknown) => {
        if (current.current !== run) return;
        current.current = null;
        const cancelled = error instanceof EngineStopped && error.reason === 'cancelled';
        setState(cancelled ? { status: 'idle' } : { status: 'error', error, playing });
        if (cancelled) editor.say(t('engine.cancelled'));
      },
    );
  };
  return { state, launch };
}

/**
 * Plays a started run: the next hop every 1.2 s (slower with reduced motion), and narrates it again when
 * the language changes. Mounted with the editor, so a run goes on whichever panel is open.
 */
export function useFlowPlayback(): void {
  const editor = useEditor();
  const store = editor.store;
  const flow = useSandbox((s) => s.flow);
  const reduced = usePrefersReducedMotion();
  const locale = useLocale();
  const narrated = useRef(locale);

  // A flow on screen is narrated again in the new language (same diagram, so the same hops).
  useEffect(() => {
    if (narrated.current === locale) return;
    narrated.current = locale;
    const now = store.getState().flow;
    if (!now) return;
    void runRequest(store.getState().diagram, locale).result.then(
      (result) => store.getState().flow === now && store.setState({ flow: { ...now, result } }),
      () => undefined,
    );
  }, [locale, store]);

  useEffect(() => {
    if (!flow?.playing) return;
    if (flow.shown >= flow.result.hops.length) {
      store.setState({ flow: { ...flow, playing: false } });
      return;
    }
    const timer = setTimeout(() => store.setState({ flow: { ...flow, shown: flow.shown + 1 } }), reduced ? HOP_MS * 1.5 : HOP_MS);
    return () => clearTimeout(timer);
  }, [flow, store, reduced]);
}

/** Run, previous hop, next hop and stop: in the Run panel, and in the bar of the presenter view. */
export function FlowControls() {
  const m = useMessages();
  const editor = useEditor();
  const flow = useSandbox((s) => s.flow);
  const empty = useSandbox((s) => s.diagram.nodes.length === 0);
  const stopped = useStoppedText();
  const { state, launch } = useRequestRun();
  const late = useLate(state.status === 'pending' ? String(state.id) : null, state.status === 'pending');
  const total = flow?.result.hops.length ?? 0;
  return (
    <div className="sb-flow-controls">
      <div className="sb-row">
        <button type="button" className="button primary" onClick={() => launch(true)} disabled={empty}>
          ▶ {m('flow.run')}
        </button>
        <button type="button" className="button secondary" onClick={() => step(editor, -1, launch)} disabled={!flow || flow.shown <= 1}>
          {m('flow.back')}
        </button>
        <button type="button" className="button secondary" onClick={() => step(editor, 1, launch)} disabled={empty || (flow ? flow.shown >= total : false)}>
          {m('flow.step')}
        </button>
        {flow && (
          <button type="button" className="button secondary" onClick={() => editor.store.setState({ flow: null })}>
            {m('flow.stop')}
          </button>
        )}
      </div>
      <div className="sb-row sb-flow-status" aria-live="polite">
        {late && state.status === 'pending' && (
          <>
            <span className="spinner" aria-hidden="true" />
            <span>{m('flow.running')}</span>
            <button type="button" className="button secondary sb-small" onClick={state.cancel}>
              {m('flow.cancel')}
            </button>
          </>
        )}
      </div>
      {state.status === 'error' && (
        <div className="notice sb-row" role="alert">
          <span>{stopped(state.error)}</span>
          <button type="button" className="button secondary sb-small" onClick={() => launch(state.playing)}>
            {m('flow.again')}
          </button>
        </div>
      )}
    </div>
  );
}

/** Sends an event through the diagram hop by hop (as the engine narrates it) and stops where AWS would. */
export function FlowPanel({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const m = useMessages();
  const flow = useSandbox((s) => s.flow);
  const titleId = useId();
  const H = `h${headingLevel}` as const;
  const hops = flow?.result.hops.slice(0, flow.shown) ?? [];
  const current = hops[hops.length - 1];
  const total = flow?.result.hops.length ?? 0;
  const finished = flow && flow.shown === total && !flow.playing;
  return (
    <section className="sb-panel" aria-labelledby={titleId}>
      <H id={titleId}>{m('flow.title')}</H>
      <p className="muted">{m('flow.help')}</p>
      <FlowControls />
      {flow && total === 0 && <p role="status">{m('flow.empty')}</p>}
      {hops.length > 0 && (
        <ol className="sb-hops">
          {hops.map((h) => (
            <li key={h.index} className={h.ok ? 'sb-hop' : 'sb-hop sb-hop-failed'} aria-current={h === current ? 'step' : undefined}>
              <strong>{h.action}</strong> — {h.caption}
              {h.error && <div className="sb-error">{h.error}</div>}
            </li>
          ))}
        </ol>
      )}
      <p role="status" className="visually-hidden">
        {current ? `${m('flow.hop', { n: current.index + 1, total })}: ${current.action} — ${current.caption}` : ''}
      </p>
      {finished && flow.result.ok && total > 0 && <p className="sb-ok">✓ {m('flow.ok')}</p>}
      {finished && flow.result.failure && total > 0 && (
        <p role="alert" className="sb-error">
          {m('flow.failed', { n: total, error: flow.result.failure.error })}
        </p>
      )}
    </section>
  );
}
