import { z } from './zod.ts';
import { parseCql } from '../engine/placement/cql.ts';
// Patterns in placement constraints are checked with the same engine that matches them.
import '../engine/placement/re2.ts';
import { eniTaskLimit, fargateSizeProblem } from '../engine/placement/limits.ts';
import type { Assert, Equals } from './contract.ts';
import type { ContentIssue } from './issues.ts';
import { zodIssues } from './issues.ts';
import { findJsonSyntaxError } from './jsonSyntax.ts';
import { dottedPath, findUntrusted } from './untrusted.ts';
import { ECS_API_LIMITS, ECS_QUOTAS, quotaMessage, SIMULATOR_LIMITS, simulatorLimitMessage, workProblems } from './scenarioLimits.ts';
import type { Scenario } from '../engine/contracts/scenario.ts';

/**
 * The schema of simulator scenario files (shared/scenario-format.md). Field names are the ECS API's. The
 * shapes it produces are the engine's scenario contract (src/engine/contracts/scenario.ts); this file adds
 * bounds (AWS quotas and the simulator's own), cross-field checks and messages.
 */

const nonNegInt = () => z.int('expected a non-negative integer').min(0, 'expected a non-negative integer');
const posInt = () => z.int('expected a positive integer').min(1, 'expected a positive integer');
const name = () => z.string('expected a string').trim().min(1, 'expected a non-empty string');
/** Names and ids: long enough for any real one, short enough that a crafted file cannot hold megabytes in each. */
const shortName = () => name().max(255, 'expected at most 255 characters');
const desiredCount = () => nonNegInt().max(ECS_QUOTAS.tasksPerService.value, quotaMessage('a service runs', ECS_QUOTAS.tasksPerService, 'tasks'));
const revision = () => posInt().max(ECS_QUOTAS.revisionsPerFamily.value, quotaMessage('a task definition family has', ECS_QUOTAS.revisionsPerFamily, 'revisions'));
const attributeText = z.string().min(1).max(ECS_API_LIMITS.attributeLength, `attribute names and values are 1–${ECS_API_LIMITS.attributeLength} characters (Amazon ECS API, Attribute)`);

const instanceSchema = z.strictObject({
  id: shortName(),
  instanceType: shortName(),
  availabilityZone: shortName(),
  cpu: posInt(),
  memory: posInt(),
  attributes: z
    .record(attributeText, attributeText)
    .refine((a) => Object.keys(a).length <= ECS_API_LIMITS.customAttributes, `an instance has at most ${ECS_API_LIMITS.customAttributes} custom attributes (Amazon ECS API, AttributeLimitExceededException)`)
    .optional(),
  eniTrunking: z.boolean().optional(),
});

const portMappingSchema = z.strictObject({
  containerPort: z.int().min(1).max(65535),
  hostPort: z.int().min(0).max(65535).optional(),
  protocol: z.enum(['tcp', 'udp']).optional(),
});

const healthCheckSchema = z.strictObject({
  command: z.array(z.string().max(4096)).min(1).max(100),
  interval: z.int().min(5).max(300).optional(),
  timeout: z.int().min(2).max(120).optional(),
  retries: z.int().min(1).max(10).optional(),
  startPeriod: z.int().min(0).max(300).optional(),
});

const containerSchema = z.strictObject({
  name: shortName(),
  image: name().max(1024, 'expected at most 1,024 characters'),
  essential: z.boolean().optional(),
  cpu: nonNegInt().optional(),
  memory: posInt().optional(),
  memoryReservation: posInt().optional(),
  portMappings: z.array(portMappingSchema).max(100, 'expected at most 100 port mappings').optional(),
  healthCheck: healthCheckSchema.optional(),
});

const memberOfSchema = z.strictObject({
  type: z.literal('memberOf'),
  expression: name().max(ECS_API_LIMITS.expressionLength, `an expression is at most ${ECS_API_LIMITS.expressionLength.toLocaleString('en-US')} characters (Amazon ECS API, PlacementConstraint)`),
});
const constraints = () =>
  z.array(constraintSchema).max(ECS_API_LIMITS.constraintsPerTask, `at most ${ECS_API_LIMITS.constraintsPerTask} placement constraints per task (Amazon ECS API)`);
