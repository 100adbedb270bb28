import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChallenge, type Challenge } from '@/content/challengeSchema';
import type { Diagram } from '@/content/diagramSchema';
import { canConnect, explainEdge, generatePolicies, gradeDiagram, runFlow, type Finding, type FlowResult } from '@/engine/architecture';
// The rules' Korean sentences load apart from the engine; these tests read them.
import '@/engine/architecture/ko/index';
import { diagram, e, n } from './fixtures';

const HANGUL = /[\uAC00-\uD7A3]/;

/** Settings that change verdicts and requirements, a few per kind (kept valid for the schema). */
const VARIANTS: Record<string, Record<string, unknown>[]> = {
  internet: [{}],
  s3: [{}, { eventBridgeNotifications: true }, { s3FilesFileSystem: true }],
  'eventbridge-rule': [
    { eventPattern: { source: ['aws.s3'], 'detail-type': ['Object Created'] } },
    { eventPattern: { source: ['aws.ecs'], 'detail-type': ['ECS Task State Change'] } },
    { eventPattern: { source: ['my.app'] }, eventBus: 'custom' },
  ],
  'eventbridge-schedule': [{ scheduleExpression: 'rate(1 hour)' }, { scheduleExpression: 'cron(0 * * * ? *)', service: 'scheduled-rule' }],
  'ecs-service': [
    { launchType: 'FARGATE', containerPort: 80 },
    { launchType: 'FARGATE', networkMode: 'bridge' },
    { launchType: 'EC2', networkMode: 'bridge', containerPort: 80, hostPort: 80, scaling: { policy: 'step', minCapacity: 1, maxCapacity: 4 } },
  ],
  'ecs-task': [{ launchType: 'FARGATE' }, { launchType: 'EC2', networkMode: 'bridge' }],
  alb: [{}, { targetType: 'ip' }, { loadBalancerType: 'classic' }, { loadBalancerType: 'network', listener: { protocol: 'HTTP', port: 80 } }],
  sqs: [{}, { fifo: true }],
  sns: [{}, { emailSubscription: 'admin@example.com' }],
  dynamodb: [{}],
  efs: [{}, { transitEncryption: true, iamAuthorization: true }],
  ecr: [{}],
  'cloudwatch-alarm': [{}, { metricName: 'CPUUtilization' }],
  'iam-role': [
    { purpose: 'task', actions: ['s3:GetObject', 'ecr:BatchGetImage'] },
    { purpose: 'execution', actions: ['ecr:GetAuthorizationToken', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] },
    { purpose: 'eventbridge', actions: ['ecs:RunTask'] },
    { purpose: 'scheduler', actions: [] },
    { purpose: 'codebuild', actions: ['ecr:*'] },
  ],
};
const NODE_CHOICES = Object.entries(VARIANTS).flatMap(([kind, list]) => list.map((props) => ({ kind, props })));

/** A diagram of 1–7 nodes with any edges between them, valid or not. */
const diagramArb: fc.Arbitrary<Diagram> = fc
  .array(fc.constantFrom(...NODE_CHOICES), { minLength: 1, maxLength: 7 })
  .chain((nodes) =>
    fc
      .uniqueArray(fc.tuple(fc.nat(nodes.length - 1), fc.nat(nodes.length - 1)), { maxLength: 10, selector: ([s, t]) => `${s}>${t}` })
      .map((pairs) =>
        diagram(
          nodes.map((c, i) => n(`n${i}`, c.kind, c.props)),
          pairs.filter(([s, t]) => s !== t).map(([s, t], i) => e(`e${i}`, `n${s}`, `n${t}`)),
        ),
      ),
  );

const withoutMessage = ({ message: _message, ...rest }: Finding) => rest;
const flowShape = (r: FlowResult) => ({
  ok: r.ok,
  startNodeId: r.startNodeId,
  failure: r.failure && { nodeId: r.failure.nodeId, edgeId: r.failure.edgeId },
  hops: r.hops.map((h) => ({ index: h.index, nodeId: h.nodeId, edgeId: h.edgeId, ok: h.ok, failed: h.error !== undefined })),
});

