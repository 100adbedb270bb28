import { lazy, Suspense, useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Diagram } from '@/content/diagramSchema';
import { Loading, PageTitle } from '@/ui/Page';
import { useLocale } from '@/ui/i18n';
import { CHALLENGES, challengeTitle, findChallenge, loadChallenge, startingDiagram } from './challenges';
import { ChallengePanel } from './ChallengePanel';
import type { OpenDoc } from './DocsPanel';
import { Editor } from './Editor';
import { SandboxEditor } from './editor';
import { EMPTY_DIAGRAM } from './kinds';
import { useMessages } from './messages';
import { decodeDiagram, issueLines, SHARE_PREFIX } from './share';
import { latestDiagram, newDiagramId, openDiagram, saveDiagram } from './storage';
import { SandboxContext, useSandbox } from './store';
import './sandbox.css';

const Diagrams = lazy(() => import('./Diagrams'));

interface Doc extends OpenDoc {
  challengeId?: string;
}

/**
 * Saves the open diagram shortly after every change, and at once when the page goes away, as a whole
 * row (name, challenge, diagram). Only changes made to this document are saved to it: the open document
 * is read from `doc` as each change arrives (it is set in the same step as the editor opens it, so a
 * change made the moment a document opens is kept), and a change still waiting is written to the
 * document it was made in, under that document's latest name. An opened document that is never changed
 * is not written at all.
 */
function useAutosave(editor: SandboxEditor, doc: RefObject<Doc | null>) {
  useLayoutEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending: { doc: Doc; diagram: Diagram } | undefined;
    const save = () => {
      clearTimeout(timer);
      timer = undefined;
      const change = pending;
      pending = undefined;
      if (!change) return;
      const target = doc.current?.id === change.doc.id ? doc.current : change.doc;
      void saveDiagram({ ...target, diagram: change.diagram, updatedAt: Date.now() });
    };
    const unsubscribe = editor.store.subscribe((s, prev) => {
      if (pending && pending.doc.id !== s.docId) save();
      const open = doc.current;
      if (!open || s.docId !== open.id || s.diagram === prev.diagram) return;
      pending = { doc: open, diagram: s.diagram };
      clearTimeout(timer);
      timer = setTimeout(save, 250);
    });
    addEventListener('pagehide', save);
    return () => {
      unsubscribe();
      removeEventListener('pagehide', save);
      save();
    };
  }, [editor, doc]);
}

/** The open document: state for drawing, and a ref that holds it from the moment it is set. */
function useOpenDoc(initial: Doc) {
  const [doc, setState] = useState<Doc>(initial);
  const ref = useRef<Doc>(initial);
  const set = useCallback((next: Doc) => {
    ref.current = next;
    setState(next);
  }, []);
  return [doc, set, ref] as const;
}

function ChallengePicker({ onStart }: { onStart: (id: string) => void }) {
  const m = useMessages();
  const current = useSandbox((s) => s.challengeId);
  const locale = useLocale();
  const [choice, setChoice] = useState(current ?? CHALLENGES[0]?.id ?? '');
  const id = useId();
  return (
    <div className="sb-picker sb-row">
      <label htmlFor={id}>{m('challenge.pick')}</label>
      <select id={id} value={choice} onChange={(e) => setChoice(e.target.value)}>
        {CHALLENGES.map((c) => (
          <option key={c.id} value={c.id}>
            {challengeTitle(c, locale)}
          </option>
        ))}
      </select>
      <button type="button" className="button secondary" onClick={() => onStart(choice)} disabled={!choice}>
        {m('challenge.start')}
      </button>
    </div>
  );
}

function ActiveChallenge() {
  const challenge = findChallenge(useSandbox((s) => s.challengeId));
  return challenge ? <ChallengePanel challenge={challenge} /> : null;
}

