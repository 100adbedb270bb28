import { useCallback, useEffect, useRef, useState } from 'react';
import { loadDraft, saveDraft, type Draft } from './draft';
import { DEFAULT_SCENARIO, findScenario, LIBRARY } from './library';
import { decodeShare } from './share';
import { readLink } from './urlState';

export type Origin = 'library' | 'draft' | 'shared' | 'file';

/** The scenario text on screen and where it came from. */
export interface ScenarioDocument {
  text: string;
  slug: string | null;
  origin: Origin;
}

export interface Opened {
  doc: ScenarioDocument;
  /** Playback position to restore (from a link, or the URL before a reload). */
  position: number;
  /** Open in presenter mode (`present=1`). */
  presenter: boolean;
  /** A link opened at an event says so; a damaged or too large share link says that instead. */
  notice: 'shareOpened' | 'shareBroken' | 'shareTooLarge' | null;
  /** The learner's saved draft, if any (offered in the library list even when something else is shown). */
  draft: Draft | null;
}

/**
 * Picks what to show first: a share link in the hash (shown as the library scenario it is, if it is
 * one), else `?scenario=slug`, else the learner's draft, else the library's default scenario. The
 * link's `at` and `present` apply to whichever it is.
 */
export async function openInitial(location: { hash: string; search: string }): Promise<Opened> {
  const [shared, draft] = await Promise.all([decodeShare(location.hash), loadDraft()]);
  const { scenario: slug, at, present } = readLink(location);
  if (shared?.ok) {
    const known = LIBRARY.find((s) => s.text === shared.state.text);
    const doc: ScenarioDocument = known ? { text: known.text, slug: known.slug, origin: 'library' } : { text: shared.state.text, slug: null, origin: 'shared' };
    return { doc, position: shared.state.position, presenter: present, notice: 'shareOpened', draft };
  }
  const broken = shared && !shared.ok ? (shared.reason === 'tooLarge' ? 'shareTooLarge' : 'shareBroken') : null;
  const notice = broken ?? (at > 0 ? 'shareOpened' : null);
  const position = broken ? 0 : at;
  const fromQuery = slug ? findScenario(slug) : undefined;
  if (fromQuery) return { doc: { text: fromQuery.text, slug: fromQuery.slug, origin: 'library' }, position, presenter: present, notice, draft };
  if (draft) return { doc: { text: draft.text, slug: draft.slug, origin: 'draft' }, position, presenter: present, notice, draft };
  const first = DEFAULT_SCENARIO;
  return { doc: { text: first?.text ?? '{}', slug: first?.slug ?? null, origin: 'library' }, position: 0, presenter: present, notice: broken ? notice : null, draft };
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
