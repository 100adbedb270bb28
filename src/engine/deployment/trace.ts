import type { PlacementDecision } from '../placement/decision.ts';

export type TaskStatus = 'PENDING' | 'RUNNING' | 'STOPPING';
export type DeploymentOutcome = 'COMPLETED' | 'STUCK' | 'FAILED' | 'ROLLED_BACK';

export type TraceEvent =
  | { t: number; type: 'taskPlaced'; taskId: string; instanceId: string; revision: number; why: string }
  | { t: number; type: 'taskUnplaceable'; revision: number; reason: string }
  | { t: number; type: 'taskRunning'; taskId: string }
  | { t: number; type: 'taskHealthy'; taskId: string }
  | { t: number; type: 'taskUnhealthy'; taskId: string; reason: string }
  | { t: number; type: 'taskStopping'; taskId: string; reason: string }
  | { t: number; type: 'taskStopped'; taskId: string; reason: string }
  | { t: number; type: 'instanceStopped'; instanceId: string }
  | { t: number; type: 'serviceScaled'; desiredCount: number }
  | { t: number; type: 'deploymentStarted'; revision: number; reason: string }
  | { t: number; type: 'deploymentCompleted'; revision: number }
  | { t: number; type: 'deploymentStuck'; revision: number; reason: string }
  | { t: number; type: 'deploymentFailed'; revision: number; reason: string }
  | { t: number; type: 'deploymentRolledBack'; revision: number; toRevision: number }
  | { t: number; type: 'actionRejected'; action: string; reason: string };

export interface SnapshotTask {
  taskId: string;
  instanceId: string;
  revision: number;
  status: TaskStatus;
  healthy: boolean;
}

export interface Snapshot {
  t: number;
  tasks: SnapshotTask[];
}

export interface Trace {
  events: TraceEvent[];
  snapshots: Snapshot[];
  deployments: Array<{ revision: number; outcome: DeploymentOutcome }>;
}

export interface SimulationResult {
  trace: Trace;
  /** For each taskPlaced event (by its index in trace.events), how the instance was chosen. */
  decisions: Record<number, PlacementDecision>;
}