export function SandboxPage() {
  const m = useMessages();
  const locale = useLocale();
  // An empty diagram is open from the first frame, so a node added before the saved diagram has been read
  // is kept: it is saved as a diagram of its own, and the saved one then stays closed (it is in the list).
  // A shared link or a challenge opens over it, and the autosave keeps what was drawn.
  const [start] = useState(() => {
    const first = new SandboxEditor({ panel: 'challenge' });
    const doc: Doc = { id: newDiagramId(), name: m('docs.untitled') };
    first.load(EMPTY_DIAGRAM, null, doc.id);
    return { editor: first, doc, untouched: first.diagram };
  });
  const editor = start.editor;
  const [doc, setDoc, docRef] = useOpenDoc(start.doc);
  const booted = useRef(false);
  useAutosave(editor, docRef);

  /** Opens a diagram as a new document (saved once it is changed). */
  const openNew = useCallback(
    (diagram: Diagram, name: string, challengeId: string | null = null) => {
      const next: Doc = { id: newDiagramId(), name, ...(challengeId ? { challengeId } : {}) };
      editor.load(diagram, challengeId, next.id);
      setDoc(next);
    },
    [editor, setDoc],
  );

  /**
   * Opens a saved diagram (the latest when no id is given). One made by a newer version of the app is
   * never opened, so nothing is written over it: the learner is told, and stays where they were.
   */
  const openSaved = useCallback(
    async (id?: string, untouched?: Diagram) => {
      const before = editor.state.opened;
      // The learner has drawn on the empty diagram the page opened with: that is what they are working on.
      const drawn = () => untouched !== undefined && editor.diagram !== untouched;
      if (id) {
        const read = await openDiagram(id);
        if (editor.state.opened !== before) return;
        if (!read?.ok) {
          const name = read?.row.name || m('docs.untitled');
          return editor.say(read?.newerVersion !== undefined ? m('docs.newerVersion', { name }) : m('docs.cannotOpen', { name }), 'alert');
        }
        await loadChallenge(read.saved.challengeId);
        if (editor.state.opened !== before) return;
        editor.load(read.saved.diagram, read.saved.challengeId ?? null, read.saved.id);
        setDoc({ id: read.saved.id, name: read.saved.name, ...(read.saved.challengeId ? { challengeId: read.saved.challengeId } : {}) });
        return editor.say(m('docs.opened', { name: read.saved.name || m('docs.untitled') }));
      }
      const { saved, newer } = await latestDiagram();
      // The learner opened something else meanwhile (a challenge picked while the database was opening).
      if (editor.state.opened !== before || drawn()) return;
      if (saved) {
        // The challenge is loaded before the editor opens on it.
        await loadChallenge(saved.challengeId);
        if (editor.state.opened !== before || drawn()) return;
        editor.load(saved.diagram, saved.challengeId ?? null, saved.id);
        setDoc({ id: saved.id, name: saved.name, ...(saved.challengeId ? { challengeId: saved.challengeId } : {}) });
      } else if (untouched === undefined) openNew(EMPTY_DIAGRAM, m('docs.untitled'));
      const first = newer[0];
      if (first) editor.say(m('docs.newerVersion', { name: first.name || m('docs.untitled') }), 'alert');
    },
    [editor, openNew, setDoc, m],
  );

  const startChallenge = useCallback(
    async (id: string) => {
      const c = await loadChallenge(id);
      if (c) openNew(startingDiagram(c), challengeTitle(c, locale), c.id);
      return Boolean(c);
    },
    [openNew, locale],
  );

  useEffect(() => {
    if (booted.current) return;
    booted.current = true;
    const { untouched } = start;
    void (async () => {
      const params = new URLSearchParams(location.search);
      if (location.hash.startsWith(SHARE_PREFIX)) {
        const result = await decodeDiagram(location.hash.slice(SHARE_PREFIX.length));
        history.replaceState(history.state, '', location.pathname + location.search);
        if (result.diagram) {
          openNew(result.diagram, m('docs.shared'));
          return editor.say(m('docs.sharedOpened'));
        }
        await openSaved(undefined, untouched);
        return editor.say(`${m('docs.badLink')} ${issueLines(result.issues).join('; ')}`, 'alert');
      }
      const wanted = params.get('challenge');
      if (wanted && CHALLENGES.some((c) => c.id === wanted)) {
        history.replaceState(history.state, '', location.pathname);
        if (await startChallenge(wanted)) return;
      }
      await openSaved(undefined, untouched);
    })();
  }, [editor, openNew, openSaved, startChallenge, m, start]);

  // The editor (and with it the page title, which takes focus after navigation) is there from the start;
  // the saved diagram opens into it.
  return (
    <section className="page sb-page">
      <SandboxContext.Provider value={editor}>
        <Editor
          bar={<PageTitle>{m('title')}</PageTitle>}
          challenge={
            <>
              <ChallengePicker onStart={(id) => void startChallenge(id)} />
              <ActiveChallenge />
            </>
          }
          diagrams={
            <Suspense fallback={<Loading label={m('loading')} />}>
              <Diagrams
                doc={doc}
                onRename={(name) => {
                  const next = { ...doc, name };
                  setDoc(next);
                  void saveDiagram({ ...next, diagram: editor.diagram, updatedAt: Date.now() });
                }}
                onOpen={(id) => void openSaved(id)}
                onNew={() => openNew(EMPTY_DIAGRAM, m('docs.untitled'))}
                onDeleted={(id) => id === doc.id && void openSaved()}
                onImport={(diagram, file) => {
                  openNew(diagram, file.replace(/\.json$/i, ''));
                  editor.say(m('docs.imported', { file }));
                }}
              />
            </Suspense>
          }
        />
      </SandboxContext.Provider>
    </section>
  );
}

export { SandboxPage as Component };
