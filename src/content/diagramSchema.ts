import { z } from './zod.ts';
import { zodIssues, type ContentIssue } from './issues.ts';
import { findJsonSyntaxError } from './jsonSyntax.ts';
import { scheduleExpressionProblem } from './scheduleExpression.ts';
import { dottedPath, findUntrusted } from './untrusted.ts';
import type { Assert, Equals } from './contract.ts';
import { DIAGRAM_SCHEMA_VERSION, NODE_KINDS, ROLE_PURPOSES, type Diagram, type NodeKind } from '../engine/contracts/diagram.ts';

/**
 * The schema of a sandbox diagram file (docs/diagram-format.md). The shapes it produces are the engine's
 * diagram contract (src/engine/contracts/diagram.ts); this file adds bounds, defaults and messages.
 */
export { DIAGRAM_SCHEMA_VERSION, NODE_KINDS, ROLE_PURPOSES };
export type { Diagram, DiagramEdge, DiagramNode, NodeKind, NodeOfKind, RolePurpose } from '../engine/contracts/diagram.ts';

const iamAction = z
  .string()
  .regex(/^(\*|[a-z0-9-]+:[A-Za-z0-9*]+)$/, 'an IAM action looks like service:Action, e.g. s3:GetObject or s3:*');
const port = z.int().min(0).max(65535);
const name = z.string().trim().min(1).max(128);

const noProps = z.strictObject({});

const s3Props = z.strictObject({
  bucketName: name.optional(),
  /** Bucket setting "Send notifications to Amazon EventBridge for all events in this bucket". */
  eventBridgeNotifications: z.boolean().default(false),
  /** An Amazon S3 Files file system is created on this bucket, so tasks can mount it as a volume. */
  s3FilesFileSystem: z.boolean().default(false),
});

const eventPattern = z
  .object({
    source: z.array(z.string().min(1)).min(1, 'an event pattern names at least one source, e.g. aws.s3'),
    'detail-type': z.array(z.string().min(1)).min(1).optional(),
    detail: z.record(z.string(), z.unknown()).optional(),
  })
  .catchall(z.unknown());

const ruleProps = z.strictObject({
  eventPattern,
  eventBus: name.default('default'),
});

const scheduleProps = z
  .strictObject({
    scheduleExpression: z.string().trim().min(1),
    /** EventBridge Scheduler (recommended) or a legacy scheduled rule on the default event bus. */
    service: z.enum(['scheduler', 'scheduled-rule']).default('scheduler'),
    timezone: z.string().min(1).optional(),
  })
  .superRefine((p, ctx) => {
    const problem = scheduleExpressionProblem(p.scheduleExpression, p.service === 'scheduler');
    if (problem) ctx.addIssue({ code: 'custom', path: ['scheduleExpression'], message: problem });
  });

const launchType = z.enum(['EC2', 'FARGATE']);
const networkMode = z.enum(['awsvpc', 'bridge', 'host']);

const taskShape = {
  launchType,
  networkMode: networkMode.default('awsvpc'),
  containerPort: port.min(1).optional(),
  /** Host port of the container's port mapping; 0 or absent in bridge mode means a dynamic host port. */
  hostPort: port.optional(),
};

const ecsTaskProps = z.strictObject(taskShape);

const scalingProps = z
  .strictObject({
    policy: z.enum(['none', 'target-tracking', 'step', 'scheduled']).default('none'),
    metric: z.enum(['cpu', 'memory', 'alb-request-count', 'sqs-backlog-per-task']).optional(),
    minCapacity: z.int().min(0).default(1),
    maxCapacity: z.int().min(1).default(1),
  })
  .superRefine((s, ctx) => {
    if (s.maxCapacity < s.minCapacity) {
      ctx.addIssue({ code: 'custom', path: ['maxCapacity'], message: 'maxCapacity must be at least minCapacity' });
    }
    if (s.policy === 'target-tracking' && !s.metric) {
      ctx.addIssue({ code: 'custom', path: ['metric'], message: 'a target tracking policy names the metric it tracks' });
    }
  });

const ecsServiceProps = z.strictObject({
  ...taskShape,
  desiredCount: z.int().min(0).default(1),
  scaling: scalingProps.default({ policy: 'none', minCapacity: 1, maxCapacity: 1 }),
});

