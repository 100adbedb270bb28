import { lazy, Suspense, useId, useState } from 'react';
import type { DiagramNode } from '@/content/diagramSchema';
import { canConnect } from '@/engine/architecture';
import { useHost } from './host';
import { useConnect } from './useConnect';
import { ExplainPanel } from './ExplainPanel';
import { useLocale } from '@/ui/i18n';
import { useMessages } from './messages';
import { singleEdge, singleNode, useEditor, useSandbox } from './store';

const NodeSettings = lazy(() => import('./NodeSettings'));

/** "Connect to…": draws an edge from the selected node without a mouse; refusals give the engine's reason. */
function ConnectMenu({ node }: { node: DiagramNode }) {
  const m = useMessages();
  const locale = useLocale();
  const editor = useEditor();
  const announce = useConnect();
  const diagram = useSandbox((s) => s.diagram);
  const id = useId();
  const [target, setTarget] = useState('');
  const others = diagram.nodes.filter((n) => n.id !== node.id);
  const name = node.label ?? node.id;
  const go = () => {
    if (!target) return;
    const outcome = editor.connect(node.id, target, locale);
    if (outcome.ok) setTarget('');
    announce(outcome);
    // The menu stays with the node the learner is working on.
    editor.select({ nodes: [node.id], edges: [] });
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
  const editor = useEditor();
  const host = useHost();
  const nodeId = useSandbox(singleNode);
  const edgeId = useSandbox(singleEdge);
  const diagram = useSandbox((s) => s.diagram);
  const H = `h${headingLevel}` as const;
  const titleId = useId();
  const node = nodeId ? diagram.nodes.find((n) => n.id === nodeId) : undefined;
  const edge = edgeId ? diagram.edges.find((e) => e.id === edgeId) : undefined;
  const del = (
    <button type="button" className="button danger" onClick={() => void host.run('delete')}>
      {m('delete')}
    </button>
  );
  return (
    <section className="sb-panel" aria-labelledby={titleId}>
      <H id={titleId} tabIndex={-1} data-props-title>
        {edge ? m('explain.title') : m('props.title')}
      </H>
      {!node && !edge && (
        <>
          <p className="muted">{m('props.none')}</p>
          <p className="muted">{m('lead')}</p>
        </>
      )}
      {node && (
        <>
          <p className="sb-subtitle">{m('props.of', { kind: m(`kind.${node.kind}`), name: node.label ?? node.id })}</p>
          <Suspense fallback={<p className="muted sb-fields-loading">{m('props.loading')}</p>}>
            <NodeSettings node={node} />
          </Suspense>
          <ConnectMenu key={`c-${node.id}`} node={node} />
          <div className="sb-row">{del}</div>
        </>
      )}
      {edge && (
        <>
          <ExplainPanel edgeId={edge.id} />
          <div className="sb-row">
            <button type="button" className="button secondary" onClick={() => editor.select({ nodes: [edge.source], edges: [] })}>
              {m('outline.select', { name: diagram.nodes.find((n) => n.id === edge.source)?.label ?? edge.source })}
            </button>
            {del}
          </div>
        </>
      )}
    </section>
  );
}
