import { describe, expect, it } from 'vitest';
import { challengeSchema } from '@/content/challengeSchema';
import { canConnect, explainEdge, generatePolicies, gradeDiagram, passes } from '@/engine/architecture';
import { diagram, e, fargateService, fargateTask, n, role } from './fixtures';

/** S3 upload → EventBridge → Fargate task → S3 / DynamoDB, drawn correctly. */
const uploadPipeline = () =>
  diagram(
    [
      n('bucket', 's3', { bucketName: 'uploads', eventBridgeNotifications: true }),
      n('rule', 'eventbridge-rule', { eventPattern: { source: ['aws.s3'], 'detail-type': ['Object Created'] } }),
      fargateTask('worker'),
      n('table', 'dynamodb', { tableName: 'results' }),
      role('eb-role', 'eventbridge', ['ecs:RunTask', 'iam:PassRole']),
      { id: 'task-role', kind: 'iam-role', props: { roleName: 'worker-task', purpose: 'task', actions: ['s3:GetObject', 'dynamodb:PutItem'] } },
    ],
    [e('e1', 'bucket', 'rule'), e('e2', 'rule', 'worker'), e('e3', 'worker', 'bucket'), e('e4', 'worker', 'table'), e('r1', 'eb-role', 'rule'), e('r2', 'task-role', 'worker')],
  );

describe('gradeDiagram', () => {
  it('finds nothing wrong in a correct pipeline', () => {
    const f = gradeDiagram(uploadPipeline());
    expect(f).toEqual([]);
    expect(passes(f)).toBe(true);
  });

  it('names the node and the edge of a missing permission', () => {
    const d = uploadPipeline();
    const tr = d.nodes.find((x) => x.id === 'task-role');
    if (tr?.kind !== 'iam-role') throw new Error('fixture');
    tr.props.actions = ['s3:GetObject'];
    const f = gradeDiagram(d);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', code: 'missing-permission', nodeId: 'task-role', edgeId: 'e4' });
    expect(f[0]?.message).toContain('dynamodb:PutItem');
    expect(passes(f)).toBe(false);
  });

  it('flags Fargate tasks outside awsvpc mode', () => {
    const f = gradeDiagram(diagram([fargateTask('t', { networkMode: 'bridge' })], []));
    expect(f.map((x) => [x.code, x.nodeId])).toEqual([['missing-config', 't']]);
  });

  it('flags a second task role on one task definition', () => {
    const d = diagram([fargateTask('t'), role('a', 'task', []), role('b', 'task', [])], [e('r1', 'a', 't'), e('r2', 'b', 't')]);
    expect(gradeDiagram(d).map((x) => [x.code, x.edgeId])).toEqual([['invalid-connection', 'r2']]);
  });

  it('grades against a challenge: missing connections, forbidden ones and required properties', () => {
    const challenge = challengeSchema.parse({
      id: 'mini',
      title: 'Mini challenge',
      goal: 'Write results from the worker to the table.',
      startingNodes: [{ id: 'table', kind: 'dynamodb', props: {} }],
      requiredConnections: [{ source: 'ecs-task', target: 'dynamodb', why: 'the task writes results' }],
      forbiddenConnections: [{ source: 'ecs-task', target: 's3', why: 'no reading in this one' }],
      requiredProperties: [{ type: 'role-actions', kind: 'ecs-task', role: 'task', actions: ['dynamodb:BatchWriteItem'], message: 'Allow batch writes.' }],
      hints: ['Draw the task to the table.'],
      referenceSolution: { schemaVersion: 1, nodes: [{ id: 'table', kind: 'dynamodb' }], edges: [] },
      references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html'],
    });
    const f = gradeDiagram(uploadPipeline(), challenge).filter((x) => x.code === 'challenge-unmet');
    expect(f.map((x) => x.edgeId ?? x.nodeId ?? x.message)).toEqual(['e3', 'Allow batch writes.']);
  });
});

