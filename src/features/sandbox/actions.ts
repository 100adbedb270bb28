/**
 * Every editor action once, as data: its label, its shortcut (shown as `kbd`, matched by `keyTest`), when
 * it applies (`predicate`) and what it does (`perform`). The toolbar buttons, the keyboard and the challenge
 * restart all run actions from this registry, so a button and its shortcut can never disagree. No two
 * actions may answer the same key (a test checks every key and modifier); if they ever did, the key
 * would do nothing rather than guess.
 */
import type { Locale } from '@/engine/architecture';
import { canRedo, canUndo, NUDGE, NUDGE_LARGE, type SandboxEditor } from './editor';
import { mod, type FocusZone, type KeyLike } from './keys';
import type { MessageKey } from './messages';

export interface ActionContext {
  editor: SandboxEditor;
  locale: Locale;
  /** The key that triggered the action, when a key did. */
  event?: KeyLike;
}

/** What the host does after an action: announce it, fit the diagram into view, put focus back on the canvas. */
export interface ActionResult {
  notice?: MessageKey;
  params?: Record<string, string | number>;
  tone?: 'status' | 'alert';
  fit?: boolean;
  focusCanvas?: boolean;
}

export type ActionId =
  | 'undo'
  | 'redo'
  | 'delete'
  | 'select-all'
  | 'escape'
  | 'nudge'
  | 'auto-layout'
  | 'fit'
  | 'restart-challenge'
  | 'tap-connect'
  | 'presenter';

export interface SandboxAction {
  id: ActionId;
  label: MessageKey;
  /** The shortcut as aria-keyshortcuts writes it. */
  kbd?: string;
  keyTest?: (e: KeyLike) => boolean;
  /**
   * Where the shortcut is heard: anywhere the host listens (undo, redo, Escape), or only when focus is on
   * the canvas or nowhere in particular (keys that a focused panel control may want for itself).
   */
  zone?: 'anywhere' | 'canvas';
  predicate?: (editor: SandboxEditor) => boolean;
  perform: (ctx: ActionContext) => ActionResult | void | Promise<ActionResult | void>;
}

const plain = (e: KeyLike) => !e.ctrlKey && !e.metaKey && !e.altKey;
const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

