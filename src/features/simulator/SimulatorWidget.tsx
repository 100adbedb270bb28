import { useId, useMemo, useState } from 'react';
import { simulate } from '@/engine/deployment';
import { useLocale } from '@/ui/i18n';
import { Link } from '@/ui/router';
import { ClusterView } from './ClusterView';
import { eventText } from './eventText';
import { findScenario, libraryText } from './library';
import { useMessages } from './messages';
import { clusterAt } from './playback';
import { createPlaybackStore, usePlayback } from './store';
import { Timeline } from './Timeline';
import './simulator.css';

/**
 * `<Simulator scenario="slug" />` inside a lesson: a compact player for one library scenario, with a
 * link to open it in the full simulator ("Why here?", the editor and the comparison live there).
 */
export function Simulator({ scenario: slug }: { scenario: string }) {
  const m = useMessages();
  const locale = useLocale();
  const id = useId().replace(/:/g, '');
  const entry = findScenario(slug);
  const result = useMemo(() => (entry ? simulate(entry.scenario, { explain: true }) : null), [entry]);
  const [store] = useState(() => createPlaybackStore({ length: result?.trace.events.length ?? 0 }));
  const position = usePlayback(store, (s) => s.position);
  const playing = usePlayback(store, (s) => s.playing);
  const view = useMemo(() => (entry && result ? clusterAt(entry.scenario, result, position) : null), [entry, result, position]);
  if (!entry || !view) {
    return (
      <p className="notice" role="note">
        {m('widgetUnknown', { slug })}
      </p>
    );
  }
  const shown = libraryText(entry, locale);
  // The label is a sentence around the title; the title alone may be English on a Korean page.
  const [before = '', after = ''] = m('widgetLabel', { title: '\u0000' }).split('\u0000');
  return (
    <figure className="sim-widget" aria-labelledby={`${id}-t`}>
      <figcaption id={`${id}-t`} className="sim-widget-title">
        {before}
        <span lang={shown.lang}>{shown.title}</span>
        {after}
      </figcaption>
      <p className="sim-now" aria-live={playing ? 'off' : 'polite'}>
        {view.current ? `t=${view.current.t}s · ${eventText(view.current, m)}` : m('noEvents')}
      </p>
      <ClusterView view={view} m={m} compact level={4} />
      <Timeline store={store} m={m} t={view.t} idPrefix={`sim-${id}`} compact />
      <p className="sim-widget-open">
        <Link to={`/simulator?scenario=${encodeURIComponent(slug)}`}>{m('widgetOpen')} →</Link>
      </p>
    </figure>
  );
}

export default Simulator;