describe('explainEdge', () => {
  it('explains a RunTask target: meaning, requirements and the statements it adds', () => {
    const x = explainEdge(uploadPipeline(), 'e2');
    expect(x?.verdict).toBe('valid');
    expect(x?.integration).toMatch(/RunTask/);
    expect(x?.docUrl).toBe('https://docs.aws.amazon.com/AmazonECS/latest/developerguide/CWE_IAM_role.html');
    expect(x?.requires.join(' ')).toMatch(/ecs:RunTask/);
    const perms = x?.policies.find((p) => p.id === 'permissions:eb-role');
    expect(perms?.document.Statement).toEqual([
      { Sid: 'Stmt1', Effect: 'Allow', Action: 'ecs:RunTask', Resource: 'arn:aws:ecs:us-east-1:111122223333:task-definition/worker:*' },
      { Sid: 'Stmt2', Effect: 'Allow', Action: 'iam:PassRole', Resource: 'arn:aws:iam::111122223333:role/worker-task' },
    ]);
  });

  it('explains why an invalid connection fails and requires nothing', () => {
    const d = diagram([n('b', 's3'), fargateTask()], [e('x', 'b', 'task')]);
    const x = explainEdge(d, 'x');
    expect(x?.verdict).toBe('invalid');
    expect(x?.meaning).toMatch(/not a file system/);
    expect(x?.requires).toEqual([]);
  });

  it('returns undefined for an unknown edge', () => {
    expect(explainEdge(uploadPipeline(), 'nope')).toBeUndefined();
  });
});

describe('generatePolicies', () => {
  it('emits trust and least-privilege permission policies per role, and topic policies, in a stable order', () => {
    const d = diagram(
      [
        fargateService('web'),
        n('rule', 'eventbridge-rule', { eventPattern: { source: ['aws.ecs'], 'detail-type': ['ECS Task State Change'] } }),
        n('topic', 'sns', { topicName: 'alerts' }),
        n('bucket', 's3', { bucketName: 'reports' }),
        role('tr', 'task', ['s3:ListBucket', 's3:GetObject']),
      ],
      [e('e1', 'web', 'rule'), e('e2', 'rule', 'topic'), e('e3', 'web', 'bucket', ['s3:ListBucket', 's3:GetObject']), e('r', 'tr', 'web')],
    );
    const policies = generatePolicies(d);
    expect(policies.map((p) => p.id)).toEqual(['trust:tr', 'permissions:tr', 'resource:topic']);
    expect(policies[0]?.document.Statement).toEqual([{ Sid: 'Stmt1', Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }]);
    expect(policies[1]?.document.Statement).toEqual([
      { Sid: 'Stmt1', Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::reports' },
      { Sid: 'Stmt2', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' },
    ]);
    expect(policies[2]?.document.Statement).toEqual([
      {
        Sid: 'Stmt1',
        Effect: 'Allow',
        Principal: { Service: 'events.amazonaws.com' },
        Action: 'sns:Publish',
        Resource: 'arn:aws:sns:us-east-1:111122223333:alerts',
        Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:events:us-east-1:111122223333:rule/rule' } },
      },
    ]);
    expect(JSON.stringify(generatePolicies(d))).toBe(JSON.stringify(policies));
  });

  it('describes a role that is needed but not drawn, with iam:PassRole limited to ECS tasks', () => {
    const d = diagram([n('sched', 'eventbridge-schedule', { scheduleExpression: 'rate(1 hour)' }), fargateTask('job')], [e('x', 'sched', 'job')]);
    const p = generatePolicies(d);
    expect(p.map((x) => [x.id, x.nodeId])).toEqual([
      ['trust:sched.scheduler', 'sched'],
      ['permissions:sched.scheduler', 'sched'],
    ]);
    expect(p[0]?.document.Statement[0]?.Principal).toEqual({ Service: 'scheduler.amazonaws.com' });
    expect(p[1]?.document.Statement[0]).toEqual({
      Sid: 'Stmt1',
      Effect: 'Allow',
      Action: 'iam:PassRole',
      Resource: '*',
      Condition: { StringLike: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } },
    });
  });
});

describe('canConnect', () => {
  const d = diagram([n('lb', 'alb'), n('q', 'sqs'), fargateService('svc'), n('table', 'dynamodb')], [e('x', 'lb', 'svc')]);

  it('allows pairs with a rule, even invalid ones, and reports their verdict', () => {
    expect(canConnect(d, 'lb', 'q')).toMatchObject({ ok: true, verdict: 'invalid' });
    expect(canConnect(d, 'svc', 'table')).toMatchObject({ ok: true, verdict: 'valid' });
  });

  it('refuses pairs with no AWS integration, suggesting the reverse direction when one exists', () => {
    const r = canConnect(d, 'table', 'svc');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^No AWS integration connects a DynamoDB table to an ECS service\./);
    const rev = canConnect(d, 'svc', 'lb');
    if (rev.ok) throw new Error('expected a refusal');
    expect(rev.reason).toMatch(/did you mean to connect the Application Load Balancer to the ECS service/);
  });

  it('refuses self-loops, duplicates and unknown nodes', () => {
    expect(canConnect(d, 'svc', 'svc').ok).toBe(false);
    expect(canConnect(d, 'lb', 'svc').ok).toBe(false);
    expect(canConnect(d, 'ghost', 'svc').ok).toBe(false);
  });
});
