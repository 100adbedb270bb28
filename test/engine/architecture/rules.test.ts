import { describe, expect, it } from 'vitest';
import { CONNECTION_RULES, explainEdge, gradeDiagram } from '@/engine/architecture';
import { diagram, e, fargateService, fargateTask, n, role } from './fixtures';

type Case = {
  name: string;
  rule: string;
  nodes: Parameters<typeof diagram>[0];
  edges: Parameters<typeof diagram>[1];
  verdict: 'valid' | 'anti-pattern' | 'invalid';
  codes: string[];
};

const s3ToRule = (bucket: Record<string, unknown>, pattern: Record<string, unknown>, bus?: string): Case['nodes'] => [
  n('bucket', 's3', bucket),
  n('rule', 'eventbridge-rule', { eventPattern: pattern, ...(bus ? { eventBus: bus } : {}) }),
];
const ebRole = role('eb-role', 'eventbridge', ['ecs:RunTask', 'iam:PassRole']);
const runTaskEdges = [e('x', 'rule', 'task'), e('r', 'eb-role', 'rule')];
const ecsPattern = { source: ['aws.ecs'], 'detail-type': ['ECS Task State Change'] };
const alb = (props: Record<string, unknown>) => n('lb', 'alb', props);

/** Expected verdicts and finding codes come from the AWS documentation cited by each rule. */
const CASES: Case[] = [
  { name: 'clients upload objects', rule: 'internet-uploads-to-s3', nodes: [n('net', 'internet'), n('bucket', 's3')], edges: [e('x', 'net', 'bucket')], verdict: 'valid', codes: [] },
  { name: 'bucket with EventBridge on, rule for Object Created', rule: 's3-events-to-rule', nodes: s3ToRule({ eventBridgeNotifications: true }, { source: ['aws.s3'], 'detail-type': ['Object Created'] }), edges: [e('x', 'bucket', 'rule')], verdict: 'valid', codes: [] },
  { name: 'bucket without EventBridge notifications sends nothing', rule: 's3-events-to-rule', nodes: s3ToRule({}, { source: ['aws.s3'] }), edges: [e('x', 'bucket', 'rule')], verdict: 'valid', codes: ['missing-config'] },
  { name: 'a pattern without detail-type still matches uploads', rule: 's3-events-to-rule', nodes: s3ToRule({ eventBridgeNotifications: true }, { source: ['aws.s3'] }), edges: [e('x', 'bucket', 'rule')], verdict: 'valid', codes: [] },
  { name: 'a pattern for another source never matches S3 events', rule: 's3-events-to-rule', nodes: s3ToRule({ eventBridgeNotifications: true }, { source: ['aws.ecs'] }), edges: [e('x', 'bucket', 'rule')], verdict: 'valid', codes: ['missing-config'] },
  { name: 'S3 events only reach the default bus', rule: 's3-events-to-rule', nodes: s3ToRule({ eventBridgeNotifications: true }, { source: ['aws.s3'] }, 'orders-bus'), edges: [e('x', 'bucket', 'rule')], verdict: 'valid', codes: ['missing-config'] },
  { name: 'bucket notification to a queue', rule: 's3-notifies-sqs', nodes: [n('bucket', 's3'), n('q', 'sqs')], edges: [e('x', 'bucket', 'q')], verdict: 'valid', codes: [] },
  { name: 'bucket notification to a FIFO queue', rule: 's3-notifies-sqs', nodes: [n('bucket', 's3'), n('q', 'sqs', { fifo: true })], edges: [e('x', 'bucket', 'q')], verdict: 'invalid', codes: ['invalid-connection'] },
  { name: 'bucket notification to a topic', rule: 's3-notifies-sns', nodes: [n('bucket', 's3'), n('topic', 'sns')], edges: [e('x', 'bucket', 'topic')], verdict: 'valid', codes: [] },
  { name: 'rule runs a task with ecs:RunTask and iam:PassRole', rule: 'rule-runs-task', nodes: [n('rule', 'eventbridge-rule', { eventPattern: { source: ['aws.s3'] } }), fargateTask(), ebRole], edges: runTaskEdges, verdict: 'valid', codes: [] },
  { name: 'rule without a role cannot run the task', rule: 'rule-runs-task', nodes: [n('rule', 'eventbridge-rule', { eventPattern: { source: ['aws.s3'] } }), fargateTask()], edges: [e('x', 'rule', 'task')], verdict: 'valid', codes: ['missing-permission', 'missing-permission'] },
  { name: 'rule role without iam:PassRole', rule: 'rule-runs-task', nodes: [n('rule', 'eventbridge-rule', { eventPattern: { source: ['aws.s3'] } }), fargateTask(), role('eb-role', 'eventbridge', ['ecs:RunTask'])], edges: runTaskEdges, verdict: 'valid', codes: ['missing-permission'] },
  { name: 'rule pointing at a service', rule: 'rule-targets-service', nodes: [n('rule', 'eventbridge-rule', { eventPattern: { source: ['aws.s3'] } }), fargateService()], edges: [e('x', 'rule', 'svc')], verdict: 'invalid', codes: ['invalid-connection'] },
  { name: 'EventBridge Scheduler runs a task hourly', rule: 'schedule-runs-task', nodes: [n('sched', 'eventbridge-schedule', { scheduleExpression: 'rate(1 hour)' }), fargateTask(), role('s-role', 'scheduler', ['ecs:RunTask', 'iam:PassRole'])], edges: [e('x', 'sched', 'task'), e('r', 's-role', 'sched')], verdict: 'valid', codes: [] },
  { name: 'a scheduled rule cannot assume a Scheduler role', rule: 'schedule-runs-task', nodes: [n('sched', 'eventbridge-schedule', { scheduleExpression: 'cron(0 * * * ? *)', service: 'scheduled-rule' }), fargateTask(), role('s-role', 'scheduler', ['ecs:RunTask', 'iam:PassRole'])], edges: [e('x', 'sched', 'task'), e('r', 's-role', 'sched')], verdict: 'valid', codes: ['invalid-connection', 'missing-permission', 'missing-permission'] },
  { name: 'schedule driving a service', rule: 'schedule-targets-service', nodes: [n('sched', 'eventbridge-schedule', { scheduleExpression: 'rate(5 minutes)' }), fargateService()], edges: [e('x', 'sched', 'svc')], verdict: 'anti-pattern', codes: ['antipattern'] },
  { name: 'rule publishes to a topic', rule: 'rule-publishes-to-sns', nodes: [n('rule', 'eventbridge-rule', { eventPattern: { source: ['aws.ecs'] } }), n('topic', 'sns')], edges: [e('x', 'rule', 'topic')], verdict: 'valid', codes: [] },
  { name: 'rule sends to a queue', rule: 'rule-sends-to-sqs', nodes: [n('rule', 'eventbridge-rule', { eventPattern: { source: ['aws.ecs'] } }), n('q', 'sqs')], edges: [e('x', 'rule', 'q')], verdict: 'valid', codes: [] },
  { name: 'task state changes reach a matching rule', rule: 'ecs-task-state-change-to-rule', nodes: [fargateTask(), n('rule', 'eventbridge-rule', { eventPattern: ecsPattern })], edges: [e('x', 'task', 'rule')], verdict: 'valid', codes: [] },
  { name: 'task state change with an S3 pattern', rule: 'ecs-task-state-change-to-rule', nodes: [fargateTask(), n('rule', 'eventbridge-rule', { eventPattern: { source: ['aws.s3'] } })], edges: [e('x', 'task', 'rule')], verdict: 'valid', codes: ['missing-config'] },
  { name: 'service task state changes', rule: 'ecs-service-state-change-to-rule', nodes: [fargateService(), n('rule', 'eventbridge-rule', { eventPattern: ecsPattern })], edges: [e('x', 'svc', 'rule')], verdict: 'valid', codes: [] },
  { name: 'alarm on the queue backlog', rule: 'sqs-metric-to-alarm', nodes: [n('q', 'sqs'), n('alarm', 'cloudwatch-alarm')], edges: [e('x', 'q', 'alarm')], verdict: 'valid', codes: [] },
  { name: 'alarm on a metric SQS does not publish', rule: 'sqs-metric-to-alarm', nodes: [n('q', 'sqs'), n('alarm', 'cloudwatch-alarm', { metricName: 'CPUUtilization' })], edges: [e('x', 'q', 'alarm')], verdict: 'valid', codes: ['missing-config'] },
  { name: 'alarm on service CPU', rule: 'service-metric-to-alarm', nodes: [fargateService(), n('alarm', 'cloudwatch-alarm', { metricName: 'CPUUtilization' })], edges: [e('x', 'svc', 'alarm')], verdict: 'valid', codes: [] },
  { name: 'alarm invokes a step scaling policy', rule: 'alarm-scales-service', nodes: [n('alarm', 'cloudwatch-alarm'), fargateService('svc', { scaling: { policy: 'step', maxCapacity: 10 } })], edges: [e('x', 'alarm', 'svc')], verdict: 'valid', codes: [] },
  { name: 'alarm with no scaling policy to invoke', rule: 'alarm-scales-service', nodes: [n('alarm', 'cloudwatch-alarm'), fargateService()], edges: [e('x', 'alarm', 'svc')], verdict: 'valid', codes: ['missing-config', 'missing-config'] },
  { name: 'alarm scaling a standalone task', rule: 'alarm-scales-task', nodes: [n('alarm', 'cloudwatch-alarm'), fargateTask()], edges: [e('x', 'alarm', 'task')], verdict: 'invalid', codes: ['invalid-connection'] },
  { name: 'clients reach the load balancer', rule: 'internet-to-load-balancer', nodes: [n('net', 'internet'), alb({})], edges: [e('x', 'net', 'lb')], verdict: 'valid', codes: [] },
  { name: 'clients calling tasks directly', rule: 'internet-to-service', nodes: [n('net', 'internet'), fargateService()], edges: [e('x', 'net', 'svc')], verdict: 'anti-pattern', codes: ['antipattern'] },
  { name: 'ALB with ip targets in front of Fargate', rule: 'load-balancer-to-service', nodes: [alb({ targetType: 'ip' }), fargateService()], edges: [e('x', 'lb', 'svc')], verdict: 'valid', codes: [] },
  { name: 'instance targets cannot register awsvpc tasks', rule: 'load-balancer-to-service', nodes: [alb({ targetType: 'instance' }), fargateService()], edges: [e('x', 'lb', 'svc')], verdict: 'valid', codes: ['missing-config'] },
  { name: 'Classic Load Balancer in front of Fargate', rule: 'load-balancer-to-service', nodes: [alb({ loadBalancerType: 'classic', targetType: 'ip' }), fargateService()], edges: [e('x', 'lb', 'svc')], verdict: 'invalid', codes: ['invalid-connection'] },
  { name: 'Classic Load Balancer in front of EC2 bridge tasks', rule: 'load-balancer-to-service', nodes: [alb({ loadBalancerType: 'classic', listener: { protocol: 'HTTP', port: 80 } }), n('svc', 'ecs-service', { launchType: 'EC2', networkMode: 'bridge', containerPort: 80 })], edges: [e('x', 'lb', 'svc')], verdict: 'anti-pattern', codes: ['antipattern'] },
  { name: 'ALB with dynamic host ports on EC2', rule: 'load-balancer-to-service', nodes: [alb({}), n('svc', 'ecs-service', { launchType: 'EC2', networkMode: 'bridge', containerPort: 80, hostPort: 0 })], edges: [e('x', 'lb', 'svc')], verdict: 'valid', codes: [] },
  { name: 'fixed host port on EC2 behind an ALB', rule: 'load-balancer-to-service', nodes: [alb({}), n('svc', 'ecs-service', { launchType: 'EC2', networkMode: 'bridge', containerPort: 80, hostPort: 8080 })], edges: [e('x', 'lb', 'svc')], verdict: 'valid', codes: ['missing-config'] },
  { name: 'ip targets for bridge-mode tasks', rule: 'load-balancer-to-service', nodes: [alb({ targetType: 'ip' }), n('svc', 'ecs-service', { launchType: 'EC2', networkMode: 'bridge', containerPort: 80 })], edges: [e('x', 'lb', 'svc')], verdict: 'valid', codes: ['missing-config'] },
  { name: 'NLB with an HTTP listener', rule: 'load-balancer-to-service', nodes: [alb({ loadBalancerType: 'network', targetType: 'ip' }), fargateService()], edges: [e('x', 'lb', 'svc')], verdict: 'valid', codes: ['missing-config'] },
  { name: 'service without a container port', rule: 'load-balancer-to-service', nodes: [alb({ targetType: 'ip' }), n('svc', 'ecs-service', { launchType: 'FARGATE' })], edges: [e('x', 'lb', 'svc')], verdict: 'valid', codes: ['missing-config'] },
  { name: 'load balancer in front of a standalone task', rule: 'load-balancer-to-task', nodes: [alb({ targetType: 'ip' }), fargateTask()], edges: [e('x', 'lb', 'task')], verdict: 'anti-pattern', codes: ['antipattern'] },
  { name: 'load balancer forwarding to a queue', rule: 'load-balancer-to-queue', nodes: [alb({}), n('q', 'sqs')], edges: [e('x', 'lb', 'q')], verdict: 'invalid', codes: ['invalid-connection'] },
  { name: 'worker service polls the queue and scales', rule: 'queue-polled-by-service', nodes: [n('q', 'sqs'), fargateService('svc', { scaling: { policy: 'target-tracking', metric: 'sqs-backlog-per-task', maxCapacity: 5 } }), role('tr', 'task', ['sqs:ReceiveMessage', 'sqs:DeleteMessage'])], edges: [e('x', 'q', 'svc'), e('r', 'tr', 'svc')], verdict: 'valid', codes: [] },
  { name: 'worker service that never scales', rule: 'queue-polled-by-service', nodes: [n('q', 'sqs'), fargateService(), role('tr', 'task', ['sqs:*'])], edges: [e('x', 'q', 'svc'), e('r', 'tr', 'svc')], verdict: 'valid', codes: ['missing-config'] },
  { name: 'worker that cannot delete messages', rule: 'queue-polled-by-service', nodes: [n('q', 'sqs'), fargateService('svc', { scaling: { policy: 'step', maxCapacity: 5 } }), role('tr', 'task', ['sqs:ReceiveMessage'])], edges: [e('x', 'q', 'svc'), e('r', 'tr', 'svc')], verdict: 'valid', codes: ['missing-permission'] },
  { name: 'standalone task polling a queue', rule: 'queue-polled-by-task', nodes: [n('q', 'sqs'), fargateTask(), role('tr', 'task', ['sqs:ReceiveMessage', 'sqs:DeleteMessage'])], edges: [e('x', 'q', 'task'), e('r', 'tr', 'task')], verdict: 'anti-pattern', codes: ['antipattern'] },
  { name: 'task role attached to a task', rule: 'role-used-by-ecs-task', nodes: [role('tr', 'task', []), fargateTask()], edges: [e('x', 'tr', 'task')], verdict: 'valid', codes: [] },
  { name: 'EventBridge role attached to a task', rule: 'role-used-by-ecs-task', nodes: [role('tr', 'eventbridge', []), fargateTask()], edges: [e('x', 'tr', 'task')], verdict: 'invalid', codes: ['invalid-connection'] },
  { name: 'execution role attached to a service', rule: 'role-used-by-ecs-service', nodes: [role('er', 'execution', []), fargateService()], edges: [e('x', 'er', 'svc')], verdict: 'valid', codes: [] },
  { name: 'CodeBuild role attached to a service', rule: 'role-used-by-ecs-service', nodes: [role('cb', 'codebuild', []), fargateService()], edges: [e('x', 'cb', 'svc')], verdict: 'invalid', codes: ['invalid-connection'] },
  { name: 'EventBridge role on a rule', rule: 'role-used-by-rule', nodes: [role('r', 'eventbridge', []), n('rule', 'eventbridge-rule', { eventPattern: { source: ['aws.s3'] } })], edges: [e('x', 'r', 'rule')], verdict: 'valid', codes: [] },
  { name: 'Scheduler role on a rule', rule: 'role-used-by-rule', nodes: [role('r', 'scheduler', []), n('rule', 'eventbridge-rule', { eventPattern: { source: ['aws.s3'] } })], edges: [e('x', 'r', 'rule')], verdict: 'invalid', codes: ['invalid-connection'] },
  { name: 'task role on a schedule', rule: 'role-used-by-schedule', nodes: [role('r', 'task', []), n('sched', 'eventbridge-schedule', { scheduleExpression: 'rate(1 day)' })], edges: [e('x', 'r', 'sched')], verdict: 'invalid', codes: ['invalid-connection'] },
  { name: 'CodeBuild role pushes to the repository', rule: 'build-pushes-image', nodes: [role('cb', 'codebuild', ['ecr:GetAuthorizationToken', 'ecr:BatchCheckLayerAvailability', 'ecr:InitiateLayerUpload', 'ecr:UploadLayerPart', 'ecr:CompleteLayerUpload', 'ecr:PutImage']), n('repo', 'ecr')], edges: [e('x', 'cb', 'repo')], verdict: 'valid', codes: [] },
  { name: 'CodeBuild role without ecr:PutImage', rule: 'build-pushes-image', nodes: [role('cb', 'codebuild', ['ecr:GetAuthorizationToken', 'ecr:BatchCheckLayerAvailability', 'ecr:InitiateLayerUpload', 'ecr:UploadLayerPart', 'ecr:CompleteLayerUpload']), n('repo', 'ecr')], edges: [e('x', 'cb', 'repo')], verdict: 'valid', codes: ['missing-permission'] },
  { name: 'execution role drawn into the repository', rule: 'build-pushes-image', nodes: [role('er', 'execution', []), n('repo', 'ecr')], edges: [e('x', 'er', 'repo')], verdict: 'invalid', codes: ['invalid-connection'] },
  { name: 'Fargate task pulls with its execution role', rule: 'image-pulled-by-ecs-task', nodes: [n('repo', 'ecr'), fargateTask(), role('er', 'execution', ['ecr:GetAuthorizationToken', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'])], edges: [e('x', 'repo', 'task'), e('r', 'er', 'task')], verdict: 'valid', codes: [] },
  { name: 'Fargate task with no execution role', rule: 'image-pulled-by-ecs-task', nodes: [n('repo', 'ecr'), fargateTask()], edges: [e('x', 'repo', 'task')], verdict: 'valid', codes: ['missing-permission', 'missing-permission'] },
  { name: 'ECR pull permissions on the task role', rule: 'image-pulled-by-ecs-service', nodes: [n('repo', 'ecr'), fargateService(), role('tr', 'task', ['ecr:GetAuthorizationToken', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'])], edges: [e('x', 'repo', 'svc'), e('r', 'tr', 'svc')], verdict: 'valid', codes: ['misplaced-permission', 'missing-permission', 'missing-permission'] },
  { name: 'EFS without IAM authorization', rule: 'efs-mounted-by-ecs-task', nodes: [n('fs', 'efs'), fargateTask()], edges: [e('x', 'fs', 'task')], verdict: 'valid', codes: [] },
  { name: 'EFS IAM authorization without a task role', rule: 'efs-mounted-by-ecs-task', nodes: [n('fs', 'efs', { transitEncryption: true, iamAuthorization: true }), fargateTask()], edges: [e('x', 'fs', 'task')], verdict: 'valid', codes: ['missing-permission'] },
  { name: 'read-only EFS mount needs only ClientMount', rule: 'efs-mounted-by-ecs-service', nodes: [n('fs', 'efs', { transitEncryption: true, iamAuthorization: true }), fargateService(), role('tr', 'task', ['elasticfilesystem:ClientMount'])], edges: [e('x', 'fs', 'svc', ['elasticfilesystem:ClientMount']), e('r', 'tr', 'svc')], verdict: 'valid', codes: [] },
  { name: 'a plain bucket as a task volume', rule: 's3-mounted-by-ecs-task', nodes: [n('bucket', 's3'), fargateTask()], edges: [e('x', 'bucket', 'task')], verdict: 'invalid', codes: ['invalid-connection'] },
  { name: 'S3 Files volume on Fargate', rule: 's3-mounted-by-ecs-task', nodes: [n('bucket', 's3', { s3FilesFileSystem: true }), fargateTask(), role('tr', 'task', ['s3files:ClientMount', 's3files:ClientWrite'])], edges: [e('x', 'bucket', 'task'), e('r', 'tr', 'task')], verdict: 'valid', codes: [] },
  { name: 'S3 Files volume without a task role', rule: 's3-mounted-by-ecs-task', nodes: [n('bucket', 's3', { s3FilesFileSystem: true }), fargateTask()], edges: [e('x', 'bucket', 'task')], verdict: 'valid', codes: ['missing-permission'] },
  { name: 'S3 Files volume on the EC2 launch type', rule: 's3-mounted-by-ecs-service', nodes: [n('bucket', 's3', { s3FilesFileSystem: true }), n('svc', 'ecs-service', { launchType: 'EC2', networkMode: 'bridge' })], edges: [e('x', 'bucket', 'svc')], verdict: 'invalid', codes: ['invalid-connection'] },
];

const API_CALLS: [string, string, string][] = [
  ['s3', 's3:GetObject', 's3:PutObject'],
  ['dynamodb', 'dynamodb:PutItem', 'dynamodb:GetItem'],
  ['sqs', 'sqs:SendMessage', 'sqs:ReceiveMessage'],
  ['sns', 'sns:Publish', 'sns:Subscribe'],
];
for (const holder of ['ecs-task', 'ecs-service'] as const) {
  const h = holder === 'ecs-task' ? fargateTask('app') : fargateService('app');
  for (const [kind, needed, other] of API_CALLS) {
    const rule = `${holder}-calls-${kind}`;
    CASES.push(
      { name: `${holder} calls ${needed}`, rule, nodes: [h, n('res', kind), role('tr', 'task', [needed])], edges: [e('x', 'app', 'res'), e('r', 'tr', 'app')], verdict: 'valid', codes: [] },
      { name: `${holder} task role lacks ${needed}`, rule, nodes: [h, n('res', kind), role('tr', 'task', [other])], edges: [e('x', 'app', 'res'), e('r', 'tr', 'app')], verdict: 'valid', codes: ['missing-permission'] },
    );
  }
}

describe('connection rules', () => {
  it.each(CASES)('$rule: $name', (c) => {
    const d = diagram(c.nodes, c.edges);
    expect(explainEdge(d, 'x')?.verdict).toBe(c.verdict);
    expect(gradeDiagram(d).map((f) => f.code).sort()).toEqual([...c.codes].sort());
  });

  it('every rule has at least one case above', () => {
    const covered = new Set(CASES.map((c) => c.rule));
    expect(CONNECTION_RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('every rule cites an AWS documentation page and explains itself', () => {
    for (const r of CONNECTION_RULES) {
      expect(r.docUrl, r.id).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      expect(r.explanation.length, r.id).toBeGreaterThan(40);
      for (const v of r.variants ?? []) expect(v.docUrl, r.id).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    }
  });

  it('edge actions override the default: a PutObject edge needs s3:PutObject, and s3:* covers it', () => {
    const d = diagram([fargateTask('app'), n('res', 's3'), role('tr', 'task', ['s3:*'])], [e('x', 'app', 'res', ['s3:PutObject']), e('r', 'tr', 'app')]);
    expect(gradeDiagram(d)).toEqual([]);
    const narrow = diagram([fargateTask('app'), n('res', 's3'), role('tr', 'task', ['s3:GetObject'])], [e('x', 'app', 'res', ['s3:PutObject']), e('r', 'tr', 'app')]);
    expect(gradeDiagram(narrow)[0]?.message).toContain('s3:PutObject');
  });

  it('EC2 tasks without an execution role get warnings, since the container instance role can pull', () => {
    const d = diagram([n('repo', 'ecr'), n('task', 'ecs-task', { launchType: 'EC2', networkMode: 'bridge' })], [e('x', 'repo', 'task')]);
    const f = gradeDiagram(d);
    expect(f.map((x) => [x.code, x.severity])).toEqual([
      ['missing-permission', 'warning'],
      ['missing-permission', 'warning'],
    ]);
  });
});
