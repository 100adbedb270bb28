import { DOC } from './docs.ts';
import type { ConnectionRule, Requirement } from './types.ts';

const ECS = ['ecs-task', 'ecs-service'] as const;
type EcsKind = (typeof ECS)[number];

/** An ECS task or service calling another service's API with its task role. */
function apiCall(source: EcsKind, target: 's3' | 'dynamodb' | 'sqs' | 'sns', defaults: string[], what: string): ConnectionRule {
  return {
    id: `${source}-calls-${target}`,
    source,
    target,
    integration: `Application code calls ${what} with the task role`,
    verdict: 'valid',
    principal: 'task role (assumed by ecs-tasks.amazonaws.com)',
    explanation: `Code in the containers calls ${what} with the AWS SDK. The SDK picks up the task role's temporary credentials, so the task role (not the execution role) must allow the actions on this resource.`,
    docUrl: DOC.taskRole,
    defaultActions: defaults,
    requires: [
      { type: 'permission', holder: 'source', role: 'task', actions: 'edge', resource: 'target', severity: 'error', why: `the containers call ${what}` },
    ],
    flow: { action: '{actions}', caption: '{source} calls {actions} on {target} with its task role' },
    continuesOnWriteOnly: true,
  };
}

const albRequirements: Requirement[] = [
  {
    type: 'config',
    when: [{ on: 'target', path: 'networkMode', op: 'eq', value: 'awsvpc' }],
    expect: { on: 'source', path: 'targetType', op: 'eq', value: 'ip' },
    severity: 'error',
    node: 'source',
    message: 'Tasks in awsvpc mode (all Fargate tasks) each get their own ENI and IP, so the target group must use target type ip, not instance.',
    flowError: 'Registration fails: awsvpc tasks are registered by IP, but the target group uses target type instance',
  },
  {
    type: 'config',
    when: [{ on: 'target', path: 'networkMode', op: 'in', value: ['bridge', 'host'] }],
    expect: { on: 'source', path: 'targetType', op: 'eq', value: 'instance' },
    severity: 'error',
    node: 'source',
    message: 'In bridge or host mode traffic reaches tasks through the container instance, so the target group uses target type instance.',
    flowError: 'Registration fails: bridge-mode tasks are registered as instance:port targets, but the target group uses target type ip',
  },
  {
    type: 'config',
    when: [{ on: 'target', path: 'networkMode', op: 'eq', value: 'bridge' }],
    expect: { on: 'target', path: 'hostPort', op: 'zeroOrAbsent' },
    severity: 'warning',
    node: 'target',
    message: 'Set hostPort to 0 (or leave it out) for dynamic host port mapping. A fixed host port allows only one task per instance; the load balancer follows the random host ports for you.',
    flowError: 'Only one task fits on each instance because the host port is fixed',
  },
  {
    type: 'config',
    expect: { on: 'target', path: 'containerPort', op: 'truthy' },
    severity: 'error',
    node: 'target',
    message: 'Set the containerPort the load balancer forwards to.',
    flowError: 'Health checks fail: the service exposes no container port for the load balancer',
  },
  {
    type: 'config',
    when: [{ on: 'source', path: 'loadBalancerType', op: 'eq', value: 'application' }],
    expect: { on: 'source', path: 'listener.protocol', op: 'in', value: ['HTTP', 'HTTPS'] },
    severity: 'error',
    node: 'source',
    message: 'An Application Load Balancer listens on HTTP or HTTPS; use a Network Load Balancer for TCP, TLS or UDP.',
    flowError: 'The listener protocol is not supported by an Application Load Balancer',
  },
  {
    type: 'config',
    when: [{ on: 'source', path: 'loadBalancerType', op: 'eq', value: 'network' }],
    expect: { on: 'source', path: 'listener.protocol', op: 'in', value: ['TCP', 'TLS', 'UDP'] },
    severity: 'error',
    node: 'source',
    message: 'A Network Load Balancer listens on TCP, TLS or UDP; use an Application Load Balancer for HTTP or HTTPS.',
    flowError: 'The listener protocol is not supported by a Network Load Balancer',
  },
];

const CLASSIC_NOT_FOR_AWSVPC =
  'Services whose tasks use the awsvpc network mode (every Fargate task) support only Application and Network Load Balancers; Classic Load Balancers are not supported. Use an ALB with target type ip.';

