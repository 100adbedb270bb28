import { useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Scenario } from '@/content/scenarioSchema';
import { resolveRollingUpdate } from '@/engine/deployment';
import { Link } from '@/ui/router';
import type { SimulationRun } from '@/worker/api';
import { ClusterView, isPacked, Legend } from './ClusterView';
import { EventLog } from './EventLog';
import { eventText, longest } from './eventText';
import { stageKeyHandler } from './keys';
import type { Msg } from './messages';
import { countByRevision, placementToExplain, playbackOf } from './playback';
import { usePlayback, type PlaybackStore } from './store';
import { Sized } from './TaskChips';
import { Timeline } from './Timeline';
import { useFitFont } from './useFitFont';
import { useDecision } from './useSimulation';
import { WhyHere } from './WhyHere';

interface Props {
  scenario: Scenario;
  result: SimulationRun;
  store: PlaybackStore;
  m: Msg;
  title: string;
  /** "en" when the title and description are English on a Korean screen. */
  lang?: string | undefined;
  description?: string;
  /** The lesson that teaches the scenario (library scenarios). */
  lesson?: { id: string; title: string } | undefined;
  /** Presenter mode: the title is the page's h1, type is larger and never under 24 px at 1080 p. */
  presenter?: boolean;
  /** Shown at the end of the title row (presenter mode: the Exit button). */
  actions?: ReactNode;
  hint: string;
}

/** Zones side by side, or one above the other with their instances in a row (many instances per zone). */
const LAYOUTS = ['columns', 'rows'];

/** What the service is asked to keep, in the words of its API: desired count and deployment bounds, or replicas, maxSurge and maxUnavailable. */
function serviceSummary(scenario: Scenario, desired: number | undefined, m: Msg): string[] {
  const parts: string[] = [];
  const rolls = scenario.actions.some((a) => a.type === 'updateService' && a.taskDefinition);
  if (scenario.mode === 'kubernetes') {
    const replicas = desired ?? scenario.kubernetes?.replicas;
    if (replicas !== undefined) parts.push(m('replicas', { n: replicas }));
    const ru = scenario.kubernetes?.strategy?.rollingUpdate;
    if (replicas !== undefined && rolls && scenario.kubernetes?.strategy?.type !== 'Recreate') {
      const { surge, unavailable } = resolveRollingUpdate(replicas, ru?.maxSurge, ru?.maxUnavailable);
      parts.push(m('deploymentBounds', { surge, unavailable }));
    }
    return parts;
  }
  if (desired !== undefined) parts.push(m('desired', { n: desired }));
  const dc = scenario.service?.deploymentConfiguration;
  if (rolls) parts.push(m('deploymentBounds', { min: dc?.minimumHealthyPercent ?? 100, max: dc?.maximumPercent ?? 200 }));
  return parts;
}

/**
 * Sizes the stage to what is left of the window below its top, so the cluster, the current event and
 * the controls are seen together without scrolling (on screens large enough; CSS decides which).
 */
function useFillWindow<T extends HTMLElement>(enabled: boolean) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !enabled) return;
    const place = () => {
      const top = el.getBoundingClientRect().top + window.scrollY;
      el.style.setProperty('--sim-stage-h', `${Math.max(420, Math.floor(window.innerHeight - top - 12))}px`);
    };
    place();
    window.addEventListener('resize', place);
    // Whatever sits above the stage (a notice, the share link) moves it down.
    const above = el.parentElement;
    const observer = typeof ResizeObserver === 'undefined' || !above ? undefined : new ResizeObserver(place);
    if (above) observer?.observe(above);
    return () => {
      window.removeEventListener('resize', place);
      observer?.disconnect();
    };
  }, [enabled]);
  return ref;
}

/** `value`, or while `hold` is set, the value it had when the hold began. */
function useHeld<T>(value: T, hold: boolean): T {
  const [kept, setKept] = useState(value);
  if (!hold && kept !== value) setKept(value);
  return hold ? kept : value;
}

