import { useCallback, useMemo, useRef, useState, type DragEvent } from 'react';
import { Background, Controls, MarkerType, ReactFlow, useReactFlow, type AriaLabelConfig, type Connection, type Edge, type EdgeChange, type NodeChange } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { NODE_KINDS, type NodeKind } from '@/content/diagramSchema';
import { canConnect } from '@/engine/architecture';
import { edgeTypes, nodeTypes, type AwsEdge, type AwsNode, type FlowMark } from './CanvasParts';
import { problemMap, useFindings, usePrefersReducedMotion } from './grading';
import { useLocale } from '@/ui/i18n';
import { useMessages } from './messages';
import { addNode, connect, moveNodes, removeElements, say, select, useSandbox, useSandboxStore } from './store';

export const DRAG_TYPE = 'application/x-sandbox-kind';

/** Flow marks per node and edge id: hops already shown are done, the last one active or failed. */
function useFlowMarks(): Map<string, FlowMark> {
  const flow = useSandbox((s) => s.flow);
  return useMemo(() => {
    const marks = new Map<string, FlowMark>();
    if (!flow) return marks;
    const shown = flow.result.hops.slice(0, flow.shown);
    shown.forEach((hop, i) => {
      const last = i === shown.length - 1;
      const mark: FlowMark = !hop.ok ? 'failed' : last ? 'active' : 'done';
      if (hop.edgeId) marks.set(hop.edgeId, mark);
      if (!hop.ok || last || !marks.has(hop.nodeId)) marks.set(hop.nodeId, hop.ok && !last ? 'done' : mark);
    });
    return marks;
  }, [flow]);
}

/** React Flow's own screen reader texts, in the learner's language. */
function useAriaLabels(): Partial<AriaLabelConfig> {
  const m = useMessages();
  return useMemo(() => {
    const directions: Record<string, string> = { up: m('a11y.up'), down: m('a11y.down'), left: m('a11y.left'), right: m('a11y.right') };
    return {
      'node.a11yDescription.default': m('a11y.node'),
      'node.a11yDescription.keyboardDisabled': m('a11y.node'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) => m('a11y.moved', { direction: directions[direction] ?? direction, x: Math.round(x), y: Math.round(y) }),
      'edge.a11yDescription.default': m('a11y.edge'),
      'controls.ariaLabel': m('a11y.controls'),
      'controls.zoomIn.ariaLabel': m('a11y.zoomIn'),
      'controls.zoomOut.ariaLabel': m('a11y.zoomOut'),
      'controls.fitView.ariaLabel': m('fit'),
      'controls.interactive.ariaLabel': m('a11y.interactive'),
      'minimap.ariaLabel': m('a11y.minimap'),
      'handle.ariaLabel': m('a11y.handle'),
    };
  }, [m]);
}

/** The current hop's caption over the canvas, where the learner is looking (the flow panel announces it). */
function FlowCaption() {
  const m = useMessages();
  const flow = useSandbox((s) => s.flow);
  const hop = flow ? flow.result.hops[flow.shown - 1] : undefined;
  if (!flow || !hop) return null;
  return (
    <p className={hop.ok ? 'sb-caption' : 'sb-caption sb-caption-failed'} aria-hidden="true">
      {m('flow.caption', { n: hop.index + 1, total: flow.result.hops.length, action: hop.action, caption: hop.caption })}
      {hop.error && <strong className="sb-caption-error">{hop.error}</strong>}
    </p>
  );
}

