import { useEffect, useMemo, useState } from 'react';
import type { Checked } from './checkText';
import { findScenario } from './library';
import type { ScenarioDocument } from './useDocument';

/**
 * The schema's verdict on the document's text. An unchanged library scenario was validated at build
 * time and is taken as it is; any other text (an edit, a draft, a file, a share link) is checked by
 * the schema, which is loaded the first time one needs it. While a new text is being checked the
 * last verdict stays, so the screen never blanks; `null` only before the first verdict.
 */
export function useChecked(doc: ScenarioDocument | null): Checked | null {
  const known = useMemo<Checked | null>(() => {
    const entry = doc?.slug ? findScenario(doc.slug) : undefined;
    if (!doc || !entry || entry.text !== doc.text) return null;
    return { kind: 'ok', data: JSON.parse(doc.text) as unknown, scenario: entry.scenario };
  }, [doc]);
  // The latest verdict, whichever way it came: kept while the next text is being checked.
  const [latest, setLatest] = useState<Checked | null>(null);
  if (known && latest !== known) setLatest(known);
  const text = doc?.text;
  useEffect(() => {
    if (known || text === undefined) return;
    let live = true;
    void import('./checkText').then(({ checkScenarioText }) => {
      if (live) setLatest(checkScenarioText(text));
    });
    return () => {
      live = false;
    };
  }, [known, text]);
  return known ?? latest;
}
