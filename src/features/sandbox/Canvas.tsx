import { useCallback, useEffect, useMemo, useRef, type CSSProperties, type DragEvent } from 'react';
import { Background, Controls, MarkerType, MiniMap, ReactFlow, useReactFlow, useStore, type Connection, type Edge, type EdgeChange, type NodeChange } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { NodeKind } from '@/content/diagramSchema';
import { canConnect } from '@/engine/architecture';
import { useLocale } from '@/ui/i18n';
import { useAriaLabels } from './canvasAria';
import { edgeTypes, nodeTypes, type AwsEdge, type AwsNode, type FlowMark } from './CanvasParts';
import { NOTHING } from './editor';
import { NODE_KINDS } from './kinds';
import { NODE_HEIGHT, NODE_WIDTH } from './geometry';
import { problemMap, useFindings, usePrefersReducedMotion } from './grading';
import { GradingStatus } from './GradingStatus';
import { useHost } from './host';
import { useMessages } from './messages';
import { useConnect } from './useConnect';
import { useEditor, useSandbox } from './store';

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

function arrowColour(problem: 'error' | 'warning' | undefined, flow: FlowMark | undefined): string {
  if (flow === 'failed') return 'var(--danger)';
  if (flow === 'active') return 'var(--accent)';
  if (flow === 'done') return 'var(--ok)';
  if (problem === 'error') return 'var(--danger)';
  if (problem === 'warning') return 'var(--warn-border)';
  return 'var(--muted)';
}

/** The current hop's caption over the canvas, where the learner (or a room) is looking. */
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

/**
 * The diagram on a React Flow canvas. React Flow reports changes; the editor decides what they mean:
 * a drag is one gesture (one undo step, cancelled by Escape), selection is the editor's, and every way of
 * connecting (handle drag, tap-to-connect, the connect menu) goes through `editor.connect`.
 */