const strategies = () =>
  z.array(strategySchema).max(ECS_API_LIMITS.strategiesPerService, `at most ${ECS_API_LIMITS.strategiesPerService} placement strategy rules (Amazon ECS API)`);
const constraintSchema = z.discriminatedUnion('type', [z.strictObject({ type: z.literal('distinctInstance') }), memberOfSchema]);

const strategySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('binpack'), field: z.enum(['cpu', 'memory'], 'binpack field must be "cpu" or "memory"') }),
  z.strictObject({
    type: z.literal('spread'),
    field: z
      .string()
      .regex(/^(instanceId|host|attribute:.+)$/, 'spread field must be instanceId, host or attribute:NAME'),
  }),
  z.strictObject({ type: z.literal('random') }),
]);

const taskDefinitionSchema = z.strictObject({
  family: shortName(),
  revision: revision(),
  networkMode: z.enum(['bridge', 'host', 'awsvpc']).optional(),
  requiresCompatibilities: z.array(z.enum(['EC2', 'FARGATE'])).optional(),
  cpu: posInt().optional(),
  memory: posInt().optional(),
  containerDefinitions: z
    .array(containerSchema)
    .min(1, 'a task definition needs at least one container')
    .max(ECS_QUOTAS.containersPerTaskDefinition.value, quotaMessage('a task definition has', ECS_QUOTAS.containersPerTaskDefinition, 'containers')),
  placementConstraints: z.array(memberOfSchema).max(ECS_API_LIMITS.constraintsPerTask, `at most ${ECS_API_LIMITS.constraintsPerTask} placement constraints per task (Amazon ECS API)`).optional(),
});

const serviceSchema = z.strictObject({
  serviceName: shortName(),
  launchType: z.enum(['EC2', 'FARGATE']).optional(),
  desiredCount: desiredCount(),
  placementStrategy: strategies().optional(),
  placementConstraints: constraints().optional(),
  deploymentConfiguration: z
    .strictObject({
      minimumHealthyPercent: z.int('expected a whole percentage').min(0, 'expected a whole percentage').max(100, 'minimumHealthyPercent is at most 100').optional(),
      maximumPercent: z.int('expected a whole percentage').min(0, 'expected a whole percentage').optional(),
      deploymentCircuitBreaker: z.strictObject({ enable: z.boolean(), rollback: z.boolean() }).optional(),
    })
    .optional(),
  healthCheckGracePeriodSeconds: nonNegInt().optional(),
});

const existingTaskSchema = z.strictObject({
  taskId: shortName(),
  instanceId: shortName(),
  group: shortName(),
  revision: revision(),
  cpu: nonNegInt(),
  memory: nonNegInt(),
  hostPorts: z.array(z.int().min(1).max(65535)).max(100, 'expected at most 100 host ports'),
});

const actionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('createService') }),
  z.strictObject({
    type: z.literal('updateService'),
    desiredCount: desiredCount().optional(),
    taskDefinition: z.strictObject({ revision: revision() }).optional(),
    newRevisionHealthy: z.boolean().optional(),
  }),
  z.strictObject({ type: z.literal('stopInstance'), instanceId: shortName() }),
  z.strictObject({
    type: z.literal('runTask'),
    count: posInt().max(ECS_QUOTAS.tasksPerRunTask.value, quotaMessage('RunTask starts', ECS_QUOTAS.tasksPerRunTask, 'tasks per call')),
    group: shortName().optional(),
    placementStrategy: strategies().optional(),
    placementConstraints: constraints().optional(),
  }),
]);

const percentOrCount = z.union([nonNegInt(), z.string().regex(/^\d+%$/, 'expected an integer or a percentage such as "25%"')]);

const kubernetesSchema = z.strictObject({
  replicas: nonNegInt().max(SIMULATOR_LIMITS.tasks, simulatorLimitMessage('a Deployment has', SIMULATOR_LIMITS.tasks, 'replicas')),
  strategy: z
    .strictObject({
      type: z.enum(['RollingUpdate', 'Recreate']),
      rollingUpdate: z.strictObject({ maxSurge: percentOrCount.optional(), maxUnavailable: percentOrCount.optional() }).optional(),
    })
    .optional(),
  scoringStrategy: z.enum(['LeastAllocated', 'MostAllocated']).optional(),
});