/** The simulator as a stage: the cluster with its current event and controls in one screen, the event log beside, "Why here?" below. */
export function Stage({ scenario, result, store, m, title, lang, description, lesson, presenter = false, actions, hint }: Props) {
  // While the screen catches up with a fast playback, React may skip positions rather than block input.
  const position = useDeferredValue(usePlayback(store, (s) => s.position));
  const selected = usePlayback(store, (s) => s.selected);
  const playing = usePlayback(store, (s) => s.playing);
  const playback = playbackOf(scenario, result);
  const view = useMemo(() => playback.at(position), [playback, position]);
  const { extent } = playback;
  const explained = placementToExplain(result, position, selected);
  const select = useCallback((i: number) => store.getState().select(i), [store]);
  // A large run's "Why here?" (a row per instance) changes faster than anyone reads while it plays: it
  // keeps the placement it showed and catches up when playback pauses.
  const hold = playing && Boolean(result.verdictsOmitted);
  const { decision, pending } = useDecision(result, scenario, useHeld(explained, hold));
  const events = result.trace.events;
  const nowSizers = useMemo(() => longest(events.map((e) => `t=${e.t}s · ${eventText(e, m)}`)), [events, m]);
  const reasons = useMemo(() => longest(events.flatMap((e) => (e.type === 'taskUnplaceable' ? [e.reason] : []))), [events]);
  const running = [...countByRevision(view)].map(([rev, n]) => `r${rev} × ${n}`).join(', ') || '0';
  const instances = scenario.cluster.instances.length;
  const packed = isPacked(extent, instances);
  const fitKey = packed ? null : `${instances}:${JSON.stringify(extent)}:${presenter}`;
  // Presenter mode never goes under 24 px at 1080 p (scaled with the window's height).
  const min = presenter ? Math.max(16, Math.round((typeof window === 'undefined' ? 1080 : window.innerHeight) * (24 / 1080))) : 12;
  // On a laptop or a projector the cluster grows into the stage; on a phone it stays at reading size.
  const wide = typeof window === 'undefined' || window.innerWidth >= 900;
  const { box, content } = useFitFont<HTMLDivElement, HTMLDivElement>(fitKey, { min, max: presenter ? min * 1.6 : wide ? 24 : 16, layouts: LAYOUTS });
  const stage = useFillWindow<HTMLElement>(!presenter);
  const H = presenter ? 'h1' : 'h2';
  return (
    <>
      <section ref={stage} className={`sim-stage${presenter ? ' presenter' : ''}`} aria-label={m('stageLabel', { title })} tabIndex={-1} onKeyDown={presenter ? undefined : stageKeyHandler(store)}>
        <div className="sim-stage-main sim-panel">
          <div className="sim-stage-head">
            <div className="sim-stage-titles">
              <H className="sim-title" lang={lang}>
                {title}
              </H>
              <p className="sim-summary">
                {serviceSummary(scenario, view.desiredCount, m).map((p) => (
                  <span key={p}>{p}</span>
                ))}
                <span>{m('running', { list: running })}</span>
              </p>
            </div>
            {actions}
          </div>
          <p className="sim-now" aria-live={playing ? 'off' : 'polite'}>
            <Sized shown={view.current ? `t=${view.current.t}s · ${eventText(view.current, m)}` : m('noEvents')} sizers={nowSizers} />
          </p>
          <div className="sim-cluster-box" ref={box}>
            <div ref={content}>
              <ClusterView view={view} extent={extent} reasons={reasons} m={m} onExplain={select} selected={explained} level={3} />
            </div>
          </div>
          <Timeline store={store} m={m} t={view.t} idPrefix="sim" hint={hint} extra={<Legend m={m} revisions={extent.revisions.length > 0 ? extent.revisions : [scenario.taskDefinition.revision]} />} />
        </div>
        <div className="sim-stage-side">
          {description && !presenter && (
            // It scrolls when the stage is short, so it takes focus (arrow keys then scroll it).
            <section className="sim-panel sim-about" aria-labelledby="sim-about-h" tabIndex={0}>
              <h2 id="sim-about-h">{m('aboutHeading')}</h2>
              {lesson && (
                <p className="sim-lesson-link">
                  <Link to={`/learn/${lesson.id}`}>{m('lessonLink', { title: lesson.title })} →</Link>
                </p>
              )}
              <p lang={lang}>{description}</p>
            </section>
          )}
          <EventLog events={events} position={position} m={m} onExplain={select} selected={explained} />
        </div>
      </section>
      <WhyHere decision={decision} scenario={scenario} m={m} busy={pending} held={hold} />
    </>
  );
}
