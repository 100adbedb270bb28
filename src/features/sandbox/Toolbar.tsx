import { action, type ActionId } from './actions';
import { useHost } from './host';
import { useMessages } from './messages';
import { useEditor, useSandbox } from './store';

/** A glyph beside each tool's name (decorative: the name is the label). */
const GLYPH: Partial<Record<ActionId, string>> = {
  undo: '↶',
  redo: '↷',
  delete: '✕',
  'auto-layout': '⇶',
  fit: '⤢',
  'tap-connect': '⟶',
  presenter: '▣',
};

/** How a shortcut reads in a tooltip: "Ctrl+Z". */
const readable = (kbd: string) => kbd.split(' ')[0]?.replace('Control', 'Ctrl') ?? '';

function Tool({ id, pressed }: { id: ActionId; pressed?: boolean }) {
  const m = useMessages();
  const host = useHost();
  const editor = useEditor();
  const a = action(id);
  // The same test the keyboard uses decides whether the button is enabled.
  const enabled = useSandbox(() => a.predicate?.(editor) ?? true);
  const name = m(a.label);
  return (
    <button
      type="button"
      className={`button secondary sb-tool sb-tool-${id}`}
      disabled={!enabled}
      onClick={() => void host.run(id)}
      aria-keyshortcuts={a.kbd}
      aria-pressed={pressed}
      title={a.kbd ? `${name} (${readable(a.kbd)})` : name}
    >
      <span aria-hidden="true" className="sb-tool-glyph">
        {GLYPH[id]}
      </span>
      <span className="sb-tool-text">{name}</span>
    </button>
  );
}

/** Undo, redo, delete, layout and view tools: buttons for the actions the keyboard also reaches. */
export function Toolbar() {
  const m = useMessages();
  const connecting = useSandbox((s) => s.connecting !== null);
  const presenter = useSandbox((s) => s.presenter);
  return (
    <div className="sb-toolbar" role="toolbar" aria-label={m('toolbar.label')}>
      <Tool id="undo" />
      <Tool id="redo" />
      <Tool id="delete" />
      <span className="sb-tool-gap" aria-hidden="true" />
      <Tool id="tap-connect" pressed={connecting} />
      <Tool id="auto-layout" />
      <Tool id="fit" />
      <Tool id="presenter" pressed={presenter} />
    </div>
  );
}
