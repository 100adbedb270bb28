import { useEffect, useRef } from 'react';
import type { Scenario } from '@/content/scenarioSchema';
import type { SimulationRun } from '@/worker/api';
import type { Msg } from './messages';
import { Stage } from './Stage';
import type { PlaybackStore } from './store';

interface Props {
  title: string;
  /** "en" when the title is English on a Korean screen. */
  titleLang?: string | undefined;
  scenario: Scenario;
  result: SimulationRun;
  store: PlaybackStore;
  m: Msg;
}

const TYPING = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/** Keys in presenter mode: Space plays or pauses, ← and → step, Esc leaves. */
export function presenterKey(store: PlaybackStore, e: Pick<KeyboardEvent, 'key' | 'target'>): boolean {
  const target = e.target as HTMLElement | null;
  const tag = target?.tagName ?? '';
  const s = store.getState();
  if (e.key === 'Escape') {
    s.setPresenter(false);
    return true;
  }
  if (TYPING.has(tag)) return false;
  if (e.key === ' ' || e.key === 'Spacebar') {
    if (tag === 'BUTTON' || tag === 'SUMMARY') return false;
    s.toggle();
    return true;
  }
  if (e.key === 'ArrowRight') {
    s.step(1);
    return true;
  }
  if (e.key === 'ArrowLeft') {
    s.step(-1);
    return true;
  }
  return false;
}

/** Full screen, large type, driven from the keyboard: for teaching from a projector. */
export function Presenter({ title, titleLang, scenario, result, store, m }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    el?.focus();
    let entered = false;
    if (el && typeof el.requestFullscreen === 'function' && !document.fullscreenElement) {
      el.requestFullscreen()
        .then(() => {
          entered = true;
        })
        .catch(() => undefined);
    }
    const onKey = (e: KeyboardEvent) => {
      if (presenterKey(store, e)) e.preventDefault();
    };
    // Leaving full screen (the browser's own Esc) leaves presenter mode too.
    const onFullscreen = () => {
      if (entered && !document.fullscreenElement) store.getState().setPresenter(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      // Back on the page, focus returns to the button that opened presenter mode.
      window.requestAnimationFrame(() => document.getElementById('sim-presenter-button')?.focus());
    };
  }, [store]);
  return (
    <div className="sim-presenter" ref={ref} tabIndex={-1} aria-label={m('presenter')} role="region">
      <div className="sim-presenter-head">
        <h1 lang={titleLang}>{title}</h1>
        <p className="muted">{m('presenterHint')}</p>
        <button type="button" className="button secondary" onClick={() => store.getState().setPresenter(false)}>
          {m('presenterExit')}
        </button>
      </div>
      <Stage scenario={scenario} result={result} store={store} m={m} />
    </div>
  );
}