export function Canvas({ compact = false, helpId }: { compact?: boolean; helpId?: string }) {
  const ariaLabelConfig = useAriaLabels();
  const m = useMessages();
  const locale = useLocale();
  const editor = useEditor();
  const host = useHost();
  const diagram = useSandbox((s) => s.diagram);
  const selection = useSandbox((s) => s.selection);
  const connectFrom = useSandbox((s) => s.connecting?.source ?? null);
  const connecting = useSandbox((s) => s.connecting !== null);
  const presenter = useSandbox((s) => s.presenter);
  const findings = useFindings();
  const marks = useFlowMarks();
  const reducedMotion = usePrefersReducedMotion();
  const { screenToFlowPosition } = useReactFlow();
  const lastRefusal = useRef('');
  const announceConnect = useConnect();
  // Handles keep a 44 px touch target on screen as the canvas zooms out (sandbox.css divides by the zoom).
  const zoom = useStore((s) => s.transform[2]);

  const problems = useMemo(() => problemMap(findings), [findings]);
  const selectedNodes = useMemo(() => new Set(selection.nodes), [selection]);
  const selectedEdges = useMemo(() => new Set(selection.edges), [selection]);
  const nodes = useMemo<AwsNode[]>(
    () =>
      diagram.nodes.map((n) => {
        const problem = problems.get(n.id);
        const flow = marks.get(n.id);
        const kindName = m(`kind.${n.kind}`);
        return {
          id: n.id,
          type: 'aws' as const,
          position: n.position ?? { x: 0, y: 0 },
          data: { node: n, kindName, ...(problem ? { problem } : {}), ...(flow ? { flow } : {}), ...(connectFrom === n.id ? { connectSource: true } : {}) },
          selected: selectedNodes.has(n.id),
          // Every node has the one size layout and routing use; saying so spares measuring (the map, exports).
          width: NODE_WIDTH,
          height: NODE_HEIGHT,
          measured: { width: NODE_WIDTH, height: NODE_HEIGHT },
          ariaLabel: `${n.label ?? n.id}, ${kindName}${connectFrom === n.id ? `, ${m('connect.from')}` : ''}`,
        };
      }),
    [diagram, problems, marks, selectedNodes, m, connectFrom],
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
          // The arrowhead takes the colour of its edge: a problem, a hop of the run, or plain.
          markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18, color: arrowColour(problem, flow) },
          selected: selectedEdges.has(e.id),
          ariaLabel: `${labels.get(e.source) ?? e.source} → ${labels.get(e.target) ?? e.target}`,
          data: { animate: !reducedMotion, ...(problem ? { problem } : {}), ...(flow ? { flow } : {}) },
        };
      }),
    [diagram, problems, marks, selectedEdges, labels, reducedMotion],
  );

  // A new document, or the presenter view (bigger canvas, bigger zoom), is fitted once it has its size.
  const opened = useSandbox((s) => s.opened);
  useEffect(() => {
    requestAnimationFrame(() => host.fit({ animate: false }));
  }, [presenter, opened, host]);

  /** Applies React Flow's select changes to the editor's selection, for nodes or edges. */
  const applySelect = useCallback(
    (changes: readonly { type: string; id?: string; selected?: boolean }[], kind: 'nodes' | 'edges') => {
      const picks = changes.filter((c): c is { type: 'select'; id: string; selected: boolean } => c.type === 'select' && typeof c.id === 'string');
      if (!picks.length) return;
      const now = new Set(editor.state.selection[kind]);
      for (const c of picks) {
        if (c.selected) now.add(c.id);
        else now.delete(c.id);
      }
      const other = kind === 'nodes' ? 'edges' : 'nodes';
      // Picking something alone (a click) drops the selection of the other kind.
      const keepOther = picks.some((c) => c.selected) && now.size > 1 ? editor.state.selection[other] : picks.some((c) => c.selected) ? [] : editor.state.selection[other];
      const next = { ...NOTHING, [kind]: [...now], [other]: keepOther };
      editor.select(next);
      if (next.nodes.length + next.edges.length === 1 && editor.state.panel !== 'run') editor.showPanel('properties');
    },
    [editor],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<AwsNode>[]) => {
      const moving = new Map<string, { x: number; y: number }>();
      for (const c of changes) if (c.type === 'position' && c.position) moving.set(c.id, { x: Math.round(c.position.x), y: Math.round(c.position.y) });
      // Moves belong to a drag gesture; after Escape cancelled it, the rest of the drag is ignored.
      if (moving.size && editor.state.gesture) editor.dragTo(moving);
      applySelect(changes, 'nodes');
    },
    [editor, applySelect],
  );

  const onEdgesChange = useCallback((changes: EdgeChange<AwsEdge>[]) => applySelect(changes, 'edges'), [applySelect]);

  const isValidConnection = useCallback(
    (c: Connection | Edge) => {
      const result = canConnect(editor.diagram, c.source, c.target, locale);
      if (!result.ok && lastRefusal.current !== result.reason) {
        lastRefusal.current = result.reason;
        editor.say(m('canvas.refused', { reason: result.reason }), 'alert');
      }
      return result.ok;
    },
    [editor, m, locale],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      lastRefusal.current = '';
      announceConnect(editor.connect(c.source, c.target, locale));
    },
    [editor, locale, announceConnect],
  );

  const onDrop = (event: DragEvent) => {
    const kind = event.dataTransfer.getData(DRAG_TYPE) as NodeKind;
    if (!NODE_KINDS.includes(kind)) return;
    event.preventDefault();
    const p = screenToFlowPosition({ x: event.clientX, y: event.clientY });
    const node = editor.addNode(kind, { x: Math.round(p.x - 96), y: Math.round(p.y - 32) });
    editor.say(m('palette.added', { name: node.label ?? node.id }));
  };

  return (
    <div
      className={connecting ? 'sb-canvas sb-connecting' : 'sb-canvas'}
      tabIndex={-1}
      aria-describedby={helpId}
      style={{ '--sb-zoom': zoom } as CSSProperties}
      onDrop={onDrop}
      onDragOver={(e) => e.dataTransfer.types.includes(DRAG_TYPE) && e.preventDefault()}
    >
      <ReactFlow<AwsNode, AwsEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStart={() => editor.beginDrag()}
        onNodeDragStop={() => editor.endDrag()}
        onNodeClick={(_, node) => {
          const outcome = editor.tap(node.id, locale);
          if (!outcome) return;
          if ('phase' in outcome) editor.say(outcome.phase === 'source' ? m('connect.pickTarget', { name: labels.get(node.id) ?? node.id }) : m('connect.released'));
          else announceConnect(outcome);
        }}
        onConnect={onConnect}
        onConnectEnd={() => (lastRefusal.current = '')}
        isValidConnection={isValidConnection}
        elementsSelectable={!connecting}
        // In tap-to-connect mode a tap anywhere on a node counts; the handles step aside.
        nodesConnectable={!connecting}
        onPaneClick={() => editor.select(NOTHING)}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Meta', 'Control']}
        minZoom={0.2}
        maxZoom={2.5}
        proOptions={{ hideAttribution: true }}
        aria-label={m('canvas.label')}
        ariaLabelConfig={ariaLabelConfig}
        onInit={() => host.fit({ animate: false })}
        {...(compact ? { panOnScroll: false, zoomOnScroll: false, preventScrolling: false } : { panOnScroll: true, zoomOnScroll: false })}
      >
        <Background />
        <Controls showInteractive={false} showFitView={false} />
        {/* A diagram larger than the view at a readable zoom is scrolled, not shrunk: the map shows where the rest is. */}
        {!compact && <MiniMap pannable zoomable ariaLabel={m('a11y.minimap')} style={{ width: 168, height: 112 }} />}
      </ReactFlow>
      {diagram.nodes.length === 0 && <p className="sb-empty">{m('canvas.empty')}</p>}
      <FlowCaption />
      <GradingStatus />
    </div>
  );
}
