import { DOC } from './docs.ts';
import type { ConnectionRule, Requirement } from './types.ts';

const RUN_TASK_PERMISSIONS = (role: 'eventbridge' | 'scheduler', who: string): Requirement[] => [
  {
    type: 'permission',
    holder: 'source',
    role,
    actions: ['ecs:RunTask'],
    resource: 'target',
    severity: 'error',
    why: `${who} starts the task by calling ecs:RunTask with this role`,
  },
  {
    type: 'permission',
    holder: 'source',
    role,
    actions: ['iam:PassRole'],
    resource: 'pass-roles',
    severity: 'error',
    why: `${who} hands the task role and execution role to ECS, which needs iam:PassRole on them`,
  },
];

const stateChangeRequirements: Requirement[] = [
  {
    type: 'config',
    expect: { on: 'target', path: 'eventPattern.source', op: 'allowsValue', value: 'aws.ecs' },
    severity: 'error',
    node: 'target',
    message: 'The rule pattern must match events whose source is aws.ecs.',
    flowError: 'No match: the rule pattern does not include source "aws.ecs"',
  },
  {
    type: 'config',
    expect: { on: 'target', path: 'eventPattern.detail-type', op: 'allowsValue', value: 'ECS Task State Change' },
    severity: 'error',
    node: 'target',
    message: 'The rule pattern must match the detail-type "ECS Task State Change".',
    flowError: 'No match: the rule pattern does not include detail-type "ECS Task State Change"',
  },
  {
    type: 'config',
    expect: { on: 'target', path: 'eventBus', op: 'eq', value: 'default' },
    severity: 'error',
    node: 'target',
    message: 'AWS service events such as ECS task state changes arrive on the default event bus; put the rule there.',
    flowError: 'No match: ECS sends its events to the default event bus, not to this rule\'s bus',
  },
];

function stateChangeRule(source: 'ecs-task' | 'ecs-service'): ConnectionRule {
  return {
    id: `${source}-state-change-to-rule`,
    source,
    target: 'eventbridge-rule',
    integration: 'ECS task state change events delivered to EventBridge',
    verdict: 'valid',
    explanation:
      'Amazon ECS sends an "ECS Task State Change" event to the default event bus whenever a task starts, stops or changes status; no IAM setup is needed. A rule matching source aws.ecs and that detail-type (for example with detail.lastStatus STOPPED) can route it on.',
    docUrl: DOC.taskEvents,
    requires: stateChangeRequirements,
    flow: {
      action: 'ECS Task State Change',
      caption: 'A task of {source} changes state; ECS sends an "ECS Task State Change" event and rule {target} matches it',
    },
  };
}

