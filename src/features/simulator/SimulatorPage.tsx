import { useEffect, useMemo, useRef, useState } from 'react';
import type { Scenario } from '@/content/scenarioSchema';
import type { SimulationRun } from '@/worker/api';
import { EngineStatus } from '@/ui/useEngine';
import { useLocale } from '@/ui/i18n';
import { Loading, PageTitle } from '@/ui/Page';
import { Compare } from './Compare';
import { LIBRARY, shownText } from './library';
import { useMessages } from './messages';
import { ScenarioEditor } from './ScenarioEditor';
import { ScenarioSource } from './ScenarioSource';
import { Presenter } from './Presenter';
import { Stage } from './Stage';
import { createPlaybackStore, usePlayback } from './store';
import { useScenarioDocument } from './useDocument';
import { useSimulation } from './useSimulation';
import { checkScenarioText } from './validate';
import './simulator.css';

export function SimulatorPage() {
  const m = useMessages();
  const locale = useLocale();
  const { opened, doc, draft, change } = useScenarioDocument();
  const [store] = useState(() => createPlaybackStore());
  const presenter = usePlayback(store, (s) => s.presenter);
  const checked = useMemo(() => (doc ? checkScenarioText(doc.text) : null), [doc]);
  // While the text is invalid the screen keeps showing the last valid scenario.
  const [lastValid, setLastValid] = useState<Scenario | null>(null);
  if (checked?.kind === 'ok' && checked.scenario !== lastValid) setLastValid(checked.scenario);
  const scenario = checked?.kind === 'ok' ? checked.scenario : lastValid;
  const run = useSimulation(scenario);
  // While a new run is pending the stage keeps the last result, so an edit never blanks the screen.
  const [shownRun, setShownRun] = useState<{ scenario: Scenario; result: SimulationRun } | null>(null);
  if (run.status === 'done' && scenario && shownRun?.result !== run.value) setShownRun({ scenario, result: run.value });
  const result = shownRun?.result ?? null;
  const staged = shownRun?.scenario ?? null;
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
  const shown = scenario ? shownText(scenario, doc, locale) : null;

  if (presenter && staged && result && shown) {
    return <Presenter title={shown.title} titleLang={shown.lang} scenario={staged} result={result} store={store} m={m} />;
  }

  return (
    <div className="page sim-page">
      <PageTitle>{m('title')}</PageTitle>
      <p className="lead">{m('lead')}</p>
      <ScenarioSource doc={doc} draft={draft} valid={checked.kind === 'ok'} notice={opened.notice} store={store} m={m} onOpen={change} library={LIBRARY} />
      <EngineStatus state={run} />
      {staged && result && shown && (
        <>
          <h2 className="sim-title" lang={shown.lang}>
            {shown.title}
          </h2>
          {shown.description && (
            <p className="sim-description" lang={shown.lang}>
              {shown.description}
            </p>
          )}
          <Stage scenario={staged} result={result} store={store} m={m} />
        </>
      )}
      <ScenarioEditor defaultOpen={opened.doc.origin !== 'library'} text={doc.text} checked={checked} m={m} onChange={(text) => change({ ...doc, text, origin: 'draft' })} />
      {scenario && <Compare scenario={scenario} m={m} />}
    </div>
  );
}

export { SimulatorPage as Component };
