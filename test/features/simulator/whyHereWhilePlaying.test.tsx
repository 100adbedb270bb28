import { act, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { validateScenario } from '@/content/scenarioSchema';
import { useMessages } from '@/features/simulator/messages';
import { Stage } from '@/features/simulator/Stage';
import { createPlaybackStore, tick, type PlaybackStore } from '@/features/simulator/store';
import { preferencesStore } from '@/ui/preferences';
import { callEngine } from '@/worker/client';
import type { SimulationRun } from '@/worker/api';
import { rollingUpdate1000 } from '../../fixtures/rollingUpdate1000';

// A rolling update on 45 instances, 100 tasks: 4 500 verdicts, more than a run carries, so each
// placement's table is asked of the engine.
function largeScenario() {
  const data = rollingUpdate1000();
  const n = 45;
  data.cluster.instances = data.cluster.instances.slice(0, n);
  data.service.desiredCount = 100;
  data.existingTasks = data.existingTasks.slice(0, 100).map((t, i) => ({ ...t, instanceId: `i-${i % n}` }));
  const parsed = validateScenario('large.json', data);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.scenario;
}

function Screen({ run, store }: { run: SimulationRun; store: PlaybackStore }) {
  const m = useMessages();
  return <Stage scenario={scenario} result={run} store={store} m={m} title="Large" hint="" />;
}

const scenario = largeScenario();
beforeEach(() => preferencesStore.setState({ language: 'en', theme: 'light' }));

describe('Why here? on a large run', () => {
  it('keeps the placement it explains while playing, says so, and shows the latest once paused', async () => {
    const run = await callEngine('simulator', 'simulate', [scenario, true]).result;
    expect(run.verdictsOmitted).toBe(true);
    const placed = run.trace.events.flatMap((e, i) => (e.type === 'taskPlaced' ? [{ i, task: e.taskId }] : []));
    const [first, , third] = placed;
    if (!first || !third) throw new Error('expected placements');
    const store = createPlaybackStore();
    store.getState().load(run.trace.events.length, first.i + 1);
    render(<Screen run={run} store={store} />);
    const caption = (task: string) => new RegExp(`^Why task ${task} \\(revision 2\\) went to i-`);
    const why = screen.getByRole('region', { name: 'Why here?' });
    expect(await within(why).findByRole('table', { name: caption(first.task) })).toBeInTheDocument();

    act(() => store.getState().play());
    // Two more placements go by while it plays: the table stays on the first and the panel says why.
    while (store.getState().position <= third.i) act(() => tick(store));
    expect(within(why).getByRole('table', { name: caption(first.task) })).toBeInTheDocument();
    expect(within(why).getByText(/While it plays, this stays on the placement shown when playback started/)).toBeInTheDocument();

    act(() => store.getState().pause());
    const latest = placed.filter((p) => p.i < store.getState().position).at(-1);
    expect(await within(why).findByRole('table', { name: caption(latest?.task ?? '') })).toBeInTheDocument();
    expect(within(why).queryByText(/While it plays/)).toBeNull();
  });
});
