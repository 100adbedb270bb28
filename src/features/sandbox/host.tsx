import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode, type RefObject } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useLocale } from '@/ui/i18n';
import { action, actionForKey, run, type ActionId } from './actions';
import { boundsOf, boxOf } from './geometry';
import { usePrefersReducedMotion } from './grading';
import { focusZone, type KeyLike } from './keys';
import { useMessages } from './messages';
import { useEditor } from './store';
import { PRESENTER_ZOOM, readableViewport, READABLE_ZOOM } from './viewport';

/** What the toolbar, the panels and the keyboard ask of the editor's host: run an action, fit the view. */
export interface Host {
  run(id: ActionId, event?: KeyLike): Promise<boolean>;
  fit(options?: { animate?: boolean }): void;
  /** Pans (at the same zoom) until the node is in view, if it is not. */
  showNode(id: string): void;
  focusCanvas(): void;
}

const HostContext = createContext<Host | null>(null);

export function useHost(): Host {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost needs an EditorHost');
  return host;
}

/**
 * Runs actions for one editor and listens for their shortcuts: on the whole document on the sandbox page
 * (Ctrl+Z works wherever focus is, even on <body> after a mouse delete), on the editor alone in a lesson,
 * where the page around it keeps its own keys.
 */
export function EditorHost({ root, scope, children }: { root: RefObject<HTMLElement | null>; scope: 'document' | 'editor'; children: ReactNode }) {
  const editor = useEditor();
  const locale = useLocale();
  const m = useMessages();
  const flow = useReactFlow();
  const reduced = usePrefersReducedMotion();

  const fit = useCallback(
    ({ animate = true }: { animate?: boolean } = {}) => {
      const canvas = root.current?.querySelector<HTMLElement>('.sb-canvas');
      const bounds = boundsOf(editor.diagram.nodes.map(boxOf));
      if (!canvas || !bounds) return;
      const presenter = editor.state.presenter;
      const vp = readableViewport(bounds, canvas.clientWidth, canvas.clientHeight, { minZoom: presenter ? PRESENTER_ZOOM : READABLE_ZOOM, maxZoom: presenter ? 2 : 1.25 });
      void flow.setViewport(vp, { duration: animate && !reduced ? 250 : 0 });
    },
    [editor, flow, reduced, root],
  );

  const showNode = useCallback(
    (id: string) => {
      const canvas = root.current?.querySelector<HTMLElement>('.sb-canvas');
      const node = editor.diagram.nodes.find((n) => n.id === id);
      if (!canvas || !node) return;
      const b = boxOf(node);
      const { x, y, zoom } = flow.getViewport();
      const [left, top] = [b.x * zoom + x, b.y * zoom + y];
      const inView = left >= 0 && top >= 0 && left + b.w * zoom <= canvas.clientWidth && top + b.h * zoom <= canvas.clientHeight;
      if (!inView) void flow.setCenter(b.x + b.w / 2, b.y + b.h / 2, { zoom, duration: reduced ? 0 : 250 });
    },
    [editor, flow, reduced, root],
  );

  const focusCanvas = useCallback(() => root.current?.querySelector<HTMLElement>('.sb-canvas')?.focus({ preventScroll: true }), [root]);

  const host = useMemo<Host>(
    () => ({
      fit,
      showNode,
      focusCanvas,
      async run(id, event) {
        const result = await run(action(id), { editor, locale, ...(event ? { event } : {}) });
        if (!result) return false;
        if (result.notice) editor.say(m(result.notice, result.params ?? {}), result.tone ?? 'status');
        // Fit once the canvas has the new layout (and, for the presenter view, its new size).
        if (result.fit) requestAnimationFrame(() => fit());
        if (result.focusCanvas && (document.activeElement === document.body || !root.current?.contains(document.activeElement))) focusCanvas();
        return true;
      },
    }),
    [editor, fit, showNode, focusCanvas, locale, m, root],
  );

  useEffect(() => {
    const target: HTMLElement | Document | null = scope === 'document' ? document : root.current;
    if (!target) return;
    const onKey = (e: Event) => {
      const event = e as KeyboardEvent;
      if (event.defaultPrevented || event.isComposing) return;
      const found = actionForKey(event, focusZone(event.target), editor);
      if (!found) return;
      // The key is the editor's: the browser's own meaning (scrolling, undo in no field) and React Flow's do not apply.
      event.preventDefault();
      event.stopPropagation();
      void host.run(found.id, event);
    };
    target.addEventListener('keydown', onKey, true);
    return () => target.removeEventListener('keydown', onKey, true);
  }, [scope, root, editor, host]);

  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}
