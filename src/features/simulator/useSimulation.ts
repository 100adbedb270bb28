/**
 * The simulator's results come from the engine worker: `useSimulation` runs a scenario there (the
 * latest scenario wins; an edit cancels the run of the previous text) and `useDecision` fetches one
 * placement's per-instance verdicts when a large run left them in the worker.
 */
import { useState } from 'react';
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

/**
 * The full decision of a placement: at once when the run carried it, else asked of the worker. While the
 * worker answers, the decision shown before (of the same run) stays, with `pending` set: the table is
 * updated in place when the answer comes rather than removed and built again.
 */
export function useDecision(run: SimulationRun | undefined, scenario: Scenario, eventIndex: number | null): { decision: PlacementDecision | undefined; pending: boolean } {
  const light = eventIndex === null ? undefined : run?.decisions[eventIndex];
  const ask = Boolean(run?.verdictsOmitted && light);
  const full = useEngine('simulator', 'decision', ask ? `${objectKey(scenario)}:${eventIndex}` : null, () => [scenario, eventIndex as number]);
  const [shown, setShown] = useState<{ run: SimulationRun | undefined; decision: PlacementDecision | undefined }>({ run: undefined, decision: undefined });
  const decision = !ask ? light : full.status === 'done' ? (full.value ?? undefined) : undefined;
  const pending = ask && full.status === 'pending';
  if (!pending && (shown.run !== run || shown.decision !== decision)) setShown({ run, decision });
  if (pending && shown.run === run) return { decision: shown.decision, pending };
  return { decision, pending };
}
