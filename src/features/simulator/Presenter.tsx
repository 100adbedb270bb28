import { useEffect, useRef } from 'react';
import type { Scenario } from '@/content/scenarioSchema';
import type { SimulationRun } from '@/worker/api';
import { stageKey } from './keys';
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

/** Keys in presenter mode: the stage's keys (Space, ← →, Home, End) anywhere on the screen, and Esc leaves. */
export function presenterKey(store: PlaybackStore, e: Pick<KeyboardEvent, 'key' | 'target'> & Partial<Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey'>>): boolean {
  return stageKey(store, e, { presenter: true });
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
  const exit = (
    <button type="button" className="button secondary sim-presenter-exit" onClick={() => store.getState().setPresenter(false)}>
      {m('presenterExit')}
    </button>
  );
  return (
    <div className="sim-presenter" ref={ref} tabIndex={-1} aria-label={m('presenter')} role="region">
      <Stage scenario={scenario} result={result} store={store} m={m} title={title} lang={titleLang} presenter actions={exit} hint={m('presenterHint')} />
    </div>
  );
}
