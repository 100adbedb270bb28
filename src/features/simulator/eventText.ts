import type { TraceEvent } from '@/engine/deployment';
import type { Msg } from './messages';
import type { ViewTask } from './playback';

/** The engine's reason in the learner's language where the messages know it (ECS's own words stay verbatim). */
function because(reason: string, m: Msg): string {
  return 'reason' in m && typeof m.reason === 'function' ? (m.reason as (r: string) => string)(reason) : reason;
}

/** One trace event as a sentence in the learner's language (ECS's own reasons stay verbatim). */
export function eventText(e: TraceEvent, m: Msg): string {
  if ('reason' in e) e = { ...e, reason: because(e.reason, m) } as TraceEvent;
  switch (e.type) {
    case 'taskPlaced':
      return m('evTaskPlaced', { task: e.taskId, rev: e.revision, instance: e.instanceId });
    case 'taskUnplaceable':
      return m('evTaskUnplaceable', { rev: e.revision, reason: e.reason });
    case 'taskRunning':
      return m('evTaskRunning', { task: e.taskId });
    case 'taskHealthy':
      return m('evTaskHealthy', { task: e.taskId });
    case 'taskUnhealthy':
      return m('evTaskUnhealthy', { task: e.taskId, reason: e.reason });
    case 'taskStopping':
      return m('evTaskStopping', { task: e.taskId, reason: e.reason });
    case 'taskStopped':
      return m('evTaskStopped', { task: e.taskId, reason: e.reason });
    case 'instanceStopped':
      return m('evInstanceStopped', { instance: e.instanceId });
    case 'serviceScaled':
      return m('evServiceScaled', { n: e.desiredCount });
    case 'deploymentStarted':
      return m('evDeploymentStarted', { rev: e.revision, reason: e.reason });
    case 'deploymentCompleted':
      return m('evDeploymentCompleted', { rev: e.revision });
    case 'deploymentStuck':
      return m('evDeploymentStuck', { rev: e.revision, reason: e.reason });
    case 'deploymentFailed':
      return m('evDeploymentFailed', { rev: e.revision, reason: e.reason });
    case 'deploymentRolledBack':
      return m('evDeploymentRolledBack', { rev: e.revision, to: e.toRevision });
    case 'actionRejected':
      return m('evActionRejected', { action: e.action, reason: e.reason });
  }
}

/** Events that are bad news, shown with a warning mark (not by colour alone). */
export function isProblem(e: TraceEvent): boolean {
  return ['taskUnplaceable', 'taskUnhealthy', 'deploymentStuck', 'deploymentFailed', 'deploymentRolledBack', 'actionRejected'].includes(e.type);
}

export function statusText(task: ViewTask, m: Msg): string {
  if (task.status === 'STOPPED') return m('statusStopped');
  if (task.status === 'STOPPING') return task.failed ? `${m('statusStopping')}, ${m('statusUnhealthy')}` : m('statusStopping');
  if (task.status === 'PENDING') return m('statusPending');
  if (task.failed) return m('statusUnhealthy');
  return task.healthy ? `${m('statusRunning')}, ${m('statusHealthy')}` : m('statusRunning');
}

/** A glyph per state so the chips do not rely on colour: ◌ pending, ▷ running, ✓ healthy, ✗ failed, ↓ stopping, ■ stopped. */
export function statusGlyph(task: ViewTask): string {
  if (task.status === 'STOPPED') return '■';
  if (task.status === 'STOPPING') return '↓';
  if (task.status === 'PENDING') return '◌';
  if (task.failed) return '✗';
  return task.healthy ? '✓' : '▷';
}

/** The `count` longest of some texts: stacked under the current one, they keep its box as tall as it will ever be. */
export function longest(texts: Iterable<string>, count = 3): string[] {
  return [...new Set(texts)].sort((a, b) => b.length - a.length).slice(0, count);
}
