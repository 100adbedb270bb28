import { useEffect, useMemo, useRef, useState } from 'react';
import type { Scenario } from '@/content/scenarioSchema';
import { simulate } from '@/engine/deployment';
import { Loading, PageTitle } from '@/ui/Page';
import { Compare } from './Compare';
import { LIBRARY } from './library';
import { useMessages } from './messages';
import { ScenarioEditor } from './ScenarioEditor';
import { ScenarioSource } from './ScenarioSource';
import { Presenter } from './Presenter';
import { Stage } from './Stage';
import { createPlaybackStore, usePlayback } from './store';
import { useScenarioDocument } from './useDocument';
import { checkScenarioText } from './validate';
import './simulator.css';

export function SimulatorPage() {
  const m = useMessages();
  const { opened, doc, draft, change } = useScenarioDocument();
  const [store] = useState(() => createPlaybackStore());
  const presenter = usePlayback(store, (s) => s.presenter);
  const checked = useMemo(() => (doc ? checkScenarioText(doc.text) : null), [doc]);
  // While the text is invalid the screen keeps showing the last valid scenario.
  const [lastValid, setLastValid] = useState<Scenario | null>(null);
  if (checked?.kind === 'ok' && checked.scenario !== lastValid) setLastValid(checked.scenario);
  const scenario = checked?.kind === 'ok' ? checked.scenario : lastValid;
  const result = useMemo(() => (scenario ? simulate(scenario) : null), [scenario]);
  const restored = useRef(false);

  useEffect(() => {
    if (!result || !opened) return;
    const s = store.getState();
    // The first run restores a shared position; later runs (after an edit) keep the position where it can be.
    const position = restored.current ? s.position : opened.position;
    restored.current = true;
    s.load(result.trace.events.length, position);
  }, [result, opened, store]);

  if (!doc || !checked || !opened) return <Loading label={m('loading')} />;
  const title = scenario?.title ?? m('title');

  if (presenter && scenario && result) {
    return <Presenter title={title} scenario={scenario} result={result} store={store} m={m} />;
  }

  return (
    <div className="page sim-page">
      <PageTitle>{m('title')}</PageTitle>
      <p className="lead">{m('lead')}</p>
      <ScenarioSource doc={doc} draft={draft} valid={checked.kind === 'ok'} notice={opened.notice} store={store} m={m} onOpen={change} library={LIBRARY} />
      {scenario && result && (
        <>
          <h2 className="sim-title">{title}</h2>
          {scenario.description && <p className="sim-description">{scenario.description}</p>}
          <Stage scenario={scenario} result={result} store={store} m={m} />
        </>
      )}
      <ScenarioEditor defaultOpen={opened.doc.origin !== 'library'} text={doc.text} checked={checked} m={m} onChange={(text) => change({ ...doc, text, origin: 'draft' })} />
      {scenario && <Compare scenario={scenario} m={m} />}
    </div>
  );
}

export { SimulatorPage as Component };
