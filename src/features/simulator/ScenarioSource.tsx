import { useState } from 'react';
import { formatIssue } from '@/content/issues';
import { SIMULATOR_LIMITS } from '@/content/scenarioLimits';
import { decodeUtf8 } from '@/content/untrusted';
import { useLocale } from '@/ui/i18n';
import { libraryText, type LibraryScenario, type ScenarioGroup } from './library';
import type { Msg } from './messages';
import { encodeShare } from './share';
import { usePlayback, type PlaybackStore } from './store';
import type { Draft } from './draft';
import type { ScenarioDocument } from './useDocument';
import { libraryLink } from './urlState';

interface Props {
  doc: ScenarioDocument;
  draft: Draft | null;
  valid: boolean;
  notice: 'shareOpened' | 'shareBroken' | 'shareTooLarge' | null;
  /** The title of the scenario a link opened, and the event it opened at. */
  opened: { title: string; position: number };
  store: PlaybackStore;
  m: Msg;
  library: readonly LibraryScenario[];
  groups: readonly ScenarioGroup[];
  onOpen: (doc: ScenarioDocument) => void;
}

type Message = { kind: 'status' | 'alert'; text: string; lines?: string[] };

/** Where the scenario comes from (the library, a file) and where it goes (a share link, presenter mode). */
export function ScenarioSource({ doc, draft, valid, notice, opened, store, m, library, groups, onOpen }: Props) {
  const locale = useLocale();
  const length = usePlayback(store, (s) => s.length);
  const [message, setMessage] = useState<Message | null>(() => (notice === 'shareBroken' || notice === 'shareTooLarge' ? { kind: 'alert', text: m(notice) } : null));
  // A link's notice waits for the run, so that it can name the event out of how many.
  const [linkNotice, setLinkNotice] = useState(notice === 'shareOpened');
  const [link, setLink] = useState<string | null>(null);
  const [present, setPresent] = useState(false);
  const rewind = () => store.setState({ position: 0, playing: false, selected: null });
  const DRAFT = '__draft';
  const SHARED = '__shared';
  const selected = doc.origin === 'library' ? (doc.slug ?? '') : doc.origin === 'shared' ? SHARED : DRAFT;

  const say = (next: Message) => {
    setLinkNotice(false);
    setMessage(next);
  };

  const openFile = async (file: File) => {
    // Refused before reading: larger than any scenario may be, or not UTF-8 text (named with its place).
    const decoded = file.size > SIMULATOR_LIMITS.textLength ? undefined : decodeUtf8(new Uint8Array(await file.arrayBuffer()));
    if (!decoded?.ok) {
      const problem = decoded ? decoded.message : `the file is larger than ${SIMULATOR_LIMITS.textLength / 1024 / 1024} MB, the most a scenario may be`;
      setMessage({ kind: 'alert', text: m('openFileProblem', { file: file.name, problem: '' }), lines: [`${file.name}: ${problem}`] });
      return;
    }
    const { checkScenarioText } = await import('./checkText');
    const checked = checkScenarioText(decoded.text, file.name);
    if (checked.kind === 'syntax') {
      const e = checked.error;
      say({ kind: 'alert', text: m('openFileProblem', { file: file.name, problem: m('jsonSyntax', { line: e.line, column: e.column, message: e.message }) }) });
      return;
    }
    if (checked.kind === 'invalid') {
      say({ kind: 'alert', text: m('openFileProblem', { file: file.name, problem: '' }), lines: checked.issues.map(formatIssue) });
      return;
    }
    rewind();
    onOpen({ text: JSON.stringify(checked.data, null, 2), slug: null, origin: 'file' });
    say({ kind: 'status', text: m('openedFile', { file: file.name }) });
  };

  const shareLink = async (withPresenter: boolean) => {
    const at = store.getState().position;
    // A library scenario is named by its slug; anything else travels whole in the hash.
    if (doc.origin === 'library' && doc.slug) return libraryLink(window.location.origin, { scenario: doc.slug, at, present: withPresenter });
    const hash = await encodeShare({ text: doc.text, position: at });
    return `${window.location.origin}/simulator#${hash}${withPresenter ? '&present=1' : ''}`;
  };

  const share = async () => {
    const url = await shareLink(present);
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      say({ kind: 'status', text: m('shareCopied') });
    } catch {
      say({ kind: 'status', text: m('shareReady') });
    }
  };

  const status = linkNotice && length > 0 ? m('shareOpenedNamed', { title: opened.title, position: Math.min(opened.position, length), length }) : message?.kind === 'status' ? message.text : '';

  return (
    <div className="sim-source">
      <div className="sim-source-row">
        <div className="control sim-library">
          <label htmlFor="sim-library">{m('libraryLabel')}</label>
          <select
            id="sim-library"
            value={selected}
            onChange={(e) => {
              const value = e.target.value;
              const chosen = library.find((s) => s.slug === value);
              if (value === DRAFT && draft) {
                rewind();
                onOpen({ text: draft.text, slug: draft.slug, origin: 'draft' });
              } else if (chosen) {
                rewind();
                setLink(null);
                setLinkNotice(false);
                onOpen({ text: chosen.text, slug: chosen.slug, origin: 'library' });
              }
            }}
          >
            {doc.origin === 'shared' && <option value={SHARED}>{m('libraryShared')}</option>}
            {(draft || selected === DRAFT) && <option value={DRAFT}>{m('libraryDraft')}</option>}
            {groups.map((g) => (
              <optgroup key={g.id} label={g.title[locale]}>
                {g.slugs.map((slug) => {
                  const s = library.find((x) => x.slug === slug);
                  if (!s) return null;
                  const shown = libraryText(s, locale);
                  return (
                    <option key={slug} value={slug} lang={shown.lang}>
                      {shown.title}
                    </option>
                  );
                })}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="sim-actions">
          {/* A file input in the clothes of a button: the label opens the picker and names the input. */}
          <label className="button secondary sim-file">
            {m('openFile')}
            <input
              id="sim-file"
              className="visually-hidden"
              type="file"
              accept=".json,application/json"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void openFile(file);
              }}
            />
          </label>
          <button type="button" className="button secondary" disabled={!valid} onClick={() => void share()}>
            {m('share')}
          </button>
          <button id="sim-presenter-button" type="button" className="button primary" disabled={!valid} onClick={() => store.getState().setPresenter(true)}>
            {m('presenter')}
          </button>
        </div>
      </div>
      {link && (
        <div className="sim-share">
          <div className="sim-field">
            <label htmlFor="sim-share-link">{m('shareLabel')}</label>
            <input id="sim-share-link" type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
          </div>
          <label className="sim-check">
            <input
              type="checkbox"
              checked={present}
              onChange={(e) => {
                const on = e.target.checked;
                setPresent(on);
                void shareLink(on).then(setLink);
              }}
            />
            {m('sharePresenter')}
          </label>
        </div>
      )}
      <div className="sim-source-notes">
        <div role="status" className="sim-message">
          {status}
        </div>
      </div>
      <div role="alert" className="sim-message">
        {message?.kind === 'alert' && (
          <div className="problems">
            <p>⚠ {message.text}</p>
            {message.lines && (
              <ul>
                {message.lines.map((l, i) => (
                  <li key={i}>{l}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