export const COMPUTE_RULES: readonly ConnectionRule[] = [
  {
    id: 'internet-to-load-balancer',
    source: 'internet',
    target: 'alb',
    integration: 'Clients reach the load balancer listener',
    verdict: 'valid',
    explanation:
      'An internet-facing load balancer gives clients one stable DNS name and spreads requests over the healthy tasks registered in its target group.',
    docUrl: DOC.serviceLoadBalancing,
    requires: [],
    flow: { action: 'Request', caption: 'A client sends a request to load balancer {target}' },
  },
  {
    id: 'internet-to-service',
    source: 'internet',
    target: 'ecs-service',
    integration: 'Clients call task IP addresses directly',
    verdict: 'anti-pattern',
    explanation:
      'Task addresses change whenever tasks are replaced or scaled, and there are no health checks in front of them. Put a load balancer between clients and the service.',
    docUrl: DOC.serviceLoadBalancing,
    requires: [],
    flow: { action: 'Request', caption: 'A client sends a request straight to a task of {target}' },
  },
  {
    id: 'load-balancer-to-service',
    source: 'alb',
    target: 'ecs-service',
    integration: 'Service load balancing: ECS registers each task in the target group',
    verdict: 'valid',
    explanation:
      'The service registers every task it starts with the target group and deregisters it when it stops. On EC2 with bridge mode the ALB uses dynamic host port mapping, so many copies of a task fit on one instance; with awsvpc (and on Fargate) each task has its own ENI and the target group uses target type ip.',
    docUrl: DOC.serviceLoadBalancing,
    requires: albRequirements,
    variants: [
      {
        when: [
          { on: 'source', path: 'loadBalancerType', op: 'eq', value: 'classic' },
          { on: 'target', path: 'launchType', op: 'eq', value: 'FARGATE' },
        ],
        verdict: 'invalid',
        explanation: CLASSIC_NOT_FOR_AWSVPC,
        docUrl: DOC.serviceLoadBalancerCfn,
      },
      {
        when: [
          { on: 'source', path: 'loadBalancerType', op: 'eq', value: 'classic' },
          { on: 'target', path: 'networkMode', op: 'eq', value: 'awsvpc' },
        ],
        verdict: 'invalid',
        explanation: CLASSIC_NOT_FOR_AWSVPC,
        docUrl: DOC.serviceLoadBalancerCfn,
      },
      {
        when: [{ on: 'source', path: 'loadBalancerType', op: 'eq', value: 'classic' }],
        verdict: 'anti-pattern',
        explanation:
          'A Classic Load Balancer needs a fixed host port on every instance, so only one copy of the task fits per instance, and it lacks path-based routing. AWS recommends an Application Load Balancer, which supports dynamic host port mapping.',
        docUrl: DOC.serviceLoadBalancing,
      },
    ],
    flow: { action: 'Forward', caption: 'Load balancer {source} forwards the request to a healthy task of {target}' },
  },
  {
    id: 'load-balancer-to-task',
    source: 'alb',
    target: 'ecs-task',
    integration: 'Load balancer in front of a standalone task',
    verdict: 'anti-pattern',
    explanation:
      'ECS registers tasks with a target group only when they belong to a service. A standalone task started with RunTask is not registered or replaced when it fails; run it as a service behind the load balancer.',
    docUrl: DOC.serviceLoadBalancing,
    requires: [],
    flow: { action: 'Forward', caption: 'Load balancer {source} forwards the request to task {target}' },
  },
  {
    id: 'load-balancer-to-queue',
    source: 'alb',
    target: 'sqs',
    integration: 'none: a queue cannot be a load balancer target',
    verdict: 'invalid',
    explanation:
      'A target group holds instances, IP addresses, a Lambda function or (for a Network Load Balancer) an ALB. An SQS queue cannot be a target: put a service behind the load balancer and have it send messages to the queue.',
    docUrl: DOC.albTargetTypes,
    requires: [],
  },
  ...ECS.flatMap((k) => [
    apiCall(k, 's3', ['s3:GetObject'], 'Amazon S3'),
    apiCall(k, 'dynamodb', ['dynamodb:PutItem'], 'Amazon DynamoDB'),
    apiCall(k, 'sqs', ['sqs:SendMessage'], 'Amazon SQS'),
    apiCall(k, 'sns', ['sns:Publish'], 'Amazon SNS'),
  ]),
  {
    id: 'queue-polled-by-service',
    source: 'sqs',
    target: 'ecs-service',
    integration: 'Queue worker: service tasks poll the queue',
    verdict: 'valid',
    principal: 'task role (assumed by ecs-tasks.amazonaws.com)',
    explanation:
      'SQS does not push to ECS: the tasks poll with ReceiveMessage and delete each message after processing it, so the task role needs sqs:ReceiveMessage and sqs:DeleteMessage. Scale the service on the backlog so more tasks start as messages pile up.',
    docUrl: DOC.sqsReceive,
    defaultActions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage'],
    requires: [
      { type: 'permission', holder: 'target', role: 'task', actions: 'edge', resource: 'source', severity: 'error', why: 'the tasks receive and delete messages' },
      {
        type: 'config',
        expect: { on: 'target', path: 'scaling.policy', op: 'ne', value: 'none' },
        severity: 'warning',
        node: 'target',
        message: 'Add service auto scaling driven by the queue backlog so the number of workers follows the queue.',
        flowError: 'The backlog grows: the worker count never changes',
      },
    ],
    flow: { action: '{actions}', caption: 'Tasks of {target} poll queue {source} ({actions})' },
  },
  {
    id: 'queue-polled-by-task',
    source: 'sqs',
    target: 'ecs-task',
    integration: 'A standalone task polling a queue',
    verdict: 'anti-pattern',
    explanation:
      'A standalone task runs once and is not restarted. A long-running queue worker belongs in a service, which keeps the desired number of pollers running and can scale on the backlog.',
    docUrl: DOC.serviceAutoScaling,
    defaultActions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage'],
    requires: [
      { type: 'permission', holder: 'target', role: 'task', actions: 'edge', resource: 'source', severity: 'error', why: 'the task receives and deletes messages' },
    ],
    flow: { action: '{actions}', caption: 'Task {target} polls queue {source} ({actions})' },
  },
];