const outcomeSchema = z.enum(['COMPLETED', 'STUCK', 'FAILED', 'ROLLED_BACK']);

/** What a scenario teaches, checked by the test that replays every scenario. All parts are optional. */
export const expectSchema = z.strictObject({
  /** The outcome of each deployment, in order. */
  deployments: z.array(z.strictObject({ revision: posInt(), outcome: outcomeSchema })).optional(),
  /** Where tasks were placed: task id (or the 0-based index of the taskPlaced event, as "#0") → instance id. */
  placements: z.record(z.string(), z.string()).optional(),
  /** How many taskUnplaceable events the run produces. */
  unplaceable: nonNegInt().optional(),
  /** Whether any deployment got stuck. */
  stuck: z.boolean().optional(),
  /** RUNNING tasks per revision at the end ("1": 3, "2": 4). */
  finalRunning: z.record(z.string(), nonNegInt()).optional(),
  /** RUNNING tasks per instance at the end. */
  finalPerInstance: z.record(z.string(), nonNegInt()).optional(),
  /** RUNNING tasks per Availability Zone at the end. */
  finalPerZone: z.record(z.string(), nonNegInt()).optional(),
  /** Event types that must appear in the trace. */
  eventsInclude: z.array(name()).optional(),
  /** During the deployments: the most tasks in PENDING, RUNNING or STOPPING at once, and the fewest healthy. */
  peakTasks: nonNegInt().optional(),
  minHealthy: nonNegInt().optional(),
  /**
   * The first deployment step by step: [old, new] counts of tasks PENDING or RUNNING (not STOPPING)
   * in successive snapshots, repeats dropped, e.g. [[4,0],[2,0],[2,2],[0,2],[0,4]].
   */
  waves: z.array(z.tuple([nonNegInt(), nonNegInt()])).optional(),
});

const baseSchema = z.strictObject({
  schemaVersion: z.literal(1, 'schemaVersion must be 1'),
  title: name().max(500, 'expected at most 500 characters'),
  description: name().max(5_000, 'expected at most 5,000 characters').optional(),
  mode: z.enum(['ecs', 'kubernetes']),
  seed: z.int('expected an integer seed'),
  cluster: z.strictObject({
    instances: z
      .array(instanceSchema)
      .max(ECS_QUOTAS.containerInstancesPerCluster.value, quotaMessage('a cluster has', ECS_QUOTAS.containerInstancesPerCluster, 'container instances')),
  }),
  taskDefinition: taskDefinitionSchema,
  service: serviceSchema.optional(),
  existingTasks: z.array(existingTaskSchema).max(SIMULATOR_LIMITS.tasks, simulatorLimitMessage('a scenario starts with', SIMULATOR_LIMITS.tasks, 'tasks')).optional(),
  actions: z.array(actionSchema).max(SIMULATOR_LIMITS.actions, simulatorLimitMessage('a timeline has', SIMULATOR_LIMITS.actions, 'actions')),
  expect: expectSchema.optional(),
  kubernetes: kubernetesSchema.optional(),
});

type Ctx = z.core.$RefinementCtx<z.infer<typeof baseSchema>>;
type Base = z.infer<typeof baseSchema>;

function checkConstraints(list: ReadonlyArray<{ type: string; expression?: string }> | undefined, path: (string | number)[], ctx: Ctx) {
  list?.forEach((c, i) => {
    if (c.type !== 'memberOf' || c.expression === undefined) return;
    const parsed = parseCql(c.expression);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', path: [...path, i, 'expression'], message: `syntax error: ${parsed.error.message}` });
  });
}

