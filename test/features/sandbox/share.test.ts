import { describe, expect, it } from 'vitest';
import { decodeDiagram, encodeDiagram } from '@/features/sandbox/share';
import type { Diagram } from '@/content/diagramSchema';

const diagram: Diagram = {
  schemaVersion: 1,
  nodes: [
    { id: 'q', kind: 'sqs', label: 'jobs', position: { x: 1, y: 2 }, props: { fifo: false } },
    { id: 'svc', kind: 'ecs-service', props: { launchType: 'FARGATE', networkMode: 'awsvpc', desiredCount: 2, scaling: { policy: 'none', minCapacity: 1, maxCapacity: 1 } } },
  ],
  edges: [{ id: 'e1', source: 'q', target: 'svc' }],
};

describe('share links', () => {
  it('round-trips a diagram through the URL-safe compressed form', async () => {
    const payload = await encodeDiagram(diagram);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect((await decodeDiagram(payload)).diagram).toEqual(diagram);
  });

  it('explains a damaged link instead of opening it', async () => {
    const payload = await encodeDiagram(diagram);
    const result = await decodeDiagram(payload.slice(0, payload.length / 2));
    expect(result.diagram).toBeUndefined();
    expect(result.issues[0]?.message).toMatch(/damaged|diagram/);
  });
});
