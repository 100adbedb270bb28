import { useEffect, useMemo, useRef, useState } from 'react';
import type { Scenario } from '@/content/scenarioSchema';
import type { SimulationRun } from '@/worker/api';
import { EngineStatus } from '@/ui/useEngine';
import { useLocale } from '@/ui/i18n';
import { Loading, PageTitle } from '@/ui/Page';
import { Compare } from './Compare';
import { useModeMessages } from './k8sMessages';
import { findScenario, GROUPS, LIBRARY, libraryText, shownText } from './library';
import { useMessages } from './messages';
import { ScenarioEditor } from './ScenarioEditor';
import { ScenarioSource } from './ScenarioSource';
import { Presenter } from './Presenter';
import { Stage } from './Stage';
import { createPlaybackStore, usePlayback } from './store';
import { useChecked } from './useChecked';
import { useScenarioDocument } from './useDocument';
import { useSimulation } from './useSimulation';
import { useLinkSync } from './urlState';
import './simulator.css';

export function SimulatorPage() {
  const base = useMessages();
  const locale = useLocale();
  const { opened, doc, draft, change } = useScenarioDocument();
  const [store] = useState(() => createPlaybackStore());
  const presenter = usePlayback(store, (s) => s.presenter);
  const checked = useChecked(doc);
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
  const m = useModeMessages(staged?.mode);
  const restored = useRef(false);
  // The notice of an opened link names the scenario it opened.
  const openedTitle = useMemo(() => {
    if (!opened) return '';
    const entry = opened.doc.slug ? findScenario(opened.doc.slug) : undefined;
    if (entry && entry.text === opened.doc.text) return libraryText(entry, locale).title;
    // Anything else is named as its text has it (the notice waits for the run, so the text is valid).
    try {
      const title = (JSON.parse(opened.doc.text) as { title?: unknown }).title;
      return typeof title === 'string' ? title : '';
    } catch {
      return '';
    }
  }, [opened, locale]);

  useEffect(() => {
    if (!result || !opened) return;
    const s = store.getState();
    // The first run restores the link's position (and presenter mode); later runs (after an edit) keep the position where they can.
    const first = !restored.current;
    const position = first ? opened.position : s.position;
    restored.current = true;
    s.load(result.trace.events.length, position);
    if (first && opened.presenter) s.setPresenter(true);
  }, [result, opened, store]);

  // Declared after the effect above, so the URL is first written with the restored position.
  useLinkSync(store, doc?.origin === 'library' ? doc.slug : null, doc?.origin === 'shared', result !== null);

  if (!doc || !checked || !opened) return <Loading label={base('loading')} />;
  const shown = scenario ? shownText(scenario, doc, locale) : null;
  // A library scenario, or the learner's version of one, links to the lesson that teaches it.
  const entry = doc.slug && doc.origin !== 'shared' ? findScenario(doc.slug) : undefined;
  const lesson = entry ? { id: entry.lesson.id, title: entry.lesson.title[locale] } : undefined;

  if (presenter && staged && result && shown) {
    return <Presenter title={shown.title} titleLang={shown.lang} scenario={staged} result={result} store={store} m={m} />;
  }

  return (
    <div className="page sim-page">
      <div className="sim-intro">
        <PageTitle>{m('title')}</PageTitle>
        <p className="lead">{m('lead')}</p>
      </div>
      <ScenarioSource
        doc={doc}
        draft={draft}
        valid={checked.kind === 'ok'}
        notice={opened.notice}
        opened={{ title: openedTitle, position: opened.position }}
        store={store}
        m={m}
        onOpen={change}
        library={LIBRARY}
        groups={GROUPS}
      />
      <EngineStatus state={run} />
      {staged && result && shown && <Stage scenario={staged} result={result} store={store} m={m} title={shown.title} lang={shown.lang} description={shown.description} lesson={lesson} hint={m('keysHint')} />}
      {/* The panels below the stage wait for its first run, so they are never pushed down as it appears. */}
      {!(run.status === 'pending' && !result) && <ScenarioEditor defaultOpen={opened.doc.origin !== 'library'} text={doc.text} checked={checked} m={m} onChange={(text) => change({ ...doc, text, origin: 'draft' })} />}
      {scenario && result && <Compare scenario={scenario} m={m} />}
    </div>
  );
}

export { SimulatorPage as Component };
