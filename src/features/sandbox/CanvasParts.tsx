import { memo, useMemo } from 'react';
import { BaseEdge, EdgeLabelRenderer, Handle, Position, type Edge, type EdgeProps, type Node, type NodeProps } from '@xyflow/react';
import type { DiagramNode } from '@/content/diagramSchema';
import { AwsIcon } from '@/ui/AwsIcon';
import { boxOf, NODE_HEIGHT, NODE_WIDTH } from './geometry';
import { KIND_ICON } from './kinds';
import { routeEdge } from './routing';
import { useSandbox } from './store';

export type FlowMark = 'active' | 'failed' | 'done';

export type AwsNodeData = {
  node: DiagramNode;
  kindName: string;
  problem?: 'error' | 'warning';
  flow?: FlowMark;
  /** Tap-to-connect: this node is where the connection starts. */
  connectSource?: boolean;
};
export type AwsNode = Node<AwsNodeData, 'aws'>;

export type AwsEdgeData = { problem?: 'error' | 'warning'; flow?: FlowMark; animate: boolean };
export type AwsEdge = Edge<AwsEdgeData, 'aws'>;

function Marker({ problem }: { problem: 'error' | 'warning' | undefined }) {
  if (!problem) return null;
  return (
    <span className={`sb-marker sb-marker-${problem}`} aria-hidden="true">
      {problem === 'error' ? '!' : '?'}
    </span>
  );
}

/** A resource on the canvas: its AWS icon, its name and its kind, at the fixed size layout and routing use. */
export const AwsNodeView = memo(function AwsNodeView({ data, selected }: NodeProps<AwsNode>) {
  const { node, kindName, problem, flow, connectSource } = data;
  const classes = ['sb-node', `sb-kind-${node.kind}`, problem && `sb-has-${problem}`, flow && `sb-flow-${flow}`, selected && 'sb-selected', connectSource && 'sb-connect-source'];
  return (
    <div className={classes.filter(Boolean).join(' ')} style={{ width: NODE_WIDTH, height: NODE_HEIGHT }}>
      <Handle type="target" position={Position.Left} />
      <AwsIcon icon={KIND_ICON[node.kind]} size={28} className="sb-node-icon" />
      <span className="sb-node-text">
        <span className="sb-node-label">{node.label ?? node.id}</span>
        <span className="sb-node-kind">{kindName}</span>
      </span>
      <Marker problem={problem} />
      <Handle type="source" position={Position.Right} />
    </div>
  );
});

type Boxes = ReadonlyMap<string, ReturnType<typeof boxOf>>;
let lastBoxes: { key: string; boxes: Boxes } | undefined;
const boxesOfNodes = new WeakMap<readonly DiagramNode[], Boxes>();

/**
 * Every node's box, the same object for as long as no box moves: an edit to a node's settings (which the
 * engine grades again) does not route every connection again, only a change of where boxes are does.
 */
function boxesOf(nodes: readonly DiagramNode[]): Boxes {
  let boxes = boxesOfNodes.get(nodes);
  if (boxes) return boxes;
  const key = nodes.map((n) => `${n.id}:${n.position?.x ?? 0}:${n.position?.y ?? 0}`).join(',');
  if (lastBoxes?.key !== key) lastBoxes = { key, boxes: new Map(nodes.map((n) => [n.id, boxOf(n)])) };
  boxes = lastBoxes.boxes;
  boxesOfNodes.set(nodes, boxes);
  return boxes;
}

/** A connection, routed around every box between its ends (routing.ts). */
export const AwsEdgeView = memo(function AwsEdgeView(props: EdgeProps<AwsEdge>) {
  const { id, source, target, data, markerEnd, selected } = props;
  const boxes = useSandbox((s) => boxesOf(s.diagram.nodes));
  const route = useMemo(() => {
    const a = boxes.get(source);
    const b = boxes.get(target);
    if (!a || !b) return undefined;
    const others = [...boxes].flatMap(([nodeId, box]) => (nodeId !== source && nodeId !== target ? [box] : []));
    return routeEdge({ x: a.x + a.w, y: a.y + a.h / 2 }, { x: b.x, y: b.y + b.h / 2 }, others, [a, b]);
  }, [boxes, source, target]);
  if (!route) return null;
  const classes = ['sb-edge', data?.problem && `sb-edge-${data.problem}`, data?.flow && `sb-edge-flow-${data.flow}`, selected && 'sb-edge-selected'];
  return (
    <>
      <BaseEdge id={id} path={route.path} className={classes.filter(Boolean).join(' ')} interactionWidth={24} {...(markerEnd ? { markerEnd } : {})} />
      {data?.flow === 'active' && data.animate && (
        <circle r="6" className="sb-dot" aria-hidden="true">
          <animateMotion dur="1s" repeatCount="indefinite" path={route.path} />
        </circle>
      )}
      {data?.problem && (
        <EdgeLabelRenderer>
          <div className="sb-edge-label nodrag nopan" style={{ transform: `translate(-50%, -50%) translate(${route.label.x}px, ${route.label.y}px)` }} aria-hidden="true">
            <Marker problem={data.problem} />
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

export const nodeTypes = { aws: AwsNodeView };
export const edgeTypes = { aws: AwsEdgeView };
