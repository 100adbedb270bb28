import { useState } from 'react';
import { formatIssue } from '@/content/issues';
import { SIMULATOR_LIMITS } from '@/content/scenarioLimits';
import { decodeUtf8 } from '@/content/untrusted';
import { useLocale } from '@/ui/i18n';
import { libraryText, type LibraryScenario } from './library';
import type { Msg } from './messages';
import { encodeShare } from './share';
import type { PlaybackStore } from './store';
import type { Draft } from './draft';
import type { ScenarioDocument } from './useDocument';
import { checkScenarioText } from './validate';

interface Props {
  doc: ScenarioDocument;
  draft: Draft | null;
  valid: boolean;
  notice: 'shareOpened' | 'shareBroken' | 'shareTooLarge' | null;
  store: PlaybackStore;
  m: Msg;
  library: readonly LibraryScenario[];
  onOpen: (doc: ScenarioDocument) => void;
}

type Message = { kind: 'status' | 'alert'; text: string; lines?: string[] };

/** Where the scenario comes from (library, a file) and where it goes (a share link, presenter mode). */
export function ScenarioSource({ doc, draft, valid, notice, store, m, library, onOpen }: Props) {
  const locale = useLocale();
  const [message, setMessage] = useState<Message | null>(() => {
    if (notice === 'shareBroken' || notice === 'shareTooLarge') return { kind: 'alert', text: m(notice) };
    if (notice === 'shareOpened') return { kind: 'status', text: m('shareOpened', { position: store.getState().position }) };
    return null;
  });
  const [link, setLink] = useState<string | null>(null);
  const rewind = () => store.setState({ position: 0, playing: false, selected: null });
  const DRAFT = '__draft';
  const SHARED = '__shared';
  const selected = doc.origin === 'library' ? (doc.slug ?? '') : doc.origin === 'shared' ? SHARED : DRAFT;

  const openFile = async (file: File) => {
    // Refused before reading: larger than any scenario may be, or not UTF-8 text (named with its place).
    const decoded = file.size > SIMULATOR_LIMITS.textLength ? undefined : decodeUtf8(new Uint8Array(await file.arrayBuffer()));
    if (!decoded?.ok) {
      const problem = decoded ? decoded.message : `the file is larger than ${SIMULATOR_LIMITS.textLength / 1024 / 1024} MB, the most a scenario may be`;
      setMessage({ kind: 'alert', text: m('openFileProblem', { file: file.name, problem: '' }), lines: [`${file.name}: ${problem}`] });
      return;
    }
    const checked = checkScenarioText(decoded.text, file.name);
    if (checked.kind === 'syntax') {
      const e = checked.error;
      setMessage({ kind: 'alert', text: m('openFileProblem', { file: file.name, problem: m('jsonSyntax', { line: e.line, column: e.column, message: e.message }) }) });
      return;
    }
    if (checked.kind === 'invalid') {
      setMessage({ kind: 'alert', text: m('openFileProblem', { file: file.name, problem: '' }), lines: checked.issues.map(formatIssue) });
      return;
    }
    rewind();
    onOpen({ text: JSON.stringify(checked.data, null, 2), slug: null, origin: 'file' });
    setMessage({ kind: 'status', text: m('openedFile', { file: file.name }) });
  };

  const share = async () => {
    const hash = await encodeShare({ text: doc.text, position: store.getState().position });
    const url = `${window.location.origin}/simulator#${hash}`;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setMessage({ kind: 'status', text: m('shareCopied') });
    } catch {
      setMessage({ kind: 'status', text: m('shareReady') });
    }
  };

  return (
    <div className="sim-source">
      <div className="sim-source-row">
        <div className="control">
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
                onOpen({ text: chosen.text, slug: chosen.slug, origin: 'library' });
              }
            }}
          >
            {doc.origin === 'shared' && <option value={SHARED}>{m('libraryShared')}</option>}
            {(draft || selected === DRAFT) && <option value={DRAFT}>{m('libraryDraft')}</option>}
            {library.map((s) => {
              const shown = libraryText(s, locale);
              return (
                <option key={s.slug} value={s.slug} lang={shown.lang}>
                  {shown.title}
                </option>
              );
            })}
          </select>
        </div>
        <div className="sim-file">
          <label htmlFor="sim-file">{m('openFile')}</label>
          <input
            id="sim-file"
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void openFile(file);
            }}
          />
        </div>
        <div className="sim-actions">
          <button type="button" className="button secondary" disabled={!valid} onClick={() => void share()}>
            {m('share')}
          </button>
          <button id="sim-presenter-button" type="button" className="button primary" disabled={!valid} onClick={() => store.getState().setPresenter(true)}>
            {m('presenter')}
          </button>
        </div>
      </div>
      {link && (
        <div className="sim-field sim-share">
          <label htmlFor="sim-share-link">{m('shareLabel')}</label>
          <input id="sim-share-link" type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
        </div>
      )}
      <div role="status" className="sim-message">
        {message?.kind === 'status' && message.text}
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