export const ACTIONS: readonly SandboxAction[] = [
  {
    id: 'undo',
    label: 'undo',
    kbd: 'Control+Z Meta+Z',
    zone: 'anywhere',
    keyTest: (e) => mod(e) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'z',
    predicate: (ed) => canUndo(ed.state),
    perform: ({ editor }) => (editor.undo() ? { notice: 'canvas.undone' } : { notice: 'canvas.busy', tone: 'alert' }),
  },
  {
    id: 'redo',
    label: 'redo',
    kbd: 'Control+Shift+Z Meta+Shift+Z Control+Y',
    zone: 'anywhere',
    keyTest: (e) => !e.altKey && ((mod(e) && e.shiftKey && e.key.toLowerCase() === 'z') || (e.ctrlKey && !e.metaKey && !e.shiftKey && e.key.toLowerCase() === 'y')),
    predicate: (ed) => canRedo(ed.state),
    perform: ({ editor }) => (editor.redo() ? { notice: 'canvas.redone' } : undefined),
  },
  {
    id: 'delete',
    label: 'delete',
    kbd: 'Delete Backspace',
    zone: 'canvas',
    keyTest: (e) => plain(e) && !e.shiftKey && (e.key === 'Delete' || e.key === 'Backspace'),
    predicate: (ed) => ed.state.selection.nodes.length + ed.state.selection.edges.length > 0,
    perform: ({ editor }) => (editor.removeSelection() ? { notice: 'canvas.deleted', focusCanvas: true } : undefined),
  },
  {
    id: 'select-all',
    label: 'selectAll',
    kbd: 'Control+A Meta+A',
    zone: 'canvas',
    keyTest: (e) => mod(e) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'a',
    predicate: (ed) => ed.diagram.nodes.length > 0,
    perform: ({ editor }) => {
      editor.selectAll();
      return { notice: 'canvas.selectedAll' };
    },
  },
  {
    id: 'escape',
    label: 'escape',
    kbd: 'Escape',
    zone: 'anywhere',
    keyTest: (e) => plain(e) && !e.shiftKey && e.key === 'Escape',
    predicate: (ed) => {
      const s = ed.state;
      return s.gesture !== null || s.connecting !== null || s.presenter || s.selection.nodes.length + s.selection.edges.length > 0;
    },
    // One key, one action: it lets go of the innermost thing going on.
    perform: ({ editor }) => {
      const s = editor.state;
      if (editor.cancelDrag()) return { notice: 'canvas.dragCancelled' };
      if (s.connecting?.source) {
        editor.setConnecting(true);
        return { notice: 'connect.released' };
      }
      if (s.connecting) {
        editor.setConnecting(false);
        return { notice: 'connect.off' };
      }
      if (s.presenter) {
        editor.setPresenter(false);
        return { fit: true };
      }
      editor.select({ nodes: [], edges: [] });
      return undefined;
    },
  },
  {
    id: 'nudge',
    label: 'nudge',
    kbd: 'ArrowLeft ArrowRight ArrowUp ArrowDown Shift+ArrowLeft Shift+ArrowRight Shift+ArrowUp Shift+ArrowDown',
    zone: 'canvas',
    keyTest: (e) => plain(e) && e.key in ARROWS,
    predicate: (ed) => ed.state.selection.nodes.length > 0,
    perform: ({ editor, event }) => {
      const [dx, dy] = (event && ARROWS[event.key]) ?? [0, 0];
      const step = event?.shiftKey ? NUDGE_LARGE : NUDGE;
      editor.nudge(dx * step, dy * step, event?.repeat ?? false);
      const moved = editor.diagram.nodes.find((n) => n.id === editor.state.selection.nodes[0]);
      // Said once per press, not for every repeat of a held key.
      return event?.repeat || !moved ? undefined : { notice: 'canvas.moved', params: { x: moved.position?.x ?? 0, y: moved.position?.y ?? 0 } };
    },
  },
  {
    id: 'auto-layout',
    label: 'layout',
    kbd: 'Shift+L',
    zone: 'canvas',
    keyTest: (e) => plain(e) && e.shiftKey && e.key.toLowerCase() === 'l',
    predicate: (ed) => ed.diagram.nodes.length > 0,
    perform: async ({ editor }) => {
      // dagre is loaded when it is first needed, not with the page.
      const { autoLayout } = await import('./layout');
      editor.replace(autoLayout(editor.diagram), 'layout');
      return { notice: 'canvas.laidOut', fit: true };
    },
  },
  {
    id: 'fit',
    label: 'fit',
    kbd: 'Shift+1',
    zone: 'canvas',
    keyTest: (e) => plain(e) && e.shiftKey && (e.key === '!' || e.key === '1'),
    predicate: (ed) => ed.diagram.nodes.length > 0,
    perform: () => ({ fit: true }),
  },
  {
    id: 'restart-challenge',
    label: 'challenge.restart',
    predicate: (ed) => ed.state.challengeId !== null,
    perform: ({ editor }) => (editor.restartChallenge() ? { notice: 'challenge.restarted', fit: true } : undefined),
  },
  {
    id: 'tap-connect',
    label: 'connect.mode',
    kbd: 'C',
    zone: 'canvas',
    keyTest: (e) => plain(e) && !e.shiftKey && e.key.toLowerCase() === 'c',
    predicate: (ed) => ed.diagram.nodes.length > 1 || ed.state.connecting !== null,
    perform: ({ editor }) => {
      const on = editor.state.connecting === null;
      editor.setConnecting(on);
      return { notice: on ? 'connect.on' : 'connect.off' };
    },
  },
  {
    id: 'presenter',
    label: 'presenter',
    kbd: 'P',
    zone: 'canvas',
    keyTest: (e) => plain(e) && !e.shiftKey && e.key.toLowerCase() === 'p',
    perform: ({ editor }) => {
      editor.setPresenter(!editor.state.presenter);
      return { fit: true, notice: editor.state.presenter ? 'presenter.on' : 'presenter.off' };
    },
  },
];

const BY_ID = new Map(ACTIONS.map((a) => [a.id, a]));

export function action(id: ActionId): SandboxAction {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`no action ${id}`);
  return found;
}

/** The actions whose shortcut is this key, where focus is now (a field takes its keys: none there). */
export function actionsForKey(e: KeyLike, zone: FocusZone, actions: readonly SandboxAction[] = ACTIONS): SandboxAction[] {
  if (zone === 'typing') return [];
  return actions.filter((a) => a.keyTest?.(e) && (a.zone === 'anywhere' || zone === 'canvas'));
}

/**
 * The one action a key stands for, if it applies now. Two matches would be a mistake in the registry:
 * the key then does nothing.
 */
export function actionForKey(e: KeyLike, zone: FocusZone, editor: SandboxEditor, actions: readonly SandboxAction[] = ACTIONS): SandboxAction | undefined {
  const found = actionsForKey(e, zone, actions);
  if (found.length !== 1) return undefined;
  const [only] = found;
  return only && (only.predicate?.(editor) ?? true) ? only : undefined;
}

/** Runs an action if it applies: the same path for a button, a key and a caller. */
export async function run(a: SandboxAction, ctx: ActionContext): Promise<ActionResult | undefined> {
  if (a.predicate && !a.predicate(ctx.editor)) return undefined;
  return (await a.perform(ctx)) ?? undefined;
}
