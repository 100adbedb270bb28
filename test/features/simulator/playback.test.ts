import { describe, expect, it } from 'vitest';
import { simulate } from '@/engine/deployment';
import { GROUPS, LIBRARY, findScenario } from '@/features/simulator/library';
import { clusterAt, placementToExplain } from '@/features/simulator/playback';
// `=~` and `!~` are matched by re2js, installed by this import (the app loads it only where needed).
import '@/engine/placement/re2';

function load(slug: string) {
  const entry = findScenario(slug);
  if (!entry) throw new Error(`no scenario ${slug}`);
  return { scenario: entry.scenario, result: simulate(entry.scenario) };
}

function instance(view: ReturnType<typeof clusterAt>, id: string) {
  const found = view.zones.flatMap((z) => z.instances).find((i) => i.id === id);
  if (!found) throw new Error(`no instance ${id}`);
  return found;
}

describe('the scenario library', () => {
  it('bundles every scenario file, valid, in library order (by group, as the lessons use them)', () => {
    expect(LIBRARY.length).toBe(20);
    expect(LIBRARY.map((s) => s.slug)).toContain('binpack-memory');
    expect(LIBRARY.map((s) => s.slug)).toEqual(GROUPS.flatMap((g) => g.slugs));
  });
});

describe('clusterAt', () => {
  it('starts empty and fills gauges as tasks are placed (static host port 80, 256 CPU, 1024 MiB per task)', () => {
    const { scenario, result } = load('static-host-port');
    const start = clusterAt(scenario, result, 0);
    expect(start.t).toBe(0);
    expect(start.zones.map((z) => z.name)).toEqual(['us-east-1a', 'us-east-1b']);
    expect(instance(start, 'i-a1')).toMatchObject({ usedCpu: 0, usedMemory: 0, staticPorts: [], tasks: [] });

    const end = clusterAt(scenario, result, result.trace.events.length);
    // Port 80 allows one task per instance: two of the three tasks run, one on each instance.
    for (const id of ['i-a1', 'i-b1']) {
      const inst = instance(end, id);
      expect(inst).toMatchObject({ usedCpu: 256, usedMemory: 1024, staticPorts: [80], dynamicPorts: 0 });
      expect(inst.tasks.map((t) => [t.status, t.healthy])).toEqual([['RUNNING', true]]);
    }
  });

  it('shows a just-placed task as PENDING on its instance, marked as the change', () => {
    const { scenario, result } = load('static-host-port');
    const first = result.trace.events.findIndex((e) => e.type === 'taskPlaced');
    const placed = result.trace.events[first];
    if (placed?.type !== 'taskPlaced') throw new Error('expected a placement');
    const view = clusterAt(scenario, result, first + 1);
    const task = instance(view, placed.instanceId).tasks.find((t) => t.taskId === placed.taskId);
    expect(task).toMatchObject({ status: 'PENDING', healthy: false, changed: true, placedBy: first });
    expect(view.current).toBe(placed);
  });

  it('keeps the resources of a STOPPING task and releases them once it has stopped', () => {
    const { scenario, result } = load('rolling-update-50-100');
    const events = result.trace.events;
    const stopping = events.findIndex((e) => e.type === 'taskStopping');
    const ev = events[stopping];
    if (ev?.type !== 'taskStopping') throw new Error('expected a stopping task');
    const stopped = events.findIndex((e) => e.type === 'taskStopped' && e.taskId === ev.taskId);
    const where = (pos: number) => clusterAt(scenario, result, pos).zones.flatMap((z) => z.instances).find((i) => i.tasks.some((t) => t.taskId === ev.taskId));
    const during = where(stopping + 1);
    expect(during?.tasks.find((t) => t.taskId === ev.taskId)?.status).toBe('STOPPING');
    const before = during?.usedCpu ?? 0;
    // Just stopped: still drawn (so it can be seen leaving) but no longer holding 256 CPU units.
    const after = clusterAt(scenario, result, stopped + 1).zones.flatMap((z) => z.instances).find((i) => i.id === during?.id);
    expect(after?.tasks.find((t) => t.taskId === ev.taskId)?.status).toBe('STOPPED');
    expect(before - (after?.usedCpu ?? 0)).toBeGreaterThanOrEqual(256);
    // One event later it is gone.
    expect(clusterAt(scenario, result, stopped + 2).zones.flatMap((z) => z.instances.flatMap((i) => i.tasks)).some((t) => t.taskId === ev.taskId)).toBe(false);
  });

  it.each(LIBRARY.map((s) => s.slug))('%s: replaying every event ends where the engine’s last snapshot does', (slug) => {
    const { scenario, result } = load(slug);
    const last = result.trace.snapshots[result.trace.snapshots.length - 1];
    const view = clusterAt(scenario, result, result.trace.events.length);
    const shown = [...view.zones.flatMap((z) => z.instances.flatMap((i) => i.tasks)), ...view.fargate]
      .filter((t) => t.status !== 'STOPPED')
      .map((t) => ({ taskId: t.taskId, instanceId: t.instanceId, revision: t.revision, status: t.status, healthy: t.healthy }));
    const key = (t: { taskId: string }) => t.taskId;
    expect(shown.sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...(last?.tasks ?? [])].sort((a, b) => key(a).localeCompare(key(b))));
  });
});

describe('placementToExplain', () => {
  it('explains the selected placement once it has happened, else the latest one', () => {
    const { result } = load('binpack-memory');
    const placements = result.trace.events.flatMap((e, i) => (e.type === 'taskPlaced' ? [i] : []));
    const [a, b] = placements as [number, number];
    expect(placementToExplain(result, 0, null)).toBeNull();
    expect(placementToExplain(result, b + 1, null)).toBe(b);
    expect(placementToExplain(result, b + 1, a)).toBe(a);
    // A selection from later in the timeline does not apply before it happens.
    expect(placementToExplain(result, a + 1, b)).toBe(a);
  });
});
