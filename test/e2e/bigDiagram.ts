import { readFileSync } from 'node:fs';

/**
 * A large diagram for the sandbox journeys: the upload challenge's reference solution copied `copies`
 * times side by side (9 nodes and 9 connections each), every task role lacking dynamodb:PutItem, so each
 * copy has a problem to report.
 */
export function bigDiagram(copies = 17) {
  const solution = JSON.parse(readFileSync('content/challenges/s3-upload-runs-task.json', 'utf8')).referenceSolution as {
    nodes: { id: string; position: { x: number; y: number }; props: Record<string, unknown> }[];
    edges: { id: string; source: string; target: string }[];
  };
  const nodes = [];
  const edges = [];
  for (let k = 0; k < copies; k++) {
    const dx = (k % 4) * 1400;
    const dy = Math.floor(k / 4) * 600;
    for (const n of solution.nodes) {
      const props = n.id === 'task-role' ? { ...n.props, actions: ['s3:GetObject'] } : n.props;
      nodes.push({ ...n, id: `${n.id}-${k}`, position: { x: n.position.x + dx, y: n.position.y + dy }, props });
    }
    for (const e of solution.edges) edges.push({ ...e, id: `${e.id}-${k}`, source: `${e.source}-${k}`, target: `${e.target}-${k}` });
  }
  return { schemaVersion: 1, nodes, edges };
}
