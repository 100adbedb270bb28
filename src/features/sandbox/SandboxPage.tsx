import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Diagram } from '@/content/diagramSchema';
import { Loading, PageTitle } from '@/ui/Page';
import { challengeIn } from '@/content/challengeText';
import { useLocale } from '@/ui/i18n';
import { CHALLENGES, findChallenge, startingDiagram } from './challenges';
import { ChallengePanel } from './ChallengePanel';
import { DocsPanel, type OpenDoc } from './DocsPanel';
import { Editor } from './Editor';
import { IOPanel } from './IOPanel';
import { EMPTY_DIAGRAM } from './kinds';
import { useMessages } from './messages';
import { decodeDiagram, issueLines, SHARE_PREFIX } from './share';
import { latestDiagram, newDiagramId, openDiagram, renameDiagram, saveDiagram, updateDiagram } from './storage';
import { commit, createSandboxStore, loadDiagram, say, SandboxContext, useSandbox, useSandboxStore, type SandboxState, type SandboxStore } from './store';
import './sandbox.css';

/**
 * Saves the open diagram shortly after every change, and at once when the page goes away. Only changes
 * made to this document are saved to it: opening another one switches `docId` in the same update, and a
 * change still waiting is written to the document it was made in. The name is saved by renaming.
 */
function useAutosave(store: SandboxStore, docId: string | null) {
  useEffect(() => {
    if (!docId) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending: SandboxState | undefined;
    const save = () => {
      clearTimeout(timer);
      timer = undefined;
      const s = pending;
      pending = undefined;
      if (s) void updateDiagram(docId, s.diagram);
    };
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.docId !== docId || s.diagram === prev.diagram) return;
      pending = s;
      clearTimeout(timer);
      timer = setTimeout(save, 250);
    });
    const flush = () => {
      if (pending) save();
    };
    addEventListener('pagehide', flush);
    return () => {
      unsubscribe();
      removeEventListener('pagehide', flush);
      flush();
    };
  }, [store, docId]);
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
            {challengeIn(c, locale).challenge.title}
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
  const store = useSandboxStore();
  const challenge = findChallenge(useSandbox((s) => s.challengeId));
  if (!challenge) return null;
  const restart = () => {
    commit(store, startingDiagram(challenge));
    store.setState({ checked: false, selection: null });
  };
  return <ChallengePanel challenge={challenge} onRestart={restart} />;
}

export function SandboxPage() {
  const m = useMessages();
  const locale = useLocale();
  const [store] = useState(() => createSandboxStore());
  const [doc, setDoc] = useState<OpenDoc | null>(null);
  const booted = useRef(false);
  useAutosave(store, doc?.id ?? null);

  /** Opens a diagram as a new saved document. */
  const openNew = useCallback(
    (diagram: Diagram, name: string, challengeId: string | null = null) => {
      const next = { id: newDiagramId(), name };
      loadDiagram(store, diagram, challengeId, next.id);
      void saveDiagram({ ...next, updatedAt: Date.now(), diagram, ...(challengeId ? { challengeId } : {}) });
      setDoc(next);
    },
    [store],
  );

  /**
   * Opens a saved diagram (the latest when no id is given). One made by a newer version of the app is
   * never opened, so nothing is written over it: the learner is told, and stays where they were.
   */
  const openSaved = useCallback(
    async (id?: string) => {
      if (id) {
        const read = await openDiagram(id);
        if (!read?.ok) {
          const name = read?.row.name || m('docs.untitled');
          return say(store, read?.newerVersion !== undefined ? m('docs.newerVersion', { name }) : m('docs.cannotOpen', { name }), 'alert');
        }
        loadDiagram(store, read.saved.diagram, read.saved.challengeId ?? null, read.saved.id);
        setDoc({ id: read.saved.id, name: read.saved.name });
        return say(store, m('docs.opened', { name: read.saved.name || m('docs.untitled') }));
      }
      const { saved, newer } = await latestDiagram();
      if (saved) {
        loadDiagram(store, saved.diagram, saved.challengeId ?? null, saved.id);
        setDoc({ id: saved.id, name: saved.name });
      } else openNew(EMPTY_DIAGRAM, m('docs.untitled'));
      const first = newer[0];
      if (first) say(store, m('docs.newerVersion', { name: first.name || m('docs.untitled') }), 'alert');
    },
    [store, openNew, m],
  );

  const startChallenge = useCallback(
    (id: string) => {
      const c = findChallenge(id);
      if (c) openNew(startingDiagram(c), challengeIn(c, locale).challenge.title, c.id);
    },
    [openNew, locale],
  );

  useEffect(() => {
    if (booted.current) return;
    booted.current = true;
    void (async () => {
      const params = new URLSearchParams(location.search);
      if (location.hash.startsWith(SHARE_PREFIX)) {
        const result = await decodeDiagram(location.hash.slice(SHARE_PREFIX.length));
        history.replaceState(history.state, '', location.pathname + location.search);
        if (result.diagram) {
          openNew(result.diagram, m('docs.shared'));
          return say(store, m('docs.sharedOpened'));
        }
        await openSaved();
        return say(store, `${m('docs.badLink')} ${issueLines(result.issues).join('; ')}`, 'alert');
      }
      const challenge = findChallenge(params.get('challenge'));
      if (challenge) {
        history.replaceState(history.state, '', location.pathname);
        return startChallenge(challenge.id);
      }
      await openSaved();
    })();
  }, [store, openNew, openSaved, startChallenge, m]);

  return (
    <section className="page sb-page">
      <PageTitle>{m('title')}</PageTitle>
      <p className="lead">{m('lead')}</p>
      {doc ? (
        <SandboxContext.Provider value={store}>
          <ChallengePicker onStart={startChallenge} />
          <Editor
            side={<ActiveChallenge />}
            footer={
              <>
                <DocsPanel
                  doc={doc}
                  onRename={(name) => {
                                  setDoc({ ...doc, name });
                    void renameDiagram(doc.id, name);
                  }}
                  onOpen={(id) => void openSaved(id)}
                  onNew={() => openNew(EMPTY_DIAGRAM, m('docs.untitled'))}
                  onDeleted={(id) => id === doc.id && void openSaved()}
                />
                <IOPanel
                  name={doc.name}
                  onImport={(diagram, file) => {
                    openNew(diagram, file.replace(/\.json$/i, ''));
                    say(store, m('docs.imported', { file }));
                  }}
                />
              </>
            }
          />
        </SandboxContext.Provider>
      ) : (
        <Loading label={m('loading')} />
      )}
    </section>
  );
}

export { SandboxPage as Component };