export const EVENT_RULES: readonly ConnectionRule[] = [
  {
    id: 'internet-uploads-to-s3',
    source: 'internet',
    target: 's3',
    integration: 'Clients upload objects (PutObject)',
    verdict: 'valid',
    explanation:
      'Users or applications upload objects with s3:PutObject, using their own credentials or a presigned URL. Each new object is an "Object Created" event the bucket can report.',
    docUrl: DOC.s3Notifications,
    requires: [],
    flow: { action: 'PutObject', caption: 'A client uploads an object to bucket {target} (PutObject)' },
  },
  {
    id: 's3-events-to-rule',
    source: 's3',
    target: 'eventbridge-rule',
    integration: 'S3 event notifications delivered to EventBridge',
    verdict: 'valid',
    explanation:
      'With "Send notifications to Amazon EventBridge" turned on, the bucket sends all its events (such as "Object Created") to the default event bus, where a rule with source aws.s3 can match them. No resource policy is needed.',
    docUrl: DOC.s3EventBridge,
    requires: [
      {
        type: 'config',
        expect: { on: 'source', path: 'eventBridgeNotifications', op: 'truthy' },
        severity: 'error',
        node: 'source',
        message: 'Turn on the bucket setting "Send notifications to Amazon EventBridge for all events in this bucket".',
        flowError: 'No event: the bucket does not send notifications to EventBridge',
      },
      {
        type: 'config',
        expect: { on: 'target', path: 'eventPattern.source', op: 'allowsValue', value: 'aws.s3' },
        severity: 'error',
        node: 'target',
        message: 'The rule pattern must match events whose source is aws.s3.',
        flowError: 'No match: the rule pattern does not include source "aws.s3"',
      },
      {
        type: 'config',
        expect: { on: 'target', path: 'eventPattern.detail-type', op: 'allowsValue', value: 'Object Created' },
        severity: 'error',
        node: 'target',
        message: 'The rule pattern must match the detail-type "Object Created" for uploads.',
        flowError: 'No match: the rule pattern does not include detail-type "Object Created"',
      },
      {
        type: 'config',
        expect: { on: 'target', path: 'eventBus', op: 'eq', value: 'default' },
        severity: 'error',
        node: 'target',
        message: 'S3 sends its events to the default event bus; put the rule there.',
        flowError: 'No match: S3 sends its events to the default event bus, not to this rule\'s bus',
      },
    ],
    flow: {
      action: 'Object Created',
      caption: 'Bucket {source} sends an "Object Created" event to the default event bus; rule {target} matches it',
    },
  },
  {
    id: 's3-notifies-sqs',
    source: 's3',
    target: 'sqs',
    integration: 'S3 event notification sent straight to a queue',
    verdict: 'valid',
    explanation:
      'A bucket notification configuration can send object events directly to an SQS queue. The queue policy must allow s3.amazonaws.com to call sqs:SendMessage for this bucket.',
    docUrl: DOC.s3Notifications,
    requires: [],
    resourcePolicies: [
      { on: 'target', principal: 's3.amazonaws.com', actions: ['sqs:SendMessage'], sourceArnOf: 'source', why: 'lets the bucket deliver notifications to the queue' },
    ],
    variants: [
      {
        when: [{ on: 'target', path: 'fifo', op: 'truthy' }],
        verdict: 'invalid',
        explanation:
          'SQS FIFO queues are not supported as S3 event notification destinations. Turn on EventBridge notifications on the bucket and let an EventBridge rule send the events to the FIFO queue.',
        docUrl: DOC.s3Notifications,
      },
    ],
    flow: { action: 'SendMessage', caption: 'Bucket {source} sends an event notification message to queue {target}' },
  },
  {
    id: 's3-notifies-sns',
    source: 's3',
    target: 'sns',
    integration: 'S3 event notification published straight to a topic',
    verdict: 'valid',
    explanation:
      'A bucket notification configuration can publish object events directly to a standard SNS topic in the same Region. The topic policy must allow s3.amazonaws.com to call sns:Publish for this bucket.',
    docUrl: DOC.s3Notifications,
    requires: [],
    resourcePolicies: [
      { on: 'target', principal: 's3.amazonaws.com', actions: ['sns:Publish'], sourceArnOf: 'source', why: 'lets the bucket publish notifications to the topic' },
    ],
    flow: { action: 'Publish', caption: 'Bucket {source} publishes an event notification to topic {target}' },
  },
  {
    id: 'rule-runs-task',
    source: 'eventbridge-rule',
    target: 'ecs-task',
    integration: 'EventBridge rule with an Amazon ECS target (RunTask)',
    verdict: 'valid',
    principal: 'EventBridge (events.amazonaws.com) using the rule target\'s IAM role',
    explanation:
      'When the rule matches, EventBridge calls ecs:RunTask to start a standalone task from the task definition. The target\'s role (like ecsEventsRole) must allow ecs:RunTask and iam:PassRole for the task role and execution role. Fargate targets pass an awsvpc network configuration.',
    docUrl: DOC.ecsEventsRole,
    requires: RUN_TASK_PERMISSIONS('eventbridge', 'EventBridge'),
    flow: { action: 'RunTask', caption: 'Rule {source} calls ecs:RunTask to start task {target}' },
  },
  {
    id: 'rule-targets-service',
    source: 'eventbridge-rule',
    target: 'ecs-service',
    integration: 'none: an EventBridge ECS target starts tasks, it does not drive a service',
    verdict: 'invalid',
    explanation:
      'An EventBridge Amazon ECS target runs new standalone tasks from a task definition (RunTask). It cannot point at a service. Connect the rule to an ecs-task, or let the service scale with Application Auto Scaling.',
    docUrl: DOC.ebTargets,
    requires: [],
  },
  {
    id: 'schedule-runs-task',
    source: 'eventbridge-schedule',
    target: 'ecs-task',
    integration: 'Scheduled task: a schedule that calls RunTask',
    verdict: 'valid',
    principal: 'EventBridge Scheduler (scheduler.amazonaws.com) or EventBridge (events.amazonaws.com) using the schedule\'s role',
    explanation:
      'On every rate() or cron() occurrence the schedule calls ecs:RunTask. EventBridge Scheduler assumes an execution role that trusts scheduler.amazonaws.com; a legacy scheduled rule uses a role that trusts events.amazonaws.com. Either role needs ecs:RunTask and iam:PassRole for the task\'s roles.',
    docUrl: DOC.schedulerTypes,
    requires: [
      ...RUN_TASK_PERMISSIONS('scheduler', 'EventBridge Scheduler').map((r) => ({
        ...r,
        when: [{ on: 'source' as const, path: 'service', op: 'eq' as const, value: 'scheduler' }],
      })),
      ...RUN_TASK_PERMISSIONS('eventbridge', 'The scheduled rule').map((r) => ({
        ...r,
        when: [{ on: 'source' as const, path: 'service', op: 'eq' as const, value: 'scheduled-rule' }],
      })),
    ],
    flow: { action: 'RunTask', caption: 'Schedule {source} fires and calls ecs:RunTask to start task {target}' },
  },
  {
    id: 'schedule-targets-service',
    source: 'eventbridge-schedule',
    target: 'ecs-service',
    integration: 'Changing a service on a timetable',
    verdict: 'anti-pattern',
    explanation:
      'A schedule\'s ECS target starts standalone tasks. To run more or fewer service tasks at set times, use Application Auto Scaling scheduled scaling on the service instead of a schedule calling the ECS API.',
    docUrl: DOC.serviceAutoScaling,
    requires: [],
  },
  {
    id: 'rule-publishes-to-sns',
    source: 'eventbridge-rule',
    target: 'sns',
    integration: 'EventBridge rule with an SNS topic target',
    verdict: 'valid',
    principal: 'events.amazonaws.com, allowed by the topic\'s resource-based policy',
    explanation:
      'EventBridge publishes matched events to the topic. The usual way to authorize it is the topic\'s resource-based policy allowing events.amazonaws.com to call sns:Publish (the console adds it for you); a target role with sns:Publish also works.',
    docUrl: DOC.ebResourcePolicies,
    requires: [],
    resourcePolicies: [
      { on: 'target', principal: 'events.amazonaws.com', actions: ['sns:Publish'], sourceArnOf: 'source', why: 'lets the rule publish matched events to the topic' },
    ],
    flow: { action: 'Publish', caption: 'Rule {source} publishes the event to topic {target}' },
  },
  {
    id: 'rule-sends-to-sqs',
    source: 'eventbridge-rule',
    target: 'sqs',
    integration: 'EventBridge rule with an SQS queue target',
    verdict: 'valid',
    principal: 'events.amazonaws.com, allowed by the queue policy',
    explanation:
      'EventBridge sends matched events to the queue. The usual way to authorize it is the queue policy allowing events.amazonaws.com to call sqs:SendMessage for this rule; a target role with sqs:SendMessage also works.',
    docUrl: DOC.ebResourcePolicies,
    requires: [],
    resourcePolicies: [
      { on: 'target', principal: 'events.amazonaws.com', actions: ['sqs:SendMessage'], sourceArnOf: 'source', why: 'lets the rule deliver matched events to the queue' },
    ],
    flow: { action: 'SendMessage', caption: 'Rule {source} sends the event to queue {target}' },
  },
  stateChangeRule('ecs-task'),
  stateChangeRule('ecs-service'),
  {
    id: 'sqs-metric-to-alarm',
    source: 'sqs',
    target: 'cloudwatch-alarm',
    integration: 'CloudWatch alarm on a queue metric',
    verdict: 'valid',
    explanation:
      'SQS publishes queue metrics to CloudWatch automatically, such as ApproximateNumberOfMessagesVisible (the backlog). An alarm on the backlog can drive a step scaling policy.',
    docUrl: DOC.sqsMetrics,
    requires: [
      {
        type: 'config',
        expect: {
          on: 'target',
          path: 'metricName',
          op: 'in',
          value: ['ApproximateNumberOfMessagesVisible', 'ApproximateAgeOfOldestMessage', 'ApproximateNumberOfMessagesNotVisible', 'NumberOfMessagesSent', 'NumberOfMessagesReceived'],
        },
        severity: 'warning',
        node: 'target',
        message: 'Alarm on a queue metric such as ApproximateNumberOfMessagesVisible.',
        flowError: 'The alarm does not watch a queue metric',
      },
    ],
    flow: { action: 'Metric', caption: 'Queue {source} reports its backlog to CloudWatch; alarm {target} evaluates it' },
  },
  {
    id: 'service-metric-to-alarm',
    source: 'ecs-service',
    target: 'cloudwatch-alarm',
    integration: 'CloudWatch alarm on a service metric',
    verdict: 'valid',
    explanation: 'ECS publishes service CPUUtilization and MemoryUtilization to CloudWatch; an alarm can watch them.',
    docUrl: DOC.serviceAutoScaling,
    requires: [],
    flow: { action: 'Metric', caption: 'Service {source} reports its utilization to CloudWatch; alarm {target} evaluates it' },
  },
  {
    id: 'alarm-scales-service',
    source: 'cloudwatch-alarm',
    target: 'ecs-service',
    integration: 'Step scaling: an alarm invokes a service scaling policy',
    verdict: 'valid',
    explanation:
      'Service Auto Scaling uses Application Auto Scaling. With a step scaling policy, a CloudWatch alarm in ALARM state makes it change the service\'s desired count by the step adjustments you set. AWS recommends target tracking when a metric falls as tasks are added, such as the backlog per task.',
    docUrl: DOC.stepScaling,
    requires: [
      {
        type: 'config',
        expect: { on: 'target', path: 'scaling.policy', op: 'eq', value: 'step' },
        severity: 'error',
        node: 'target',
        message: 'Give the service a step scaling policy for the alarm to invoke.',
        flowError: 'Nothing happens: the service has no step scaling policy for the alarm to invoke',
      },
      {
        type: 'config',
        expect: { on: 'target', path: 'scaling.maxCapacity', op: 'notIn', value: [0, 1] },
        severity: 'warning',
        node: 'target',
        message: 'Raise the service\'s maximum capacity above 1 so scaling out can add tasks.',
        flowError: 'The service is already at its maximum capacity',
      },
    ],
    flow: { action: 'Scale out', caption: 'Alarm {source} enters ALARM; its step scaling policy raises the desired count of {target}' },
  },
  {
    id: 'alarm-scales-task',
    source: 'cloudwatch-alarm',
    target: 'ecs-task',
    integration: 'none: scaling policies act on services',
    verdict: 'invalid',
    explanation:
      'Application Auto Scaling scales a service\'s desired count. A standalone task has no desired count; connect the alarm to an ecs-service.',
    docUrl: DOC.serviceAutoScaling,
    requires: [],
  },
];