function checkTaskDefinition(s: Base, ctx: Ctx) {
  const td = s.taskDefinition;
  const fargate = s.service?.launchType === 'FARGATE' || (td.requiresCompatibilities ?? []).includes('FARGATE');
  if (s.service?.launchType === 'FARGATE' && !(td.requiresCompatibilities ?? []).includes('FARGATE')) {
    ctx.addIssue({ code: 'custom', path: ['taskDefinition', 'requiresCompatibilities'], message: 'a FARGATE service needs a task definition that requires FARGATE' });
  }
  if (fargate) {
    if (td.networkMode !== 'awsvpc') ctx.addIssue({ code: 'custom', path: ['taskDefinition', 'networkMode'], message: 'FARGATE tasks need networkMode "awsvpc"' });
    if (td.cpu === undefined || td.memory === undefined) {
      ctx.addIssue({ code: 'custom', path: ['taskDefinition'], message: 'FARGATE tasks need task-level cpu and memory' });
    } else {
      const problem = fargateSizeProblem(td.cpu, td.memory);
      if (problem) ctx.addIssue({ code: 'custom', path: ['taskDefinition', 'memory'], message: problem });
    }
  }
  td.containerDefinitions.forEach((c, i) => {
    const at = ['taskDefinition', 'containerDefinitions', i];
    if (c.memory !== undefined && c.memoryReservation !== undefined && c.memoryReservation > c.memory) {
      ctx.addIssue({ code: 'custom', path: [...at, 'memoryReservation'], message: 'memoryReservation must not exceed memory' });
    }
    if (td.memory === undefined && c.memory === undefined && c.memoryReservation === undefined) {
      ctx.addIssue({ code: 'custom', path: [...at, 'memory'], message: 'without task-level memory every container needs memory or memoryReservation' });
    }
    c.portMappings?.forEach((p, j) => {
      const mode = td.networkMode ?? 'bridge';
      if (mode !== 'bridge' && p.hostPort !== undefined && p.hostPort !== 0 && p.hostPort !== p.containerPort) {
        ctx.addIssue({ code: 'custom', path: [...at, 'portMappings', j, 'hostPort'], message: `in ${mode} mode hostPort must equal containerPort` });
      }
    });
  });
  checkConstraints(td.placementConstraints, ['taskDefinition', 'placementConstraints'], ctx);
  if (td.networkMode === 'awsvpc' && !fargate && s.mode === 'ecs') {
    s.cluster.instances.forEach((inst, i) => {
      if (eniTaskLimit(inst.instanceType, false) === undefined) {
        ctx.addIssue({ code: 'custom', path: ['cluster', 'instances', i, 'instanceType'], message: `no ENI limit is known for ${inst.instanceType}; use a type such as t3.large, m5.large or c5.large with awsvpc` });
      }
    });
  }
}

function checkReferences(s: Base, ctx: Ctx) {
  const ids = new Set<string>();
  s.cluster.instances.forEach((inst, i) => {
    if (ids.has(inst.id)) ctx.addIssue({ code: 'custom', path: ['cluster', 'instances', i, 'id'], message: `duplicate instance id "${inst.id}"` });
    ids.add(inst.id);
  });
  const taskIds = new Set<string>();
  s.existingTasks?.forEach((t, i) => {
    if (!ids.has(t.instanceId)) ctx.addIssue({ code: 'custom', path: ['existingTasks', i, 'instanceId'], message: `no instance "${t.instanceId}" in the cluster` });
    if (taskIds.has(t.taskId)) ctx.addIssue({ code: 'custom', path: ['existingTasks', i, 'taskId'], message: `duplicate task id "${t.taskId}"` });
    taskIds.add(t.taskId);
  });
  s.actions.forEach((a, i) => {
    if (a.type === 'stopInstance' && !ids.has(a.instanceId)) {
      ctx.addIssue({ code: 'custom', path: ['actions', i, 'instanceId'], message: `no instance "${a.instanceId}" in the cluster` });
    }
    if (a.type === 'runTask') checkConstraints(a.placementConstraints, ['actions', i, 'placementConstraints'], ctx);
    if ((a.type === 'createService' || a.type === 'updateService') && s.mode === 'ecs' && !s.service) {
      ctx.addIssue({ code: 'custom', path: ['actions', i, 'type'], message: `${a.type} needs a service block` });
    }
  });
}

