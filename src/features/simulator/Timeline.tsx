import { useEffect, type ReactNode } from 'react';
import type { Msg } from './messages';
import { SPEEDS, tick, usePlayback, type PlaybackStore } from './store';

/** Milliseconds per event at 1×. */
export const BASE_INTERVAL = 900;

/** Advances the playback while it is playing. */
export function usePlaybackClock(store: PlaybackStore): void {
  const playing = usePlayback(store, (s) => s.playing);
  const speed = usePlayback(store, (s) => s.speed);
  useEffect(() => {
    if (!playing) return;
    const id = window.setInterval(() => tick(store), BASE_INTERVAL / speed);
    return () => window.clearInterval(id);
  }, [playing, speed, store]);
}

interface Props {
  store: PlaybackStore;
  m: Msg;
  /** Simulated time (s) at the current position. */
  t: number;
  idPrefix: string;
  compact?: boolean;
  /** The keys that drive the player, shown under the controls (hidden on touch screens). */
  hint?: string | undefined;
  /** Shown on the hint's line (the stage's legend). */
  extra?: ReactNode;
}

/** Play, pause, step, scrub and speed. The scrubber is a range input that also says where it is in words. */
export function Timeline({ store, m, t, idPrefix, compact = false, hint, extra }: Props) {
  usePlaybackClock(store);
  const position = usePlayback(store, (s) => s.position);
  const length = usePlayback(store, (s) => s.length);
  const playing = usePlayback(store, (s) => s.playing);
  const speed = usePlayback(store, (s) => s.speed);
  const actions = store.getState();
  const valueText = m('positionValue', { position, length, t });
  return (
    <div className={`sim-timeline${compact ? ' compact' : ''}`}>
      <div className="sim-buttons" role="group" aria-label={m('timelineHeading')}>
        {!compact && (
          <button type="button" className="sim-button" onClick={() => actions.seek(0)} disabled={position === 0} aria-label={m('toStart')}>
            <span aria-hidden="true">|◀︎</span>
          </button>
        )}
        <button type="button" className="sim-button" onClick={() => actions.step(-1)} disabled={position === 0} aria-label={m('stepBack')}>
          <span aria-hidden="true">◀︎</span>
        </button>
        <button type="button" className="sim-button primary" onClick={() => actions.toggle()} disabled={length === 0} aria-label={playing ? m('pause') : m('play')}>
          <span aria-hidden="true">{playing ? '❚❚' : '▶︎'}</span> <span className="sim-button-text">{playing ? m('pause') : m('play')}</span>
        </button>
        <button type="button" className="sim-button" onClick={() => actions.step(1)} disabled={position >= length} aria-label={m('stepForward')}>
          <span aria-hidden="true">▶︎</span>
        </button>
        {!compact && (
          <button type="button" className="sim-button" onClick={() => actions.seek(length)} disabled={position >= length} aria-label={m('toEnd')}>
            <span aria-hidden="true">▶︎|</span>
          </button>
        )}
      </div>
      <div className="sim-scrub">
        <label htmlFor={`${idPrefix}-position`}>{m('position')}</label>
        <input
          id={`${idPrefix}-position`}
          type="range"
          min={0}
          max={length}
          step={1}
          value={position}
          aria-valuetext={valueText}
          onChange={(e) => actions.seek(Number(e.target.value))}
        />
        {/* The slider announces the same words through aria-valuetext. */}
        <span className="sim-scrub-value" aria-hidden="true">
          {valueText}
        </span>
      </div>
      <span className="control sim-speed">
        <label htmlFor={`${idPrefix}-speed`}>{m('speed')}</label>
        <select id={`${idPrefix}-speed`} value={speed} onChange={(e) => actions.setSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </span>
      {(hint || extra) && (
        <div className="sim-timeline-foot">
          {hint && (
            <p className="sim-keys">
              <span aria-hidden="true">⌨ </span>
              {hint}
            </p>
          )}
          {extra}
        </div>
      )}
    </div>
  );
}
