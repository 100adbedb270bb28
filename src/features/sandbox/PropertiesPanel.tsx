import { useId, useState } from 'react';
import type { DiagramNode } from '@/content/diagramSchema';
import { canConnect } from '@/engine/architecture';
import { ExplainPanel } from './ExplainPanel';
import { FIELDS, LABEL_FIELD } from './fields';
import { useLocale } from '@/ui/i18n';
import { useMessages } from './messages';
import { NodeField } from './NodeFields';
import { connect, removeSelection, say, select, useSandbox, useSandboxStore } from './store';

/** "Connect to…": draws an edge from the selected node without a mouse; refusals give the engine's reason. */
function ConnectMenu({ node }: { node: DiagramNode }) {
  const m = useMessages();
  const locale = useLocale();
  const store = useSandboxStore();
  const diagram = useSandbox((s) => s.diagram);
  const id = useId();
  const [target, setTarget] = useState('');
  const others = diagram.nodes.filter((n) => n.id !== node.id);
  const name = node.label ?? node.id;
  const go = () => {
    const t = diagram.nodes.find((n) => n.id === target);
    if (!t) return;
    const result = canConnect(diagram, node.id, t.id, locale);
    if (!result.ok) return say(store, m('canvas.refused', { reason: result.reason }), 'alert');
    connect(store, node.id, t.id);
    setTarget('');
    const names = { source: name, target: t.label ?? t.id };
    if (result.verdict === 'valid') say(store, m('canvas.connected', names));
    else say(store, m('canvas.flagged', { ...names, reason: result.explanation }), 'alert');
  };
  return (
    <div className="sb-connect">
      <h3 id={`${id}-h`}>{m('connect.title')}</h3>
      <div className="sb-row">
        <label htmlFor={id} className="visually-hidden">
          {m('connect.target', { name })}
        </label>
        <select id={id} value={target} onChange={(e) => setTarget(e.target.value)} aria-describedby={`${id}-h`}>
          <option value="">{m('connect.choose')}</option>
          {others.map((n) => {
            const ok = canConnect(diagram, node.id, n.id).ok;
            return (
              <option key={n.id} value={n.id}>
                {`${n.label ?? n.id} (${m(`kind.${n.kind}`)})${ok ? '' : ` — ${m('connect.impossible')}`}`}
              </option>
            );
          })}
        </select>
        <button type="button" className="button secondary" onClick={go} disabled={!target}>
          {m('connect.button')}
        </button>
      </div>
    </div>
  );
}

export function PropertiesPanel({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const m = useMessages();
  const store = useSandboxStore();
  const selection = useSandbox((s) => s.selection);
  const diagram = useSandbox((s) => s.diagram);
  const H = `h${headingLevel}` as const;
  const titleId = useId();
  const node = selection?.type === 'node' ? diagram.nodes.find((n) => n.id === selection.id) : undefined;
  const edge = selection?.type === 'edge' ? diagram.edges.find((e) => e.id === selection.id) : undefined;
  const del = (
    <button
      type="button"
      className="button danger"
      onClick={() => {
        removeSelection(store);
        say(store, m('canvas.deleted'));
      }}
    >
      {m('delete')}
    </button>
  );
  return (
    <section className="sb-panel" aria-labelledby={titleId}>
      <H id={titleId} tabIndex={-1} data-props-title>
        {edge ? m('explain.title') : m('props.title')}
      </H>
      {!node && !edge && <p className="muted">{m('props.none')}</p>}
      {node && (
        <>
          <p className="sb-subtitle">{m('props.of', { kind: m(`kind.${node.kind}`), name: node.label ?? node.id })}</p>
          <div className="sb-fields" key={node.id}>
            <NodeField node={node} spec={LABEL_FIELD} />
            {FIELDS[node.kind].map((spec) => (
              <NodeField key={spec.path} node={node} spec={spec} />
            ))}
          </div>
          <ConnectMenu key={`c-${node.id}`} node={node} />
          <div className="sb-row">{del}</div>
        </>
      )}
      {edge && (
        <>
          <ExplainPanel edgeId={edge.id} />
          <div className="sb-row">
            <button type="button" className="button secondary" onClick={() => select(store, { type: 'node', id: edge.source })}>
              {m('outline.select', { name: diagram.nodes.find((n) => n.id === edge.source)?.label ?? edge.source })}
            </button>
            {del}
          </div>
        </>
      )}
    </section>
  );
}
