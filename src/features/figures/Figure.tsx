/**
 * `<Figure id="…" />` in a lesson: a captioned drawing from the catalogue. The frame reserves the drawing's
 * final size before its chunk loads (an aspect-ratio box), the drawing mounts when it comes near the viewport
 * (the same `Deferred` slot as the lesson widgets), and animated figures get a Play/Pause control that starts
 * paused and is left out for people who prefer reduced motion (they see the finished picture).
 *
 * The caption and the lesson's language come in as props: the build writes them into each lesson from the
 * figure's text file (see remarkFigures.ts), so the caption is on the page before any drawing code arrives.
 */
import { createElement, lazy, Suspense, useEffect, useState, useSyncExternalStore, type ComponentType, type CSSProperties, type LazyExoticComponent } from 'react';
import { Deferred } from '@/ui/Deferred';
import { useLocale } from '@/ui/i18n';
import { figureCatalogue, isFigureId, type FigureEntry, type FigureId } from './catalogue';
import { FigureContext, type FigureState } from './context';
import type { FigureLocale } from './text';
import './figures.css';

/** Below this window width a figure draws its narrow variant (and the CSS switches the reserved box). */
export const NARROW_QUERY = '(max-width: 759.98px)';
const REDUCED_QUERY = '(prefers-reduced-motion: reduce)';
/** How long each frame of an animated figure stays on screen. */
export const FRAME_MS = 1400;

const CONTROLS = {
  en: { play: 'Play animation', pause: 'Pause animation', frame: 'Step {n} of {total}', loading: 'Loading the figure…', unknown: 'There is no figure "{id}".' },
  ko: { play: '애니메이션 재생', pause: '애니메이션 일시 정지', frame: '{total}단계 중 {n}단계', loading: '그림을 불러오는 중…', unknown: '"{id}" 그림이 없습니다.' },
} satisfies Record<FigureLocale, Record<string, string>>;

function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const mq = typeof window.matchMedia === 'function' ? window.matchMedia(query) : undefined;
      mq?.addEventListener('change', onChange);
      return () => mq?.removeEventListener('change', onChange);
    },
    () => (typeof window.matchMedia === 'function' ? window.matchMedia(query).matches : false),
    () => false,
  );
}

// One lazy component per figure, made once at start-up (nothing loads until a lesson renders it).
const bodies = new Map<string, LazyExoticComponent<ComponentType>>(Object.entries(figureCatalogue).map(([id, entry]: [string, FigureEntry]) => [id, lazy(entry.load)]));

/**
 * Frames of an animated figure. It starts on the last frame (the whole picture), paused; Play runs from the
 * first frame to the last, one frame every FRAME_MS, and stops there; Pause holds the current frame.
 */
function usePlayer(frames: number) {
  const [frame, setFrame] = useState(frames - 1);
  const [playing, setPlaying] = useState(false);
  const running = playing && frame < frames - 1;
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(() => setFrame((f) => Math.min(f + 1, frames - 1)), FRAME_MS);
    return () => clearTimeout(timer);
  }, [running, frame, frames]);
  const toggle = () => {
    if (running) return setPlaying(false);
    if (frame >= frames - 1) setFrame(0);
    setPlaying(true);
  };
  return { frame, running, toggle };
}

const ratio = ([w, h]: readonly [number, number]) => `${w} / ${h}`;

export function Figure({ id, caption, locale }: { id: string; caption?: string; locale?: FigureLocale }) {
  const uiLocale = useLocale();
  const lang = locale ?? uiLocale;
  if (!isFigureId(id)) return <p className="notice">{CONTROLS[lang].unknown.replace('{id}', id)}</p>;
  return <KnownFigure entry={figureCatalogue[id]} id={id} caption={caption} locale={lang} />;
}

function KnownFigure({ id, entry, caption, locale }: { id: FigureId; entry: FigureEntry; caption: string | undefined; locale: FigureLocale }) {
  const narrowWindow = useMediaQuery(NARROW_QUERY);
  const reduced = useMediaQuery(REDUCED_QUERY);
  const frames = entry.frames ?? 1;
  const animated = frames > 1 && !reduced;
  const player = usePlayer(frames);
  const narrow = Boolean(entry.narrow) && narrowWindow;
  const [width, height] = narrow && entry.narrow ? entry.narrow : entry.wide;
  const state: FigureState = { locale, layout: narrow ? 'narrow' : 'wide', width, height, frame: animated ? player.frame : frames - 1, frames };
  // The lazy components are made once, at module load; createElement picks this figure's one.
  const body = createElement(bodies.get(id)!);
  const words = CONTROLS[locale];
  const style = {
    '--fig-ar': ratio(entry.wide),
    '--fig-ar-narrow': ratio(entry.narrow ?? entry.wide),
    '--fig-max': `${entry.maxWidth ?? 960}px`,
  } as CSSProperties;
  return (
    <figure className={`lesson-figure${entry.narrow ? ' has-narrow' : ''}`} style={style} data-figure={id} lang={locale}>
      <div className="figure-frame">
        <Deferred kind="figure">
          <Suspense fallback={<div className="figure-loading" role="img" aria-label={words.loading} />}>
            <FigureContext.Provider value={state}>
              {body}
            </FigureContext.Provider>
          </Suspense>
        </Deferred>
      </div>
      {animated && (
        <div className="figure-controls">
          <button type="button" className="button secondary figure-play" onClick={player.toggle}>
            <span aria-hidden="true">{player.running ? '❚❚' : '▶'}</span> {player.running ? words.pause : words.play}
          </button>
          <span className="figure-frame-count" aria-live="polite">
            {words.frame.replace('{n}', String(player.frame + 1)).replace('{total}', String(frames))}
          </span>
        </div>
      )}
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}