/** Bounds that involve more than one field: ECS's per-task and task-definition limits, and the simulator's work. */
function checkLimits(s: Base, ctx: Ctx) {
  const fromTaskDefinition = s.taskDefinition.placementConstraints?.length ?? 0;
  const tooMany = (count: number, path: (string | number)[]) => {
    if (count + fromTaskDefinition <= ECS_API_LIMITS.constraintsPerTask) return;
    ctx.addIssue({ code: 'custom', path, message: `${count} placement constraints here and ${fromTaskDefinition} in the task definition: at most ${ECS_API_LIMITS.constraintsPerTask} apply to a task (Amazon ECS API)` });
  };
  tooMany(s.service?.placementConstraints?.length ?? 0, ['service', 'placementConstraints']);
  s.actions.forEach((a, i) => {
    if (a.type === 'runTask') tooMany(a.placementConstraints?.length ?? 0, ['actions', i, 'placementConstraints']);
  });
  const kib = new TextEncoder().encode(JSON.stringify(s.taskDefinition)).length / 1024;
  if (kib > ECS_QUOTAS.taskDefinitionKiB.value) {
    ctx.addIssue({ code: 'custom', path: ['taskDefinition'], message: `${Math.ceil(kib)} KiB: ${quotaMessage('a task definition is', ECS_QUOTAS.taskDefinitionKiB, 'KiB')}` });
  }
  for (const problem of workProblems(s)) ctx.addIssue({ code: 'custom', ...problem });
}

export const scenarioSchema = baseSchema.superRefine((s, ctx) => {
  if (s.mode === 'kubernetes' && !s.kubernetes) ctx.addIssue({ code: 'custom', path: ['kubernetes'], message: 'kubernetes mode needs a kubernetes block' });
  if (s.mode !== 'kubernetes' && s.kubernetes) ctx.addIssue({ code: 'custom', path: ['kubernetes'], message: 'a kubernetes block is only allowed in kubernetes mode' });
  const dc = s.service?.deploymentConfiguration;
  if (dc?.minimumHealthyPercent !== undefined && dc.maximumPercent !== undefined && dc.maximumPercent < dc.minimumHealthyPercent) {
    ctx.addIssue({ code: 'custom', path: ['service', 'deploymentConfiguration', 'maximumPercent'], message: 'maximumPercent must be at least minimumHealthyPercent' });
  }
  checkConstraints(s.service?.placementConstraints, ['service', 'placementConstraints'], ctx);
  checkTaskDefinition(s, ctx);
  checkReferences(s, ctx);
  checkLimits(s, ctx);
});

/** Compiles only while the schema produces exactly the engine's Scenario (see contract.ts). */
export type ScenarioSchemaChecked = Assert<Equals<z.output<typeof scenarioSchema>, Scenario>>;
export type { PlacementConstraint, PlacementStrategy, Scenario, ScenarioAction, ScenarioExpect, ScenarioInstance } from '../engine/contracts/scenario.ts';

export type ParseScenarioResult = { ok: true; scenario: Scenario } | { ok: false; issues: ContentIssue[] };

/** 1-based line and column of a character offset. */
/** Parses and validates scenario JSON text, returning every problem found. */
export function parseScenario(file: string, text: string): ParseScenarioResult {
  if (text.length > SIMULATOR_LIMITS.textLength) {
    return { ok: false, issues: [{ file, message: `the file is larger than ${SIMULATOR_LIMITS.textLength / 1024 / 1024} MB, the most a scenario may be` }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const at = findJsonSyntaxError(text);
    if (!at) return { ok: false, issues: [{ file, message: `invalid JSON: ${e instanceof Error ? e.message : String(e)}` }] };
    const found = at.truncated ? 'the end of the file' : `"${text[at.offset] ?? ''}"`;
    return { ok: false, issues: [{ file, line: at.line, message: `invalid JSON at line ${at.line}, column ${at.column}: ${at.message}, found ${found}` }] };
  }
  return validateScenario(file, data);
}

export function validateScenario(file: string, data: unknown): ParseScenarioResult {
  const hostile = findUntrusted(data, { depth: 16, stringLength: 10_000, arrayLength: 10_000 });
  if (hostile) return { ok: false, issues: [{ file, ...(hostile.path.length ? { field: dottedPath(hostile.path) } : {}), message: hostile.message }] };
  const result = scenarioSchema.safeParse(data);
  if (!result.success) return { ok: false, issues: zodIssues(file, result.error) };
  return { ok: true, scenario: result.data };
}