const albProps = z.strictObject({
  loadBalancerType: z.enum(['application', 'network', 'classic']).default('application'),
  listener: z
    .strictObject({ protocol: z.enum(['HTTP', 'HTTPS', 'TCP', 'TLS', 'UDP']), port: port.min(1) })
    .default({ protocol: 'HTTP', port: 80 }),
  targetType: z.enum(['instance', 'ip']).default('instance'),
});

const sqsProps = z.strictObject({ queueName: name.optional(), fifo: z.boolean().default(false) });
const snsProps = z.strictObject({ topicName: name.optional(), emailSubscription: z.email().optional() });
const dynamoProps = z.strictObject({ tableName: name.optional() });
const efsProps = z
  .strictObject({ transitEncryption: z.boolean().default(false), iamAuthorization: z.boolean().default(false) })
  .superRefine((p, ctx) => {
    if (p.iamAuthorization && !p.transitEncryption) {
      ctx.addIssue({ code: 'custom', path: ['transitEncryption'], message: 'EFS IAM authorization requires transit encryption' });
    }
  });
const ecrProps = z.strictObject({ repositoryName: name.optional() });
const alarmProps = z.strictObject({
  metricName: z.string().min(1).default('ApproximateNumberOfMessagesVisible'),
  threshold: z.number().default(100),
  comparison: z.enum(['>', '>=', '<', '<=']).default('>='),
});
const roleProps = z.strictObject({
  roleName: name.optional(),
  purpose: z.enum(ROLE_PURPOSES),
  actions: z.array(iamAction).max(500, 'a role lists at most 500 actions').default([]),
});

const base = {
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'node ids are 1–64 letters, digits, "-" or "_"'),
  label: z.string().trim().min(1).max(80).optional(),
  position: z.strictObject({ x: z.number(), y: z.number() }).optional(),
};

function node<K extends NodeKind, P extends z.ZodType>(kind: K, props: P) {
  return z.strictObject({ ...base, kind: z.literal(kind), props });
}

export const diagramNodeSchema = z.discriminatedUnion('kind', [
  node('internet', noProps.default({})),
  node('s3', s3Props.default({ eventBridgeNotifications: false, s3FilesFileSystem: false })),
  node('eventbridge-rule', ruleProps),
  node('eventbridge-schedule', scheduleProps),
  node('ecs-service', ecsServiceProps),
  node('ecs-task', ecsTaskProps),
  node('alb', albProps.default({ loadBalancerType: 'application', listener: { protocol: 'HTTP', port: 80 }, targetType: 'instance' })),
  node('sqs', sqsProps.default({ fifo: false })),
  node('sns', snsProps.default({})),
  node('dynamodb', dynamoProps.default({})),
  node('efs', efsProps.default({ transitEncryption: false, iamAuthorization: false })),
  node('ecr', ecrProps.default({})),
  node('cloudwatch-alarm', alarmProps.default({ metricName: 'ApproximateNumberOfMessagesVisible', threshold: 100, comparison: '>=' })),
  node('iam-role', roleProps),
]);

export const diagramEdgeSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'edge ids are 1–64 letters, digits, "-" or "_"'),
  source: z.string().min(1),
  target: z.string().min(1),
  /** API calls this connection makes, when they differ from the rule's default (e.g. s3:PutObject). */
  actions: z.array(iamAction).min(1).max(100, 'a connection lists at most 100 actions').optional(),
});

/** Bounds on what one diagram may hold, far above any architecture a learner draws. */
export const DIAGRAM_LIMITS = { nodes: 500, edges: 2_000, chars: 1024 * 1024 } as const;

export const diagramSchema = z
  .strictObject({
    schemaVersion: z.literal(DIAGRAM_SCHEMA_VERSION),
    nodes: z.array(diagramNodeSchema).max(DIAGRAM_LIMITS.nodes, `a diagram holds at most ${DIAGRAM_LIMITS.nodes} nodes`),
    edges: z.array(diagramEdgeSchema).max(DIAGRAM_LIMITS.edges, `a diagram holds at most ${DIAGRAM_LIMITS.edges.toLocaleString('en-US')} edges`),
  })
  .superRefine((d, ctx) => {
    const ids = new Set<string>();
    d.nodes.forEach((n, i) => {
      if (ids.has(n.id)) ctx.addIssue({ code: 'custom', path: ['nodes', i, 'id'], message: `duplicate node id "${n.id}"` });
      ids.add(n.id);
    });
    const edgeIds = new Set<string>();
    d.edges.forEach((e, i) => {
      if (edgeIds.has(e.id)) ctx.addIssue({ code: 'custom', path: ['edges', i, 'id'], message: `duplicate edge id "${e.id}"` });
      edgeIds.add(e.id);
      if (!ids.has(e.source)) ctx.addIssue({ code: 'custom', path: ['edges', i, 'source'], message: `no node with id "${e.source}"` });
      if (!ids.has(e.target)) ctx.addIssue({ code: 'custom', path: ['edges', i, 'target'], message: `no node with id "${e.target}"` });
      if (e.source === e.target) ctx.addIssue({ code: 'custom', path: ['edges', i, 'target'], message: 'an edge cannot connect a node to itself' });
    });
  });

