import { useCallback, useEffect, useRef, useState } from 'react';
import { loadDraft, saveDraft, type Draft } from './draft';
import { findScenario, LIBRARY } from './library';
import { decodeShare } from './share';

export type Origin = 'library' | 'draft' | 'shared' | 'file';

/** The scenario text on screen and where it came from. */
export interface ScenarioDocument {
  text: string;
  slug: string | null;
  origin: Origin;
}

export interface Opened {
  doc: ScenarioDocument;
  /** Playback position to restore (from a share link). */
  position: number;
  notice: 'shareOpened' | 'shareBroken' | 'shareTooLarge' | null;
  /** The learner's saved draft, if any (offered in the library list even when something else is shown). */
  draft: Draft | null;
}

/**
 * Picks what to show first: a share link in the hash, else `?scenario=slug`, else the learner's
 * draft, else the first library scenario.
 */
export async function openInitial(location: { hash: string; search: string }): Promise<Opened> {
  const [shared, draft] = await Promise.all([decodeShare(location.hash), loadDraft()]);
  if (shared?.ok) return { doc: { text: shared.state.text, slug: null, origin: 'shared' }, position: shared.state.position, notice: 'shareOpened', draft };
  const notice = shared && !shared.ok ? (shared.reason === 'tooLarge' ? 'shareTooLarge' : 'shareBroken') : null;
  const slug = new URLSearchParams(location.search).get('scenario');
  const fromQuery = slug ? findScenario(slug) : undefined;
  if (fromQuery) return { doc: { text: fromQuery.text, slug: fromQuery.slug, origin: 'library' }, position: 0, notice, draft };
  if (draft) return { doc: { text: draft.text, slug: draft.slug, origin: 'draft' }, position: 0, notice, draft };
  const first = LIBRARY[0];
  return { doc: { text: first?.text ?? '{}', slug: first?.slug ?? null, origin: 'library' }, position: 0, notice, draft };
}

const SAVE_DELAY = 300;

/**
 * The document state. Edits (and opened files) are saved as the draft shortly after; choosing a
 * library or shared scenario does not overwrite the draft, which stays one choice away.
 */
export function useScenarioDocument() {
  const [opened, setOpened] = useState<Opened | null>(null);
  const [doc, setDoc] = useState<ScenarioDocument | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const pending = useRef<ScenarioDocument | null>(null);

  useEffect(() => {
    let live = true;
    void openInitial(window.location).then((o) => {
      if (!live) return;
      setOpened(o);
      setDoc(o.doc);
      setDraft(o.draft);
    });
    return () => {
      live = false;
    };
  }, []);

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    const next = pending.current;
    pending.current = null;
    if (next) void saveDraft({ text: next.text, slug: next.slug });
  }, []);

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const change = useCallback(
    (next: ScenarioDocument) => {
      setDoc(next);
      if (next.origin === 'draft' || next.origin === 'file') {
        setDraft({ text: next.text, slug: next.slug });
        pending.current = next;
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(flush, SAVE_DELAY);
      }
      // The URL no longer describes what is on screen once the learner changes it.
      if (window.location.hash.includes('share=')) window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    },
    [flush],
  );

  return { opened, doc, draft, change };
}
