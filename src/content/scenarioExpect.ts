import type { Trace } from '../engine/deployment/trace.ts';
import type { Scenario } from './scenarioSchema.ts';

/**
 * Checks a scenario's `expect` block against the trace its replay produced. Returns one sentence per
 * expectation that does not hold (empty when the scenario teaches what it says). Maps such as
 * finalPerInstance check only the keys they list.
 */
export function checkExpectations(scenario: Scenario, trace: Trace): string[] {
  const e = scenario.expect;
  if (!e) return [];
  const problems: string[] = [];
  const eq = (label: string, actual: unknown, wanted: unknown) => {
    if (JSON.stringify(actual) !== JSON.stringify(wanted)) problems.push(`${label}: expected ${JSON.stringify(wanted)}, got ${JSON.stringify(actual)}`);
  };
  if (e.deployments) eq('deployments', trace.deployments, e.deployments);
  const placed = trace.events.filter((ev) => ev.type === 'taskPlaced');
  for (const [key, instanceId] of Object.entries(e.placements ?? {})) {
    const ev = key.startsWith('#') ? placed[Number(key.slice(1))] : placed.find((p) => p.taskId === key);
    eq(`placement of ${key}`, ev?.instanceId ?? null, instanceId);
  }
  if (e.unplaceable !== undefined) eq('unplaceable tasks', trace.events.filter((ev) => ev.type === 'taskUnplaceable').length, e.unplaceable);
  if (e.stuck !== undefined) eq('stuck', trace.events.some((ev) => ev.type === 'deploymentStuck'), e.stuck);
  const last = trace.snapshots[trace.snapshots.length - 1];
  const running = (last?.tasks ?? []).filter((t) => t.status === 'RUNNING');
  const countBy = (key: (t: (typeof running)[number]) => string) => {
    const m: Record<string, number> = {};
    for (const t of running) m[key(t)] = (m[key(t)] ?? 0) + 1;
    return m;
  };
  if (e.finalRunning) {
    const byRevision = countBy((t) => String(t.revision));
    const keys = new Set([...Object.keys(byRevision), ...Object.keys(e.finalRunning)]);
    for (const k of keys) eq(`running tasks of revision ${k}`, byRevision[k] ?? 0, e.finalRunning[k] ?? 0);
  }
  if (e.finalPerInstance) {
    const byInstance = countBy((t) => t.instanceId);
    for (const [k, n] of Object.entries(e.finalPerInstance)) eq(`running tasks on ${k}`, byInstance[k] ?? 0, n);
  }
  if (e.finalPerZone) {
    const zoneOf = new Map(scenario.cluster.instances.map((i) => [i.id, i.availabilityZone]));
    const byZone = countBy((t) => zoneOf.get(t.instanceId) ?? t.instanceId);
    for (const [k, n] of Object.entries(e.finalPerZone)) eq(`running tasks in ${k}`, byZone[k] ?? 0, n);
  }
  for (const type of e.eventsInclude ?? []) {
    if (!trace.events.some((ev) => ev.type === type)) problems.push(`expected a ${type} event`);
  }
  const start = trace.events.find((ev) => ev.type === 'deploymentStarted');
  if (start && (e.peakTasks !== undefined || e.minHealthy !== undefined || e.waves)) {
    const endTypes = ['deploymentCompleted', 'deploymentStuck', 'deploymentRolledBack', 'deploymentFailed'];
    const end = trace.events.find((ev) => ev.t >= start.t && endTypes.includes(ev.type));
    const endT = end?.t ?? Infinity;
    const window = trace.snapshots.filter((s) => s.t >= start.t && s.t <= endT);
    if (e.peakTasks !== undefined) eq('peak tasks during the deployment', Math.max(...window.map((s) => s.tasks.length)), e.peakTasks);
    if (e.minHealthy !== undefined) eq('fewest healthy tasks during the deployment', Math.min(...window.map((s) => s.tasks.filter((t) => t.healthy).length)), e.minHealthy);
    if (e.waves && start.type === 'deploymentStarted') {
      const waves: Array<[number, number]> = [];
      for (const s of window) {
        const live = s.tasks.filter((t) => t.status !== 'STOPPING');
        const wave: [number, number] = [live.filter((t) => t.revision !== start.revision).length, live.filter((t) => t.revision === start.revision).length];
        const prev = waves[waves.length - 1];
        if (!prev || prev[0] !== wave[0] || prev[1] !== wave[1]) waves.push(wave);
      }
      eq('waves (old, new tasks running or pending)', waves, e.waves);
    }
  } else if (e.peakTasks !== undefined || e.minHealthy !== undefined || e.waves) {
    problems.push('peakTasks, minHealthy and waves need a deployment in the trace');
  }
  return problems;
}
