import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, Handle, Position, type Edge, type EdgeProps, type Node, type NodeProps } from '@xyflow/react';
import type { DiagramNode } from '@/content/diagramSchema';
import { KIND_GLYPH } from './kinds';

export type FlowMark = 'active' | 'failed' | 'done';

export type AwsNodeData = {
  node: DiagramNode;
  kindName: string;
  problem?: 'error' | 'warning';
  flow?: FlowMark;
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

export const AwsNodeView = memo(function AwsNodeView({ data, selected }: NodeProps<AwsNode>) {
  const { node, kindName, problem, flow } = data;
  const classes = ['sb-node', `sb-kind-${node.kind}`, problem && `sb-has-${problem}`, flow && `sb-flow-${flow}`, selected && 'sb-selected'];
  return (
    <div className={classes.filter(Boolean).join(' ')}>
      <Handle type="target" position={Position.Left} />
      <span className="sb-glyph" aria-hidden="true">
        {KIND_GLYPH[node.kind]}
      </span>
      <span className="sb-node-text">
        <span className="sb-node-label">{node.label ?? node.id}</span>
        <span className="sb-node-kind">{kindName}</span>
      </span>
      <Marker problem={problem} />
      <Handle type="source" position={Position.Right} />
    </div>
  );
});

export const AwsEdgeView = memo(function AwsEdgeView(props: EdgeProps<AwsEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd, selected } = props;
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const classes = ['sb-edge', data?.problem && `sb-edge-${data.problem}`, data?.flow && `sb-edge-flow-${data.flow}`, selected && 'sb-edge-selected'];
  return (
    <>
      <BaseEdge id={id} path={path} className={classes.filter(Boolean).join(' ')} {...(markerEnd ? { markerEnd } : {})} />
      {data?.flow === 'active' && data.animate && (
        <circle r="6" className="sb-dot" aria-hidden="true">
          <animateMotion dur="1s" repeatCount="indefinite" path={path} />
        </circle>
      )}
      {data?.problem && (
        <EdgeLabelRenderer>
          <div className="sb-edge-label nodrag nopan" style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }} aria-hidden="true">
            <Marker problem={data.problem} />
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

export const nodeTypes = { aws: AwsNodeView };
export const edgeTypes = { aws: AwsEdgeView };