/** Korean grading and flow make the same decisions as English, only in other words. */
function expectParity(d: Diagram, challenge?: Challenge) {
  const en = gradeDiagram(d, challenge, 'en');
  const ko = gradeDiagram(d, challenge, 'ko');
  expect(ko.map(withoutMessage)).toEqual(en.map(withoutMessage));
  for (const f of ko) expect(f.message).toMatch(HANGUL);
  expect(gradeDiagram(d, challenge)).toEqual(en);

  const flowEn = runFlow(d, undefined, 'en');
  const flowKo = runFlow(d, undefined, 'ko');
  expect(flowShape(flowKo)).toEqual(flowShape(flowEn));
  expect(runFlow(d)).toEqual(flowEn);
  for (const h of flowKo.hops) {
    // A hop over a connection no rule knows is captioned "source → target" in both languages.
    if (h.action !== '연결') expect(h.caption).toMatch(HANGUL);
    // ECS's own error text is quoted verbatim, as the console shows it.
    if (h.error && !h.error.startsWith('ClientException:')) expect(h.error).toMatch(HANGUL);
  }

  for (const edge of d.edges) {
    const a = explainEdge(d, edge.id, 'en');
    const b = explainEdge(d, edge.id, 'ko');
    expect(b?.verdict).toBe(a?.verdict);
    expect(b?.docUrl).toBe(a?.docUrl);
    expect(b?.requires.length).toBe(a?.requires.length);
    expect(b?.findings.map(withoutMessage)).toEqual(a?.findings.map(withoutMessage));
    expect(b?.policies.map((p) => [p.id, p.kind, p.nodeId, p.document])).toEqual(a?.policies.map((p) => [p.id, p.kind, p.nodeId, p.document]));
    expect(b?.meaning).toMatch(HANGUL);
  }
  const policy = (p: ReturnType<typeof generatePolicies>[number]) => [p.id, p.kind, p.nodeId, p.document];
  expect(generatePolicies(d, 'ko').map(policy)).toEqual(generatePolicies(d, 'en').map(policy));
}

describe('Korean and English make the same decisions', () => {
  it('for arbitrary diagrams: findings, flows, explanations and policies match except for wording', () => {
    fc.assert(
      fc.property(diagramArb, (d) => expectParity(d)),
      { numRuns: 300, seed: 20261122 },
    );
  });

  it('for arbitrary pairs of nodes: canConnect allows and refuses the same connections', () => {
    fc.assert(
      fc.property(diagramArb, fc.nat(6), fc.nat(6), (d, a, b) => {
        const s = `n${a % d.nodes.length}`;
        const t = `n${b % d.nodes.length}`;
        const en = canConnect(d, s, t, 'en');
        const ko = canConnect(d, s, t, 'ko');
        expect(ko.ok).toBe(en.ok);
        if (ko.ok && en.ok) expect([ko.rule.id, ko.verdict]).toEqual([en.rule.id, en.verdict]);
        expect(ko.ok ? ko.explanation : ko.reason).toMatch(HANGUL);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  const dir = path.resolve('content/challenges');
  const challenges = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => parseChallenge(f, readFileSync(path.join(dir, f), 'utf8')).challenge)
    .filter((c): c is Challenge => c !== undefined);

  it.each(challenges.map((c) => [c.id, c] as const))('for challenge %s: its reference solution and its starting canvas', (_id, c) => {
    expectParity(c.referenceSolution, c);
    // The starting canvas misses most of the goal, so the challenge's own texts are graded too.
    const start: Diagram = { schemaVersion: 1, nodes: structuredClone(c.startingNodes), edges: [] };
    expectParity(start, c);
    expect(gradeDiagram(start, c, 'ko').filter((f) => f.code === 'challenge-unmet').length).toBeGreaterThan(0);
  });
});
