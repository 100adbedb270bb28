/**
 * The simulator's results come from the engine worker: `useSimulation` runs a scenario there (the
 * latest scenario wins; an edit cancels the run of the previous text) and `useDecision` fetches one
 * placement's per-instance verdicts when a large run left them in the worker.
 */
import type { Scenario } from '@/content/scenarioSchema';
import type { PlacementDecision } from '@/engine/placement/decision';
import { useEngine, type EngineState } from '@/ui/useEngine';
import type { SimulationRun } from '@/worker/api';

const ids = new WeakMap<object, number>();
let nextId = 0;

/** A key that names one object for as long as it lives (scenarios are immutable once parsed). */
export function objectKey(o: object): string {
  let id = ids.get(o);
  if (id === undefined) ids.set(o, (id = ++nextId));
  return `o${id}`;
}

export function useSimulation(scenario: Scenario | null, explain = true): EngineState<SimulationRun> {
  return useEngine('simulator', 'simulate', scenario ? `${objectKey(scenario)}:${explain}` : null, () => [scenario as Scenario, explain]);
}

/** The full decision of a placement: at once when the run carried it, else asked of the worker. */
export function useDecision(run: SimulationRun | undefined, scenario: Scenario, eventIndex: number | null): PlacementDecision | undefined {
  const light = eventIndex === null ? undefined : run?.decisions[eventIndex];
  const ask = Boolean(run?.verdictsOmitted && light);
  const full = useEngine('simulator', 'decision', ask ? `${objectKey(scenario)}:${eventIndex}` : null, () => [scenario, eventIndex as number]);
  if (!ask) return light;
  return full.status === 'done' ? (full.value ?? undefined) : undefined;
}
