import { useEffect, useId, useMemo, useState } from 'react';
import { loaders } from 'virtual:scenario-loaders';
import { useLocale } from '@/ui/i18n';
import { Link } from '@/ui/router';
import { Loading } from '@/ui/Page';
import type { SimulationResult } from '@/engine/deployment';
import { ClusterView } from './ClusterView';
import { eventText } from './eventText';
import type { LibraryScenario } from './library';
import { libraryText } from './libraryText';
import { useMessages } from './messages';
import { clusterAt } from './playback';
import { createPlaybackStore, usePlayback, type PlaybackStore } from './store';
import { Timeline } from './Timeline';
import './simulator.css';

/** One library scenario, loaded on its own (a lesson's widgets never load the whole library). */
type Played = Omit<LibraryScenario, 'text'> & { run: SimulationResult };

function useLibraryScenario(slug: string): Played | null | undefined {
  const [entry, setEntry] = useState<{ slug: string; value: Played | null }>();
  const load = loaders[slug];
  useEffect(() => {
    if (!load) return;
    let live = true;
    void load().then((m) => live && setEntry({ slug, value: m.default }));
    return () => {
      live = false;
    };
  }, [slug, load]);
  if (!load) return null;
  return entry?.slug === slug ? entry.value : undefined;
}

/**
 * `<Simulator scenario="slug" />` inside a lesson: a compact player for one library scenario, with a
 * link to open it in the full simulator ("Why here?", the editor and the comparison live there). The
 * trace comes with the scenario, computed at build time, so a lesson runs no engine.
 */
export function Simulator({ scenario: slug }: { scenario: string }) {
  const m = useMessages();
  const entry = useLibraryScenario(slug);
  if (entry === null) {
    return (
      <p className="notice" role="note">
        {m('widgetUnknown', { slug })}
      </p>
    );
  }
  return <Player slug={slug} entry={entry} />;
}

function Player({ slug, entry }: { slug: string; entry: Played | undefined }) {
  const m = useMessages();
  const locale = useLocale();
  const id = useId().replace(/:/g, '');
  // The trace was computed at build time by the same engine (see scenarioLibraryPlugin).
  const result = entry?.run;
  const [store] = useState<PlaybackStore>(() => createPlaybackStore());
  useEffect(() => {
    if (result) store.getState().load(result.trace.events.length);
  }, [result, store]);
  const position = usePlayback(store, (s) => s.position);
  const playing = usePlayback(store, (s) => s.playing);
  const view = useMemo(() => (entry && result ? clusterAt(entry.scenario, result, position) : null), [entry, result, position]);
  const shown = entry ? libraryText(entry, locale) : undefined;
  // The label is a sentence around the title; the title alone may be English on a Korean page.
  const [before = '', after = ''] = m('widgetLabel', { title: '\u0000' }).split('\u0000');
  return (
    <figure className="sim-widget" aria-labelledby={`${id}-t`} aria-busy={!view}>
      <figcaption id={`${id}-t`} className="sim-widget-title">
        {before}
        <span lang={shown?.lang}>{shown?.title ?? slug}</span>
        {after}
      </figcaption>
      <p className="sim-now" aria-live={playing ? 'off' : 'polite'}>
        {view?.current ? `t=${view.current.t}s · ${eventText(view.current, m)}` : view ? m('noEvents') : '\u00a0'}
      </p>
      <div className="sim-widget-stage">{view ? <ClusterView view={view} m={m} compact level={4} /> : <Loading label={m('loading')} />}</div>
      <Timeline store={store} m={m} t={view?.t ?? 0} idPrefix={`sim-${id}`} compact />
      <p className="sim-widget-open">
        <Link to={`/simulator?scenario=${encodeURIComponent(slug)}`}>{m('widgetOpen')} →</Link>
      </p>
    </figure>
  );
}

export default Simulator;
