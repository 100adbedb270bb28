import { useId } from 'react';
import { useReactFlow } from '@xyflow/react';
import { NODE_KINDS } from '@/content/diagramSchema';
import { DRAG_TYPE } from './Canvas';
import { KIND_GLYPH } from './kinds';
import { useMessages } from './messages';
import { addNode, say, useSandboxStore } from './store';

/** Node kinds to add: drag one onto the canvas, or activate it (Enter, Space, click) to add it beside the others. */
export function Palette({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const m = useMessages();
  const store = useSandboxStore();
  const titleId = useId();
  const H = `h${headingLevel}` as const;
  const flow = useReactFlow();
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
                const node = addNode(store, kind);
                say(store, m('palette.added', { name: node.label ?? node.id }));
                requestAnimationFrame(() => void flow.fitView({ maxZoom: 1, padding: 0.2, duration: 0 }));
              }}
            >
              <span className="sb-glyph" aria-hidden="true">
                {KIND_GLYPH[kind]}
              </span>
              <span>{m(`kind.${kind}`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
