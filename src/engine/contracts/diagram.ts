/**
 * The diagram contract: what the architecture rules engine and the generators read. A sandbox diagram is
 * AWS resources (nodes) and the connections between them (edges); an edge points the way a request, an
 * event or data travels (docs/diagram-format.md). These are the shapes after validation, with every
 * default filled in; `src/content/diagramSchema.ts` validates files against them and fails to compile
 * if the two drift apart.
 */

export const NODE_KINDS = [
  'internet',
  's3',
  'eventbridge-rule',
  'eventbridge-schedule',
  'ecs-service',
  'ecs-task',
  'alb',
  'sqs',
  'sns',
  'dynamodb',
  'efs',
  'ecr',
  'cloudwatch-alarm',
  'iam-role',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** What an IAM role is for; it decides which AWS service may assume it (its trust policy). */
export const ROLE_PURPOSES = ['task', 'execution', 'eventbridge', 'scheduler', 'codebuild'] as const;
export type RolePurpose = (typeof ROLE_PURPOSES)[number];

/** The diagram format this version writes and reads; older ones are upgraded when loaded. */
export const DIAGRAM_SCHEMA_VERSION = 1;

export type LaunchType = 'EC2' | 'FARGATE';
export type NetworkMode = 'awsvpc' | 'bridge' | 'host';

export interface S3Props {
  bucketName?: string | undefined;
  /** Bucket setting "Send notifications to Amazon EventBridge for all events in this bucket". */
  eventBridgeNotifications: boolean;
  /** An Amazon S3 Files file system is created on this bucket, so tasks can mount it as a volume. */
  s3FilesFileSystem: boolean;
}

/** An EventBridge event pattern; fields beyond these are kept as written. */
export interface EventPattern {
  [field: string]: unknown;
  source: string[];
  'detail-type'?: string[] | undefined;
  detail?: Record<string, unknown> | undefined;
}

export interface EventRuleProps {
  eventPattern: EventPattern;
  eventBus: string;
}

export interface ScheduleProps {
  scheduleExpression: string;
  /** EventBridge Scheduler (recommended) or a legacy scheduled rule on the default event bus. */
  service: 'scheduler' | 'scheduled-rule';
  timezone?: string | undefined;
}

export interface EcsTaskProps {
  launchType: LaunchType;
  networkMode: NetworkMode;
  containerPort?: number | undefined;
  /** Host port of the container's port mapping; 0 or absent in bridge mode means a dynamic host port. */
  hostPort?: number | undefined;
}

export interface ServiceScaling {
  policy: 'none' | 'target-tracking' | 'step' | 'scheduled';
  metric?: 'cpu' | 'memory' | 'alb-request-count' | 'sqs-backlog-per-task' | undefined;
  minCapacity: number;
  maxCapacity: number;
}

export interface EcsServiceProps extends EcsTaskProps {
  desiredCount: number;
  scaling: ServiceScaling;
}

export interface LoadBalancerProps {
  loadBalancerType: 'application' | 'network' | 'classic';
  listener: { protocol: 'HTTP' | 'HTTPS' | 'TCP' | 'TLS' | 'UDP'; port: number };
  targetType: 'instance' | 'ip';
}

export interface QueueProps {
  queueName?: string | undefined;
  fifo: boolean;
}

export interface TopicProps {
  topicName?: string | undefined;
  emailSubscription?: string | undefined;
}

export interface TableProps {
  tableName?: string | undefined;
}

export interface FileSystemProps {
  transitEncryption: boolean;
  iamAuthorization: boolean;
}

export interface RepositoryProps {
  repositoryName?: string | undefined;
}

export interface AlarmProps {
  metricName: string;
  threshold: number;
  comparison: '>' | '>=' | '<' | '<=';
}

export interface RoleProps {
  roleName?: string | undefined;
  purpose: RolePurpose;
  /** IAM actions such as s3:GetObject or s3:*. */
  actions: string[];
}

/** The props each kind of node carries. */
export interface NodeProps {
  internet: Record<string, never>;
  s3: S3Props;
  'eventbridge-rule': EventRuleProps;
  'eventbridge-schedule': ScheduleProps;
  'ecs-service': EcsServiceProps;
  'ecs-task': EcsTaskProps;
  alb: LoadBalancerProps;
  sqs: QueueProps;
  sns: TopicProps;
  dynamodb: TableProps;
  efs: FileSystemProps;
  ecr: RepositoryProps;
  'cloudwatch-alarm': AlarmProps;
  'iam-role': RoleProps;
}

/** A node of one kind: its id (unique in the diagram), an optional label and canvas position, its props. */
export type NodeOfKind<K extends NodeKind> = {
  id: string;
  label?: string | undefined;
  position?: { x: number; y: number } | undefined;
  kind: K;
  props: NodeProps[K];
};

export type DiagramNode = { [K in NodeKind]: NodeOfKind<K> }[NodeKind];

export interface DiagramEdge {
  id: string;
  source: string;
  target: string;
  /** API calls this connection makes, when they differ from the rule's default (e.g. s3:PutObject). */
  actions?: string[] | undefined;
}

export interface Diagram {
  schemaVersion: typeof DIAGRAM_SCHEMA_VERSION;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}
