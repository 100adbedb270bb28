import type { DiagramNode } from '../contracts/diagram.ts';

/** Placeholder account and Region used in generated ARNs (the values AWS documentation uses). */
export const ACCOUNT_ID = '111122223333';
export const REGION = 'us-east-1';

function slug(text: string): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'resource';
}

/** The resource name a node stands for: its name prop, else its label or id made ARN-safe. */
export function resourceName(node: DiagramNode): string {
  const p = node.props as Record<string, unknown>;
  for (const k of ['bucketName', 'tableName', 'queueName', 'topicName', 'repositoryName', 'roleName']) {
    const v = p[k];
    if (typeof v === 'string' && v) return v;
  }
  return slug(node.label ?? node.id);
}

const BUCKET_LEVEL = new Set(['s3:listbucket', 's3:getbucketlocation', 's3:listbucketversions']);

/** The ARN a statement names when it grants `action` on `node`. */
export function arnFor(node: DiagramNode, action?: string): string {
  const name = resourceName(node);
  const a = action?.toLowerCase() ?? '';
  switch (node.kind) {
    case 's3':
      if (a.startsWith('s3files:')) return `arn:aws:s3files:${REGION}:${ACCOUNT_ID}:file-system/${name}`;
      return BUCKET_LEVEL.has(a) ? `arn:aws:s3:::${name}` : `arn:aws:s3:::${name}/*`;
    case 'dynamodb':
      return `arn:aws:dynamodb:${REGION}:${ACCOUNT_ID}:table/${name}`;
    case 'sqs':
      return `arn:aws:sqs:${REGION}:${ACCOUNT_ID}:${name}`;
    case 'sns':
      return `arn:aws:sns:${REGION}:${ACCOUNT_ID}:${name}`;
    case 'ecr':
      return `arn:aws:ecr:${REGION}:${ACCOUNT_ID}:repository/${name}`;
    case 'efs':
      return `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT_ID}:file-system/${name}`;
    case 'ecs-task':
    case 'ecs-service':
      return `arn:aws:ecs:${REGION}:${ACCOUNT_ID}:task-definition/${name}:*`;
    case 'eventbridge-rule':
      return `arn:aws:events:${REGION}:${ACCOUNT_ID}:rule/${name}`;
    case 'eventbridge-schedule':
      return node.props.service === 'scheduler'
        ? `arn:aws:scheduler:${REGION}:${ACCOUNT_ID}:schedule/default/${name}`
        : `arn:aws:events:${REGION}:${ACCOUNT_ID}:rule/${name}`;
    case 'iam-role':
      return `arn:aws:iam::${ACCOUNT_ID}:role/${name}`;
    case 'alb':
      return `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT_ID}:loadbalancer/app/${name}`;
    case 'cloudwatch-alarm':
      return `arn:aws:cloudwatch:${REGION}:${ACCOUNT_ID}:alarm:${name}`;
    case 'internet':
      return '*';
  }
}