/** Compiles only while the schema produces exactly the engine's Diagram (see contract.ts). */
export type DiagramSchemaChecked = Assert<Equals<z.output<typeof diagramSchema>, Diagram>>;
/** A diagram as written, before defaults are filled in. */
export type DiagramInput = z.input<typeof diagramSchema>;

/** Parses a diagram from JSON text; problems name the file and the field by its dotted path. */
export function parseDiagram(file: string, text: string): RestoredDiagram {
  if (text.length > DIAGRAM_LIMITS.chars) return { issues: [{ file, message: `the file is larger than ${DIAGRAM_LIMITS.chars / 1024 / 1024} MB, the most a diagram may be` }] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const at = findJsonSyntaxError(text);
    if (!at) return { issues: [{ file, message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` }] };
    const where = `not valid JSON at line ${at.line}, column ${at.column}: ${at.message}`;
    return { issues: [{ file, message: at.truncated ? `${where} (the file ends too early)` : where }] };
  }
  return restoreDiagram(file, raw);
}

/**
 * Upgrade steps, one per published format: UPGRADES[v] turns a version-v document into version v + 1
 * (new fields given their defaults, renamed fields moved, removed fields dropped). A published step is
 * never edited; each past version keeps fixtures in test/fixtures/diagrams/v<N>/ that must still load.
 */
const UPGRADES: Readonly<Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>> = {};

export type RestoredDiagram = {
  diagram?: Diagram;
  issues: ContentIssue[];
  /** Set when the document is of a format newer than this version reads: it must be kept, not opened. */
  newerVersion?: number;
};

/** Brings a decoded document of any past format up to the current one; anything else passes unchanged. */
export function upgradeDiagram(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  let doc = raw as Record<string, unknown>;
  let version = doc.schemaVersion;
  while (typeof version === 'number' && Number.isInteger(version) && version >= 1 && version < DIAGRAM_SCHEMA_VERSION) {
    const step = UPGRADES[version];
    if (!step) break;
    doc = { ...step(doc), schemaVersion: version + 1 };
    version = doc.schemaVersion;
  }
  return doc;
}

/**
 * The one entry for every diagram loaded (a saved row, a share link, a file, the CLI): upgrade by
 * schemaVersion, then validate strictly, so problems still name their field. A document from a newer
 * version is refused with a message that says so, and `newerVersion` tells the caller to keep it as it is.
 */
export function restoreDiagram(file: string, raw: unknown, prefix = ''): RestoredDiagram {
  const version = raw !== null && typeof raw === 'object' ? (raw as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > DIAGRAM_SCHEMA_VERSION) {
    const field = [prefix, 'schemaVersion'].filter(Boolean).join('.');
    return {
      issues: [{ file, field, message: `made by a newer version of Container Lab (diagram format ${version}; this version reads format ${DIAGRAM_SCHEMA_VERSION} and older)` }],
      newerVersion: version,
    };
  }
  const hostile = findUntrusted(raw, { depth: 16, stringLength: 10_000, arrayLength: DIAGRAM_LIMITS.edges });
  if (hostile) {
    const field = [prefix, dottedPath(hostile.path)].filter(Boolean).join('.');
    return { issues: [{ file, ...(field ? { field } : {}), message: hostile.message }] };
  }
  return validateDiagram(file, upgradeDiagram(raw), prefix);
}

/** Validates a diagram already in the current format (use `restoreDiagram` for anything loaded). */
export function validateDiagram(file: string, raw: unknown, prefix = ''): { diagram?: Diagram; issues: ContentIssue[] } {
  const parsed = diagramSchema.safeParse(raw);
  if (parsed.success) return { diagram: parsed.data, issues: [] };
  return { issues: zodIssues(file, parsed.error, prefix) };
}
