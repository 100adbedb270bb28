import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChallenge, type Challenge } from '@/content/challengeSchema';
import type { Diagram } from '@/content/diagramSchema';
import { canConnect, edgeStatus, explainEdge, gradeDiagram, runFlow } from '@/engine/architecture';
// The rules' Korean sentences load apart from the engine; these tests read them.
import '@/engine/architecture/ko/index';
import { withParticle } from '@/engine/architecture/names';

function load(id: string): Challenge {
  const r = parseChallenge(id, readFileSync(`content/challenges/${id}.json`, 'utf8'));
  if (!r.challenge) throw new Error(id);
  return r.challenge;
}

const upload = load('s3-upload-runs-task');
const start = (c: Challenge): Diagram => ({ schemaVersion: 1, nodes: structuredClone(c.startingNodes), edges: [] });
const messages = (d: Diagram, options = {}, locale: 'en' | 'ko' = 'en') => gradeDiagram(d, upload, locale, options).map((f) => f.message);

describe('messages name kinds as people do', () => {
  it('asks to connect "the S3 bucket" (the only one) to "an EventBridge rule" (not drawn yet)', () => {
    expect(messages(start(upload))).toContain('Connect the S3 bucket to an EventBridge rule: the bucket reports new objects to EventBridge');
    // Two tasks on the canvas: which one is not known, so "an ECS task".
    const d = start(upload);
    for (const id of ['t1', 't2']) d.nodes.push({ id, kind: 'ecs-task', props: { launchType: 'FARGATE', networkMode: 'awsvpc' } });
    expect(messages(d)).toContain('Connect an ECS task to the DynamoDB table: the task writes the result to the table');
  });

  it('writes Korean with the particle each name takes', () => {
    expect(messages(start(upload), {}, 'ko')).toContain('S3 버킷을 EventBridge 규칙에 연결하세요: 버킷이 새 객체를 EventBridge에 알립니다');
    expect(messages(start(upload), {}, 'ko')).toContain('ECS 태스크를 DynamoDB 테이블에 연결하세요: 태스크가 결과를 테이블에 씁니다');
    expect(withParticle('ECS 태스크', '이')).toBe('ECS 태스크가');
    expect(withParticle('S3 버킷', '으로')).toBe('S3 버킷으로');
    expect(withParticle('IAM 역할', '으로')).toBe('IAM 역할로');
    expect(withParticle('photos', '을')).toBe('photos을(를)');
  });

  it('refuses a connection with no integration in the words of the resources', () => {
    const r = canConnect(start(upload), 'photos', 'uploads', 'ko');
    expect(r.ok ? '' : r.reason).toBe('DynamoDB 테이블에서 S3 버킷으로 가는 AWS 통합이 없습니다.');
  });
});

describe('a check does not hand over the solution before the hints are used', () => {
  it('sums up the unmet goal without naming its parts, and names them when revealed', () => {
    const hidden = gradeDiagram(start(upload), upload, 'en', { reveal: false }).filter((f) => f.code === 'challenge-unmet');
    expect(hidden).toHaveLength(1);
    expect(hidden[0]).toMatchObject({ parts: 8, message: 'The goal is not met yet: 4 connections and 4 settings are still missing. The hints lead to them one at a time.' });
    expect(hidden[0]?.message).not.toMatch(/EventBridge|DynamoDB|Fargate|RunTask/);
    const ko = gradeDiagram(start(upload), upload, 'ko', { reveal: false }).find((f) => f.code === 'challenge-unmet');
    expect(ko?.message).toContain('연결 4개와 설정 4개가 빠져 있습니다');
    expect(gradeDiagram(start(upload), upload, 'en', { reveal: true }).filter((f) => f.code === 'challenge-unmet')).toHaveLength(8);
  });

  it('grades what the learner drew (a forbidden connection) even before the goal is checked', () => {
    const d = start(upload);
    d.nodes.push({ id: 'task', kind: 'ecs-task', label: 'resize', props: { launchType: 'FARGATE', networkMode: 'awsvpc' } });
    d.edges.push({ id: 'mount', source: 'uploads', target: 'task' });
    const early = gradeDiagram(d, upload, 'en', { goal: false }).filter((f) => f.code === 'challenge-unmet');
    expect(early).toEqual([
      expect.objectContaining({
        edgeId: 'mount',
        message: 'Remove the connection from the S3 bucket “photo-uploads” to the ECS task “resize”: a plain bucket cannot be mounted as a task volume; read the object with GetObject',
      }),
    ]);
  });
});

describe('one verdict per connection', () => {
  /** The reference solution without dynamodb:PutItem on the task role. */
  const missingWrite = (): Diagram => {
    const d = structuredClone(upload.referenceSolution);
    for (const n of d.nodes) if (n.id === 'task-role' && n.kind === 'iam-role') n.props.actions = ['s3:GetObject'];
    return d;
  };

  it('calls a valid rule that AWS would refuse as drawn "fails", and the run stops on that very connection', () => {
    const d = missingWrite();
    const findings = gradeDiagram(d, upload);
    expect(explainEdge(d, 'e5')?.verdict).toBe('valid');
    expect(edgeStatus('valid', findings, 'e5')).toBe('fails');
    expect(runFlow(d).failure?.edgeId).toBe('e5');
    // Connections with nothing against them work, and the run passes through them.
    expect(edgeStatus('valid', findings, 'e2')).toBe('valid');
  });

  it('tells a connection AWS accepts but the challenge forbids from one AWS refuses', () => {
    // Sending users straight to the service's tasks works in AWS (discouraged); this challenge forbids it.
    const alb = load('alb-fargate-service');
    const d = structuredClone(alb.referenceSolution);
    const users = d.nodes.find((n) => n.kind === 'internet');
    const service = d.nodes.find((n) => n.kind === 'ecs-service');
    if (!users || !service) throw new Error('fixture');
    d.edges.push({ id: 'direct', source: users.id, target: service.id });
    const findings = gradeDiagram(d, alb);
    expect(explainEdge(d, 'direct')?.verdict).toBe('anti-pattern');
    expect(edgeStatus('anti-pattern', findings, 'direct')).toBe('against-goal');
    expect(runFlow(d).hops.some((h) => h.edgeId === 'direct' && !h.ok)).toBe(false);
  });

  it('does not narrate a failing hop as if it happened', () => {
    const d = structuredClone(upload.referenceSolution);
    for (const n of d.nodes) if (n.kind === 's3') n.props.eventBridgeNotifications = false;
    const hop = runFlow(d).hops.find((h) => !h.ok);
    expect(hop?.edgeId).toBe('e2');
    expect(hop?.caption).toBe('photo-uploads → on-upload stops here');
    expect(hop?.caption).not.toMatch(/matches/);
    expect(hop?.error).toMatch(/^No event/);
  });
});
