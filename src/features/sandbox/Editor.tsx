import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from './Canvas';
import { FindingsPanel } from './FindingsPanel';
import { FlowPanel } from './FlowPanel';
import { useMessages } from './messages';
import { Outline } from './Outline';
import { Palette } from './Palette';
import { PoliciesPanel } from './PoliciesPanel';
import { PropertiesPanel } from './PropertiesPanel';
import { EditorRootContext } from './reveal';
import { redo, say, undo, useSandbox, useSandboxStore } from './store';
import { Toolbar } from './Toolbar';

function Notices() {
  const notice = useSandbox((s) => s.notice);
  return (
    <div className="sb-notices">
      <p role="status" className={notice?.tone === 'status' ? 'sb-notice' : 'sb-notice sb-notice-empty'}>
        {notice?.tone === 'status' ? notice.text : ''}
      </p>
      <p role="alert" className={notice?.tone === 'alert' ? 'sb-notice sb-notice-alert' : 'sb-notice sb-notice-empty'}>
        {notice?.tone === 'alert' ? notice.text : ''}
      </p>
    </div>
  );
}

const isEditable = (el: EventTarget | null) => el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

/**
 * The diagram editor: palette, canvas, toolbar and the panels that show what the engine computes.
 * `side` goes first in the side column (a challenge), `footer` after the panels (saving, export).
 */
export function Editor({ compact = false, side, footer }: { compact?: boolean; side?: ReactNode; footer?: ReactNode }) {
  const m = useMessages();
  const store = useSandboxStore();
  const root = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || isEditable(e.target)) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) {
      e.preventDefault();
      if (undo(store)) say(store, m('canvas.undone'));
    } else if ((key === 'z' && e.shiftKey) || key === 'y') {
      e.preventDefault();
      if (redo(store)) say(store, m('canvas.redone'));
    }
  };
  const level = compact ? 3 : 2;
  return (
    <EditorRootContext.Provider value={root}>
      <ReactFlowProvider>
        {/* Undo and redo shortcuts add to the toolbar buttons; the handler listens wherever focus is inside. */}
        <div ref={root} className={compact ? 'sb-editor sb-compact' : 'sb-editor'} onKeyDown={onKeyDown}>
          <Toolbar />
          <Notices />
          <div className="sb-main">
            <Palette headingLevel={level} />
            <Canvas compact={compact} />
            <div className="sb-side">
              {side}
              <PropertiesPanel headingLevel={level} />
              <FindingsPanel headingLevel={level} />
              <FlowPanel headingLevel={level} />
              <Outline headingLevel={level} />
              {!compact && <PoliciesPanel headingLevel={level} />}
              {footer}
            </div>
          </div>
        </div>
      </ReactFlowProvider>
    </EditorRootContext.Provider>
  );
}
