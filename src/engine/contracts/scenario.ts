/**
 * The scenario contract: what the placement and deployment engines simulate (shared/scenario-format.md).
 * Field names are the ECS API's. These are the shapes after validation; `src/content/scenarioSchema.ts`
 * checks files against them (bounds, references, quotas) and fails to compile if the two drift apart.
 */

import type { LaunchType } from './diagram.ts';

/** A container instance of the cluster. */
export interface ScenarioInstance {
  id: string;
  instanceType: string;
  availabilityZone: string;
  cpu: number;
  memory: number;
  /** Custom attributes, matched by memberOf expressions and spread by attribute:NAME. */
  attributes?: Record<string, string> | undefined;
  eniTrunking?: boolean | undefined;
}

export interface PortMapping {
  containerPort: number;
  hostPort?: number | undefined;
  protocol?: 'tcp' | 'udp' | undefined;
}

export interface ContainerHealthCheck {
  command: string[];
  interval?: number | undefined;
  timeout?: number | undefined;
  retries?: number | undefined;
  startPeriod?: number | undefined;
}

export interface ContainerDefinition {
  name: string;
  image: string;
  essential?: boolean | undefined;
  cpu?: number | undefined;
  memory?: number | undefined;
  memoryReservation?: number | undefined;
  portMappings?: PortMapping[] | undefined;
  healthCheck?: ContainerHealthCheck | undefined;
}

/** A cluster query language expression the instance must match. */
export interface MemberOfConstraint {
  type: 'memberOf';
  expression: string;
}

export type PlacementConstraint = { type: 'distinctInstance' } | MemberOfConstraint;

export type PlacementStrategy =
  | { type: 'binpack'; field: 'cpu' | 'memory' }
  /** instanceId, host or attribute:NAME */
  | { type: 'spread'; field: string }
  | { type: 'random' };

export interface TaskDefinition {
  family: string;
  revision: number;
  networkMode?: 'bridge' | 'host' | 'awsvpc' | undefined;
  requiresCompatibilities?: LaunchType[] | undefined;
  cpu?: number | undefined;
  memory?: number | undefined;
  containerDefinitions: ContainerDefinition[];
  placementConstraints?: MemberOfConstraint[] | undefined;
}

export interface DeploymentConfiguration {
  minimumHealthyPercent?: number | undefined;
  maximumPercent?: number | undefined;
  deploymentCircuitBreaker?: { enable: boolean; rollback: boolean } | undefined;
}

export interface ScenarioService {
  serviceName: string;
  launchType?: LaunchType | undefined;
  desiredCount: number;
  placementStrategy?: PlacementStrategy[] | undefined;
  placementConstraints?: PlacementConstraint[] | undefined;
  deploymentConfiguration?: DeploymentConfiguration | undefined;
  healthCheckGracePeriodSeconds?: number | undefined;
}

/** A task already running when the scenario starts. */
export interface ExistingTask {
  taskId: string;
  instanceId: string;
  group: string;
  revision: number;
  cpu: number;
  memory: number;
  hostPorts: number[];
}

export type ScenarioAction =
  | { type: 'createService' }
  | {
      type: 'updateService';
      desiredCount?: number | undefined;
      taskDefinition?: { revision: number } | undefined;
      newRevisionHealthy?: boolean | undefined;
    }
  | { type: 'stopInstance'; instanceId: string }
  | {
      type: 'runTask';
      count: number;
      group?: string | undefined;
      placementStrategy?: PlacementStrategy[] | undefined;
      placementConstraints?: PlacementConstraint[] | undefined;
    };

/** A count of pods, or a percentage of replicas such as "25%". */
export type PercentOrCount = number | string;

export interface KubernetesSettings {
  replicas: number;
  strategy?:
    | {
        type: 'RollingUpdate' | 'Recreate';
        rollingUpdate?: { maxSurge?: PercentOrCount | undefined; maxUnavailable?: PercentOrCount | undefined } | undefined;
      }
    | undefined;
  scoringStrategy?: 'LeastAllocated' | 'MostAllocated' | undefined;
}

export type DeploymentOutcome = 'COMPLETED' | 'STUCK' | 'FAILED' | 'ROLLED_BACK';

/** What a scenario teaches, checked by the test that replays every scenario. All parts are optional. */
export interface ScenarioExpect {
  /** The outcome of each deployment, in order. */
  deployments?: { revision: number; outcome: DeploymentOutcome }[] | undefined;
  /** Where tasks were placed: task id (or the 0-based index of the taskPlaced event, as "#0") → instance id. */
  placements?: Record<string, string> | undefined;
  /** How many taskUnplaceable events the run produces. */
  unplaceable?: number | undefined;
  /** Whether any deployment got stuck. */
  stuck?: boolean | undefined;
  /** RUNNING tasks per revision at the end ("1": 3, "2": 4). */
  finalRunning?: Record<string, number> | undefined;
  /** RUNNING tasks per instance at the end. */
  finalPerInstance?: Record<string, number> | undefined;
  /** RUNNING tasks per Availability Zone at the end. */
  finalPerZone?: Record<string, number> | undefined;
  /** Event types that must appear in the trace. */
  eventsInclude?: string[] | undefined;
  /** During the deployments: the most tasks in PENDING, RUNNING or STOPPING at once, and the fewest healthy. */
  peakTasks?: number | undefined;
  minHealthy?: number | undefined;
  /**
   * The first deployment step by step: [old, new] counts of tasks PENDING or RUNNING (not STOPPING)
   * in successive snapshots, repeats dropped, e.g. [[4,0],[2,0],[2,2],[0,2],[0,4]].
   */
  waves?: [number, number][] | undefined;
}

export interface Scenario {
  schemaVersion: 1;
  title: string;
  description?: string | undefined;
  mode: 'ecs' | 'kubernetes';
  seed: number;
  cluster: { instances: ScenarioInstance[] };
  taskDefinition: TaskDefinition;
  service?: ScenarioService | undefined;
  existingTasks?: ExistingTask[] | undefined;
  actions: ScenarioAction[];
  expect?: ScenarioExpect | undefined;
  /** Required in kubernetes mode, refused in ecs mode. */
  kubernetes?: KubernetesSettings | undefined;
}
