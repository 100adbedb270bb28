import { useMemo } from 'react';
import type { Scenario } from '@/content/scenarioSchema';
import type { SimulationRun } from '@/worker/api';
import { ClusterView, Legend } from './ClusterView';
import { EventLog } from './EventLog';
import { eventText } from './eventText';
import type { Msg } from './messages';
import { clusterAt, countByRevision, placementToExplain } from './playback';
import { usePlayback, type PlaybackStore } from './store';
import { Timeline } from './Timeline';
import { useDecision } from './useSimulation';
import { WhyHere } from './WhyHere';

interface Props {
  scenario: Scenario;
  result: SimulationRun;
  store: PlaybackStore;
  m: Msg;
}

/** What a scenario does over time: the cluster, the timeline, "Why here?" and the event log. */
export function Stage({ scenario, result, store, m }: Props) {
  const position = usePlayback(store, (s) => s.position);
  const selected = usePlayback(store, (s) => s.selected);
  const playing = usePlayback(store, (s) => s.playing);
  const view = useMemo(() => clusterAt(scenario, result, position), [scenario, result, position]);
  const explained = placementToExplain(result, position, selected);
  const revisions = useMemo(() => [...new Set(result.trace.events.flatMap((e) => (e.type === 'taskPlaced' ? [e.revision] : [])))].sort((a, b) => a - b), [result]);
  const running = [...countByRevision(view)].map(([rev, n]) => `r${rev} × ${n}`).join(', ') || '0';
  const select = (i: number) => store.getState().select(i);
  const decision = useDecision(result, scenario, explained);
  return (
    <div className="sim-stage-grid">
      <section className="sim-panel sim-cluster-panel" aria-labelledby="sim-cluster-h">
        <h2 id="sim-cluster-h">{m('clusterHeading')}</h2>
        <p className="sim-summary">
          {view.desiredCount !== undefined && <span>{m(scenario.mode === 'kubernetes' ? 'replicas' : 'desired', { n: view.desiredCount })}</span>} <span>{m('running', { list: running })}</span>
        </p>
        <p className="sim-now" aria-live={playing ? 'off' : 'polite'}>
          {view.current ? `t=${view.current.t}s · ${eventText(view.current, m)}` : m('noEvents')}
        </p>
        <ClusterView view={view} m={m} onExplain={select} selected={explained} />
        <Legend m={m} revisions={revisions.length > 0 ? revisions : [scenario.taskDefinition.revision]} />
        <Timeline store={store} m={m} t={view.t} idPrefix="sim" />
      </section>
      <EventLog events={result.trace.events} position={position} m={m} onExplain={select} selected={explained} />
      <WhyHere decision={decision} scenario={scenario} m={m} />
    </div>
  );
}
