import type { Diagram, DiagramNode, NodeKind } from '@/content/diagramSchema';
import * as icons from '@/ui/awsIcons';
import type { AwsIconDef } from '@/ui/awsIcons';


/** The AWS Architecture Icon for each kind: the resource icon where AWS has one. Its keys are every kind, in palette order. */
export const KIND_ICON: Record<NodeKind, AwsIconDef> = {
  internet: icons.users,
  s3: icons.s3Bucket,
  'eventbridge-rule': icons.eventBridgeRule,
  'eventbridge-schedule': icons.eventBridgeScheduler,
  'ecs-service': icons.ecsService,
  'ecs-task': icons.ecsTask,
  alb: icons.applicationLoadBalancer,
  sqs: icons.sqsQueue,
  sns: icons.snsTopic,
  dynamodb: icons.dynamoDbTable,
  efs: icons.efsFileSystem,
  ecr: icons.ecrRegistry,
  'cloudwatch-alarm': icons.cloudWatchAlarm,
  'iam-role': icons.iamRole,
};

/** The base of generated ids and labels for new nodes of each kind. */
const BASE_NAME: Record<NodeKind, string> = {
  internet: 'users',
  s3: 'bucket',
  'eventbridge-rule': 'rule',
  'eventbridge-schedule': 'schedule',
  'ecs-service': 'service',
  'ecs-task': 'task',
  alb: 'alb',
  sqs: 'queue',
  sns: 'topic',
  dynamodb: 'table',
  efs: 'files',
  ecr: 'repo',
  'cloudwatch-alarm': 'alarm',
  'iam-role': 'role',
};

/** Props a new node starts with: valid for the schema, and leaving the decisions that teach to the learner. */
const DEFAULT_PROPS: Record<NodeKind, unknown> = {
  internet: {},
  s3: { eventBridgeNotifications: false, s3FilesFileSystem: false },
  'eventbridge-rule': { eventPattern: { source: ['aws.s3'], 'detail-type': ['Object Created'] }, eventBus: 'default' },
  'eventbridge-schedule': { scheduleExpression: 'rate(1 hour)', service: 'scheduler' },
  'ecs-service': {
    launchType: 'EC2',
    networkMode: 'awsvpc',
    desiredCount: 1,
    scaling: { policy: 'none', minCapacity: 1, maxCapacity: 1 },
  },
  'ecs-task': { launchType: 'EC2', networkMode: 'awsvpc' },
  alb: { loadBalancerType: 'application', listener: { protocol: 'HTTP', port: 80 }, targetType: 'instance' },
  sqs: { fifo: false },
  sns: {},
  dynamodb: {},
  efs: { transitEncryption: false, iamAuthorization: false },
  ecr: {},
  'cloudwatch-alarm': { metricName: 'ApproximateNumberOfMessagesVisible', threshold: 100, comparison: '>=' },
  'iam-role': { purpose: 'task', actions: [] },
};

/** The first `base-N` not yet used as a node id. */
export function freshId(diagram: Diagram, base: string): string {
  const used = new Set(diagram.nodes.map((n) => n.id));
  for (let i = 1; ; i++) {
    const id = `${base}-${i}`;
    if (!used.has(id)) return id;
  }
}

export function freshEdgeId(diagram: Diagram): string {
  const used = new Set(diagram.edges.map((e) => e.id));
  for (let i = diagram.edges.length + 1; ; i++) {
    const id = `e${i}`;
    if (!used.has(id)) return id;
  }
}

/**
 * A new node of `kind` at `position`, with a unique id and label. Its props are complete as the schema
 * would fill them (a test holds DEFAULT_PROPS to that), so no schema is needed to make one.
 */
export function newNode(diagram: Diagram, kind: NodeKind, position: { x: number; y: number }): DiagramNode {
  const id = freshId(diagram, BASE_NAME[kind]);
  return { id, kind, label: id, position, props: structuredClone(DEFAULT_PROPS[kind]) } as DiagramNode;
}

/** Every node kind, in palette order (a test checks it against the diagram schema's list). */
export const NODE_KINDS = Object.keys(KIND_ICON) as NodeKind[];

export const EMPTY_DIAGRAM: Diagram = { schemaVersion: 1, nodes: [], edges: [] };
