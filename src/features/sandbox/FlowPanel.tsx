import { useEffect, useId, useRef } from 'react';
import type { Locale } from '@/content/taxonomy';
import { useLocale } from '@/ui/i18n';
import { runRequest, usePrefersReducedMotion } from './grading';
import { useMessages } from './messages';
import type { SandboxEditor } from './editor';
import { useEditor, useSandbox } from './store';

const HOP_MS = 1200;

function start(editor: SandboxEditor, playing: boolean, locale: Locale) {
  const store = editor.store;
  const result = runRequest(editor.diagram, locale);
  store.setState({ flow: { result, shown: Math.min(1, result.hops.length), playing: playing && result.hops.length > 1 } });
}

function step(editor: SandboxEditor, by: number, locale: Locale) {
  const store = editor.store;
  const flow = store.getState().flow;
  if (!flow) return start(editor, false, locale);
  const shown = Math.max(1, Math.min(flow.result.hops.length, flow.shown + by));
  store.setState({ flow: { ...flow, shown, playing: false } });
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
    if (now) store.setState({ flow: { ...now, result: runRequest(store.getState().diagram, locale) } });
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
  const locale = useLocale();
  const total = flow?.result.hops.length ?? 0;
  return (
    <div className="sb-row sb-flow-controls">
      <button type="button" className="button primary" onClick={() => start(editor, true, locale)} disabled={empty}>
        ▶ {m('flow.run')}
      </button>
      <button type="button" className="button secondary" onClick={() => step(editor, -1, locale)} disabled={!flow || flow.shown <= 1}>
        {m('flow.back')}
      </button>
      <button type="button" className="button secondary" onClick={() => step(editor, 1, locale)} disabled={empty || (flow ? flow.shown >= total : false)}>
        {m('flow.step')}
      </button>
      {flow && (
        <button type="button" className="button secondary" onClick={() => editor.store.setState({ flow: null })}>
          {m('flow.stop')}
        </button>
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
