import { useId } from 'react';
import { AwsIcon } from '@/ui/AwsIcon';
import { DRAG_TYPE } from './Canvas';
import { useHost } from './host';
import { KIND_ICON, NODE_KINDS } from './kinds';
import { useMessages } from './messages';
import { useEditor } from './store';

/**
 * Node kinds to add, each with its AWS icon: drag one onto the canvas, or activate it (Enter, Space, a
 * click or a tap) to add it next to what it will connect to.
 */
export function Palette({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const m = useMessages();
  const editor = useEditor();
  const host = useHost();
  const titleId = useId();
  const H = `h${headingLevel}` as const;
  return (
    <section className="sb-palette" aria-labelledby={titleId}>
      <H id={titleId} className="sb-palette-title">
        {m('palette.title')}
      </H>
      <p className="muted sb-palette-help">{m('palette.help')}</p>
      <ul>
        {NODE_KINDS.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              draggable
              className="sb-palette-item"
              aria-label={m('palette.add', { kind: m(`kind.${kind}`) })}
              onDragStart={(e) => {
                e.dataTransfer.setData(DRAG_TYPE, kind);
                e.dataTransfer.effectAllowed = 'copy';
              }}
              onClick={() => {
                const node = editor.addNode(kind);
                editor.say(m('palette.added', { name: node.label ?? node.id }));
                requestAnimationFrame(() => host.showNode(node.id));
              }}
            >
              <AwsIcon icon={KIND_ICON[kind]} size={28} />
              <span>{m(`kind.${kind}`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
