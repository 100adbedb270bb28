import { describe, expect, it } from 'vitest';
import { runFlow } from '@/engine/architecture';
import { diagram, e, fargateTask, n, role } from './fixtures';

const pipeline = (taskActions: string[], notifications = true) =>
  diagram(
    [
      n('users', 'internet'),
      n('bucket', 's3', { eventBridgeNotifications: notifications }),
      n('rule', 'eventbridge-rule', { eventPattern: { source: ['aws.s3'], 'detail-type': ['Object Created'] } }),
      fargateTask('worker'),
      n('table', 'dynamodb'),
      n('repo', 'ecr'),
      role('eb-role', 'eventbridge', ['ecs:RunTask', 'iam:PassRole']),
      role('task-role', 'task', taskActions),
      role('exec-role', 'execution', ['ecr:GetAuthorizationToken', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer']),
    ],
    [
      e('e1', 'users', 'bucket'),
      e('e2', 'bucket', 'rule'),
      e('e3', 'rule', 'worker'),
      e('e4', 'worker', 'bucket'),
      e('e5', 'worker', 'table'),
      e('r1', 'eb-role', 'rule'),
      e('r2', 'task-role', 'worker'),
      e('r3', 'exec-role', 'worker'),
      e('p1', 'repo', 'worker'),
    ],
  );

describe('runFlow', () => {
  it('narrates an upload from the client to the DynamoDB write, in order', () => {
    const r = runFlow(pipeline(['s3:GetObject', 'dynamodb:PutItem']));
    expect(r.ok).toBe(true);
    expect(r.startNodeId).toBe('users');
    expect(r.hops.map((h) => h.action)).toEqual(['Client', 'PutObject', 'Object Created', 'RunTask', 'Pull image', 'Start', 'GetObject', 'PutItem']);
    expect(r.hops.map((h) => h.edgeId ?? null)).toEqual([null, 'e1', 'e2', 'e3', 'p1', null, 'e4', 'e5']);
    expect(r.hops.every((h, i) => h.index === i && h.ok)).toBe(true);
  });

  it('stops at the first hop AWS would refuse and names the role that lacks the permission', () => {
    const r = runFlow(pipeline(['dynamodb:PutItem']));
    expect(r.ok).toBe(false);
    expect(r.hops.at(-1)).toMatchObject({ action: 'GetObject', edgeId: 'e4', ok: false, nodeId: 'task-role' });
    expect(r.failure).toEqual({ nodeId: 'task-role', edgeId: 'e4', error: 'AccessDenied: the task role lacks s3:GetObject' });
    expect(r.hops.some((h) => h.action === 'PutItem')).toBe(false);
  });

  it('stops before the rule when the bucket does not send events to EventBridge', () => {
    const r = runFlow(pipeline(['s3:GetObject', 'dynamodb:PutItem'], false));
    expect(r.hops.map((h) => h.action)).toEqual(['Client', 'PutObject', 'Object Created']);
    expect(r.failure?.nodeId).toBe('bucket');
    expect(r.failure?.error).toMatch(/does not send notifications to EventBridge/);
  });

  it('starts from the node the caller names', () => {
    const r = runFlow(pipeline(['s3:GetObject', 'dynamodb:PutItem']), 'rule');
    expect(r.hops.map((h) => h.action)).toEqual(['Start', 'RunTask', 'Pull image', 'Start', 'GetObject', 'PutItem']);
  });

  it('reports an unknown start node and an empty diagram', () => {
    expect(runFlow(pipeline([]), 'ghost')).toEqual({ hops: [], ok: false, failure: { error: 'No node with id "ghost".' } });
    expect(runFlow(diagram([], [])).failure?.error).toBe('The diagram is empty.');
  });

  it('fails a Fargate task whose execution role cannot pull from ECR', () => {
    const d = diagram([n('repo', 'ecr'), fargateTask('t')], [e('p', 'repo', 't')]);
    const r = runFlow(d);
    expect(r.failure).toMatchObject({ edgeId: 'p', nodeId: 't' });
    expect(r.failure?.error).toMatch(/^AccessDenied: t has no task execution role/);
  });

  it('ends a task-stopped alert with the email to the subscriber', () => {
    const d = diagram(
      [
        n('svc', 'ecs-service', { launchType: 'FARGATE' }),
        n('rule', 'eventbridge-rule', { eventPattern: { source: ['aws.ecs'], 'detail-type': ['ECS Task State Change'], detail: { lastStatus: ['STOPPED'] } } }),
        n('topic', 'sns', { emailSubscription: 'admin@example.com' }),
      ],
      [e('a', 'svc', 'rule'), e('b', 'rule', 'topic')],
    );
    const r = runFlow(d);
    expect(r.hops.map((h) => h.action)).toEqual(['Service runs', 'Start', 'ECS Task State Change', 'Publish', 'Email']);
    expect(r.hops.at(-1)?.caption).toContain('admin@example.com');
  });
});
