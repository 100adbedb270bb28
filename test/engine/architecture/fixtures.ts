import { diagramSchema, type Diagram } from '@/content/diagramSchema';

type RawNode = { id: string; kind: string; label?: string; props?: Record<string, unknown> };
type RawEdge = { id: string; source: string; target: string; actions?: string[] };

/** Builds a diagram through the schema, so defaults are filled in exactly as for a loaded file. */
export function diagram(nodes: RawNode[], edges: RawEdge[]): Diagram {
  return diagramSchema.parse({ schemaVersion: 1, nodes, edges });
}

export const n = (id: string, kind: string, props?: Record<string, unknown>): RawNode => (props ? { id, kind, props } : { id, kind });
export const e = (id: string, source: string, target: string, actions?: string[]): RawEdge =>
  actions ? { id, source, target, actions } : { id, source, target };

export const role = (id: string, purpose: string, actions: string[]) => n(id, 'iam-role', { purpose, actions });
export const fargateTask = (id = 'task', extra: Record<string, unknown> = {}) => n(id, 'ecs-task', { launchType: 'FARGATE', ...extra });
export const fargateService = (id = 'svc', extra: Record<string, unknown> = {}) =>
  n(id, 'ecs-service', { launchType: 'FARGATE', containerPort: 80, ...extra });
