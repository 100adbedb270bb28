import { useReactFlow } from '@xyflow/react';
import { autoLayout } from './layout';
import { useMessages } from './messages';
import { commit, redo, removeSelection, say, undo, useSandbox, useSandboxStore } from './store';
import { usePrefersReducedMotion } from './grading';

/** Undo, redo, auto layout, zoom to fit and delete; the same actions have keyboard shortcuts in the editor. */
export function Toolbar() {
  const m = useMessages();
  const store = useSandboxStore();
  const canUndo = useSandbox((s) => s.past.length > 0);
  const canRedo = useSandbox((s) => s.future.length > 0);
  const hasSelection = useSandbox((s) => s.selection !== null);
  const empty = useSandbox((s) => s.diagram.nodes.length === 0);
  const flow = useReactFlow();
  const reduced = usePrefersReducedMotion();
  const fit = () => void flow.fitView({ duration: reduced ? 0 : 300, padding: 0.2 });
  return (
    <div className="sb-toolbar" role="toolbar" aria-label={m('toolbar.label')}>
      <button type="button" className="button secondary" disabled={!canUndo} onClick={() => undo(store) && say(store, m('canvas.undone'))} aria-keyshortcuts="Control+Z">
        ↶ {m('undo')}
      </button>
      <button type="button" className="button secondary" disabled={!canRedo} onClick={() => redo(store) && say(store, m('canvas.redone'))} aria-keyshortcuts="Control+Shift+Z Control+Y">
        ↷ {m('redo')}
      </button>
      <button
        type="button"
        className="button secondary"
        disabled={empty}
        onClick={() => {
          commit(store, autoLayout(store.getState().diagram));
          say(store, m('canvas.laidOut'));
          requestAnimationFrame(fit);
        }}
      >
        {m('layout')}
      </button>
      <button type="button" className="button secondary" disabled={empty} onClick={fit}>
        {m('fit')}
      </button>
      <button
        type="button"
        className="button secondary"
        disabled={!hasSelection}
        onClick={() => {
          removeSelection(store);
          say(store, m('canvas.deleted'));
        }}
      >
        {m('delete')}
      </button>
    </div>
  );
}