export function Canvas({ compact = false }: { compact?: boolean }) {
  const ariaLabelConfig = useAriaLabels();
  const m = useMessages();
  const locale = useLocale();
  const store = useSandboxStore();
  const diagram = useSandbox((s) => s.diagram);
  const selection = useSandbox((s) => s.selection);
  const findings = useFindings();
  const marks = useFlowMarks();
  const reducedMotion = usePrefersReducedMotion();
  const { screenToFlowPosition } = useReactFlow();
  const [drag, setDrag] = useState<ReadonlyMap<string, { x: number; y: number }>>(new Map());
  const [measured, setMeasured] = useState<ReadonlyMap<string, { width: number; height: number }>>(new Map());
  const lastRefusal = useRef('');

  const problems = useMemo(() => problemMap(findings), [findings]);
  const nodes = useMemo<AwsNode[]>(
    () =>
      diagram.nodes.map((n) => {
        const size = measured.get(n.id);
        const problem = problems.get(n.id);
        const flow = marks.get(n.id);
        return {
          id: n.id,
          type: 'aws' as const,
          position: drag.get(n.id) ?? n.position ?? { x: 0, y: 0 },
          data: { node: n, kindName: m(`kind.${n.kind}`), ...(problem ? { problem } : {}), ...(flow ? { flow } : {}) },
          selected: selection?.type === 'node' && selection.id === n.id,
          ariaLabel: `${n.label ?? n.id}, ${m(`kind.${n.kind}`)}`,
          ...(size ? { measured: size } : {}),
        };
      }),
    [diagram, problems, marks, drag, selection, m, measured],
  );
  const labels = useMemo(() => new Map(diagram.nodes.map((n) => [n.id, n.label ?? n.id])), [diagram]);
  const edges = useMemo<AwsEdge[]>(
    () =>
      diagram.edges.map((e) => {
        const problem = problems.get(e.id);
        const flow = marks.get(e.id);
        return {
          id: e.id,
          source: e.source,
          target: e.target,
          type: 'aws' as const,
          markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
          selected: selection?.type === 'edge' && selection.id === e.id,
          ariaLabel: `${labels.get(e.source) ?? e.source} → ${labels.get(e.target) ?? e.target}`,
          data: { animate: !reducedMotion, ...(problem ? { problem } : {}), ...(flow ? { flow } : {}) },
        };
      }),
    [diagram, problems, marks, selection, labels, reducedMotion],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<AwsNode>[]) => {
      const sizes = new Map<string, { width: number; height: number }>();
      const moving = new Map<string, { x: number; y: number }>();
      const dropped = new Map<string, { x: number; y: number }>();
      for (const c of changes) {
        if (c.type === 'dimensions' && c.dimensions) {
          sizes.set(c.id, c.dimensions);
        } else if (c.type === 'position' && c.position) {
          (c.dragging ? moving : dropped).set(c.id, c.position);
        } else if (c.type === 'select' && c.selected) {
          select(store, { type: 'node', id: c.id });
        }
      }
      if (sizes.size) setMeasured((prev) => new Map([...prev, ...sizes]));
      if (moving.size) setDrag((d) => new Map([...d, ...moving]));
      const ended = changes.some((c) => c.type === 'position' && !c.dragging);
      if (ended) {
        setDrag((d) => {
          for (const [id, p] of d) if (!dropped.has(id)) dropped.set(id, p);
          return new Map();
        });
        if (dropped.size) moveNodes(store, dropped, null);
      }
    },
    [store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<AwsEdge>[]) => {
      for (const c of changes) if (c.type === 'select' && c.selected) select(store, { type: 'edge', id: c.id });
    },
    [store],
  );

  const isValidConnection = useCallback(
    (c: Connection | Edge) => {
      const result = canConnect(store.getState().diagram, c.source, c.target, locale);
      if (!result.ok && lastRefusal.current !== result.reason) {
        lastRefusal.current = result.reason;
        say(store, m('canvas.refused', { reason: result.reason }), 'alert');
      }
      return result.ok;
    },
    [store, m, locale],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      lastRefusal.current = '';
      const { diagram: d } = store.getState();
      const result = canConnect(d, c.source, c.target, locale);
      if (!result.ok) return say(store, m('canvas.refused', { reason: result.reason }), 'alert');
      const edge = connect(store, c.source, c.target);
      select(store, { type: 'edge', id: edge.id });
      const names = { source: labels.get(c.source) ?? c.source, target: labels.get(c.target) ?? c.target };
      if (result.verdict === 'valid') say(store, m('canvas.connected', names));
      else say(store, m('canvas.flagged', { ...names, reason: result.explanation }), 'alert');
    },
    [store, m, labels, locale],
  );

  const onDrop = (event: DragEvent) => {
    const kind = event.dataTransfer.getData(DRAG_TYPE) as NodeKind;
    if (!NODE_KINDS.includes(kind)) return;
    event.preventDefault();
    const p = screenToFlowPosition({ x: event.clientX, y: event.clientY });
    const node = addNode(store, kind, { x: Math.round(p.x - 80), y: Math.round(p.y - 30) });
    say(store, m('palette.added', { name: node.label ?? node.id }));
  };

  return (
    <div className="sb-canvas" onDrop={onDrop} onDragOver={(e) => e.dataTransfer.types.includes(DRAG_TYPE) && e.preventDefault()}>
      <ReactFlow<AwsNode, AwsEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onConnectEnd={() => (lastRefusal.current = '')}
        isValidConnection={isValidConnection}
        onDelete={({ nodes: ns, edges: es }) => {
          removeElements(store, ns.map((n) => n.id), es.map((e) => e.id));
          say(store, m('canvas.deleted'));
        }}
        onPaneClick={() => select(store, null)}
        deleteKeyCode={['Delete', 'Backspace']}
        fitView
        fitViewOptions={{ maxZoom: 1, padding: 0.2 }}
        minZoom={0.2}
        maxZoom={2}
        proOptions={{ hideAttribution: true }}
        aria-label={m('canvas.label')}
        ariaLabelConfig={ariaLabelConfig}
        {...(compact ? { panOnScroll: false, zoomOnScroll: false, preventScrolling: false } : {})}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
      {diagram.nodes.length === 0 && <p className="sb-empty">{m('canvas.empty')}</p>}
      <FlowCaption />
    </div>
  );
}
