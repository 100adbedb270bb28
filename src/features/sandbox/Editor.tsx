import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { Loading } from '@/ui/Page';
import { Canvas } from './Canvas';
import { useEngineText } from './engineText';
import { FlowControls, useFlowPlayback } from './FlowPanel';
import { EditorHost } from './host';
import { useMessages } from './messages';
import { Palette } from './Palette';
import { Panels } from './Panels';
import { EditorRootContext } from './reveal';
import { useSandbox } from './store';
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

/**
 * Keeps the workspace (palette, canvas, drawer) exactly as tall as the viewport below it, so the canvas
 * ends on screen whatever the header and toolbar take: measured, since they wrap differently per width.
 */
function useFillViewport(root: React.RefObject<HTMLElement | null>, on: boolean) {
  useLayoutEffect(() => {
    const el = root.current?.querySelector<HTMLElement>('.sb-workspace');
    if (!el || !on) return;
    const fit = () => {
      const top = el.getBoundingClientRect().top + window.scrollY;
      el.style.setProperty('--sb-fill', `${Math.max(320, window.innerHeight - top - 12)}px`);
    };
    // The observer's first report comes with the first frame, after its layout and before its paint: measured
    // there, the workspace reads a layout the browser has done anyway instead of forcing one as it mounts.
    const observer = new ResizeObserver(fit);
    observer.observe(document.body);
    addEventListener('resize', fit);
    return () => {
      observer.disconnect();
      removeEventListener('resize', fit);
    };
  }, [root, on]);
}

/**
 * The diagram editor: a compact bar (the host's own controls first, then the tools), the palette, the
 * canvas filling the screen and the panels in a drawer beside it (below it on a phone). In a lesson
 * (`compact`) it keeps to the lesson's column and its shortcuts to itself; on the sandbox page they
 * listen on the whole document. The presenter view gives the canvas the whole screen.
 */
export function Editor({ compact = false, bar, challenge, diagrams }: { compact?: boolean; bar?: ReactNode; challenge?: ReactNode; diagrams?: ReactNode }) {
  const m = useMessages();
  const root = useRef<HTMLDivElement>(null);
  const helpId = useId();
  const presenter = useSandbox((s) => s.presenter);
  // In Korean the rules' sentences come in their own file; the editor waits for them rather than
  // showing English verdicts first.
  const textReady = useEngineText();
  useFillViewport(root, !compact && textReady);
  useFlowPlayback();
  const level = compact ? 3 : 2;
  if (!textReady) return <Loading label={m('loading')} />;
  const classes = ['sb-editor', compact && 'sb-compact', presenter && 'sb-presenter'].filter(Boolean).join(' ');
  return (
    <EditorRootContext.Provider value={root}>
      <ReactFlowProvider>
        <div ref={root} className={classes}>
          <EditorHost root={root} scope={compact ? 'editor' : 'document'}>
            <div className="sb-bar">
              {bar}
              <Toolbar />
              {presenter && <FlowControls />}
            </div>
            <p className="visually-hidden" id={helpId}>
              {m('canvas.help')}
            </p>
            <div className="sb-workspace">
              <Palette headingLevel={level} />
              <div className="sb-stage">
                <Canvas compact={compact} helpId={helpId} />
                <Notices />
              </div>
              <Panels challenge={challenge} diagrams={diagrams} headingLevel={level} />
            </div>
          </EditorHost>
        </div>
      </ReactFlowProvider>
    </EditorRootContext.Provider>
  );
}
