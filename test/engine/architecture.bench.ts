import { bench, describe } from 'vitest';
import { diagramSchema, type Diagram } from '@/content/diagramSchema';
import { gradeDiagram } from '@/engine/architecture';

/**
 * 200 nodes and 400 edges: 25 copies of an 8-node pipeline (bucket → rule → task → table / queue → service,
 * with roles), plus cross links between copies. Grading it must take at most 5 ms (median).
 */
function bigDiagram(): Diagram {
  const nodes: unknown[] = [];
  const edges: unknown[] = [];
  const edge = (source: string, target: string) => edges.push({ id: `e${edges.length}`, source, target });
  for (let i = 0; i < 25; i++) {
    const p = (s: string) => `${s}${i}`;
    nodes.push(
      { id: p('b'), kind: 's3', props: { eventBridgeNotifications: true } },
      { id: p('r'), kind: 'eventbridge-rule', props: { eventPattern: { source: ['aws.s3'] } } },
      { id: p('t'), kind: 'ecs-task', props: { launchType: 'FARGATE' } },
      { id: p('d'), kind: 'dynamodb' },
      { id: p('q'), kind: 'sqs' },
      { id: p('s'), kind: 'ecs-service', props: { launchType: 'FARGATE', containerPort: 80 } },
      { id: p('er'), kind: 'iam-role', props: { purpose: 'eventbridge', actions: ['ecs:RunTask', 'iam:PassRole'] } },
      { id: p('tr'), kind: 'iam-role', props: { purpose: 'task', actions: ['s3:GetObject', 'dynamodb:PutItem', 'sqs:*'] } },
    );
    edge(p('b'), p('r'));
    edge(p('r'), p('t'));
    edge(p('t'), p('b'));
    edge(p('t'), p('d'));
    edge(p('t'), p('q'));
    edge(p('q'), p('s'));
    edge(p('er'), p('r'));
    edge(p('tr'), p('t'));
    edge(p('tr'), p('s'));
  }
  for (let i = 0; edges.length < 400; i++) {
    const a = i % 25;
    const b = (i * 7 + 3) % 25;
    const k = i % 3;
    if (k === 0) edge(`t${a}`, `d${b}`);
    else if (k === 1) edge(`s${a}`, `q${b}`);
    else edge(`t${a}`, `q${b === a ? (b + 1) % 25 : b}`);
  }
  return diagramSchema.parse({ schemaVersion: 1, nodes, edges });
}

const d = bigDiagram();
if (d.nodes.length !== 200 || d.edges.length !== 400) throw new Error(`expected 200/400, got ${d.nodes.length}/${d.edges.length}`);

describe('architecture grading', () => {
  bench('gradeDiagram on 200 nodes / 400 edges', () => {
    gradeDiagram(d);
  });
});
