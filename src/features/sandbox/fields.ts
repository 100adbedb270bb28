import type { DiagramNode, NodeKind } from '@/content/diagramSchema';
import type { MessageKey } from './messages';

/** One editable setting of a node; `path` is dotted inside the node (props.x.y, or label). */
export interface FieldSpec {
  path: string;
  type: 'text' | 'number' | 'checkbox' | 'select' | 'list' | 'json';
  options?: readonly string[];
  /** Option labels from the messages, by option value prefix (purpose.task…). */
  optionLabels?: 'purpose';
  /** Empty means absent. */
  optional?: boolean;
  label: MessageKey;
  help?: MessageKey;
}

const f = (path: string, type: FieldSpec['type'], extra: Partial<FieldSpec> = {}): FieldSpec => ({
  path: `props.${path}`,
  type,
  label: `field.${path}` as MessageKey,
  ...extra,
});

const TASK: FieldSpec[] = [
  f('launchType', 'select', { options: ['EC2', 'FARGATE'] }),
  f('networkMode', 'select', { options: ['awsvpc', 'bridge', 'host'] }),
  f('containerPort', 'number', { optional: true }),
  f('hostPort', 'number', { optional: true }),
];

/** The settings the properties panel offers for each kind (the schema decides what is valid). */
export const FIELDS: Record<NodeKind, FieldSpec[]> = {
  internet: [],
  s3: [f('bucketName', 'text', { optional: true }), f('eventBridgeNotifications', 'checkbox'), f('s3FilesFileSystem', 'checkbox')],
  'eventbridge-rule': [f('eventPattern', 'json'), f('eventBus', 'text')],
  'eventbridge-schedule': [
    f('scheduleExpression', 'text'),
    f('service', 'select', { options: ['scheduler', 'scheduled-rule'] }),
    f('timezone', 'text', { optional: true }),
  ],
  'ecs-task': TASK,
  'ecs-service': [
    ...TASK,
    f('desiredCount', 'number'),
    f('scaling.policy', 'select', { options: ['none', 'target-tracking', 'step', 'scheduled'] }),
    f('scaling.metric', 'select', { options: ['cpu', 'memory', 'alb-request-count', 'sqs-backlog-per-task'], optional: true }),
    f('scaling.minCapacity', 'number'),
    f('scaling.maxCapacity', 'number'),
  ],
  alb: [
    f('loadBalancerType', 'select', { options: ['application', 'network', 'classic'] }),
    f('listener.protocol', 'select', { options: ['HTTP', 'HTTPS', 'TCP', 'TLS', 'UDP'] }),
    f('listener.port', 'number'),
    f('targetType', 'select', { options: ['instance', 'ip'] }),
  ],
  sqs: [f('queueName', 'text', { optional: true }), f('fifo', 'checkbox')],
  sns: [f('topicName', 'text', { optional: true }), f('emailSubscription', 'text', { optional: true })],
  dynamodb: [f('tableName', 'text', { optional: true })],
  efs: [f('transitEncryption', 'checkbox'), f('iamAuthorization', 'checkbox')],
  ecr: [f('repositoryName', 'text', { optional: true })],
  'cloudwatch-alarm': [f('metricName', 'text'), f('threshold', 'number'), f('comparison', 'select', { options: ['>', '>=', '<', '<='] })],
  'iam-role': [
    f('purpose', 'select', { options: ['task', 'execution', 'eventbridge', 'scheduler', 'codebuild'], optionLabels: 'purpose' }),
    f('actions', 'list', { help: 'field.actions.help' }),
    f('roleName', 'text', { optional: true }),
  ],
};

export const LABEL_FIELD: FieldSpec = { path: 'label', type: 'text', optional: true, label: 'field.label' };

export function getAt(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

/** A copy of `node` with the value at `path` replaced (undefined removes it). */
export function setAt(node: DiagramNode, path: string, value: unknown): unknown {
  const copy = structuredClone(node) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  let o = copy;
  for (const k of keys.slice(0, -1)) {
    const next = o[k];
    if (!next || typeof next !== 'object') o[k] = {};
    o = o[k] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1] ?? '';
  if (value === undefined) delete o[last];
  else o[last] = value;
  return copy;
}

/** The error fromText gives for a number field that does not hold a number (shown in the learner's language). */
export const NOT_A_NUMBER = '#not-a-number';

/** The text a field shows for a value. */
export function toText(spec: FieldSpec, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (spec.type === 'list') return (value as string[]).join(', ');
  if (spec.type === 'json') return JSON.stringify(value, null, 2);
  return String(value);
}

/** The value a field's text stands for; a syntax problem is reported as { error }. */
export function fromText(spec: FieldSpec, text: string): { value: unknown } | { error: string } {
  const trimmed = text.trim();
  if (spec.optional && trimmed === '') return { value: undefined };
  switch (spec.type) {
    case 'number': {
      const n = Number(trimmed);
      return trimmed === '' || !Number.isFinite(n) ? { error: NOT_A_NUMBER } : { value: n };
    }
    case 'list':
      return { value: trimmed.split(/[\s,]+/).filter(Boolean) };
    case 'json':
      try {
        return { value: JSON.parse(text) as unknown };
      } catch (e) {
        return { error: e instanceof Error ? e.message : String(e) };
      }
    default:
      return { value: spec.type === 'text' ? trimmed : text };
  }
}
