import { bench, describe } from 'vitest';
import { validateScenario, type Scenario } from '@/content/scenarioSchema';
import { simulate } from '@/engine/deployment/simulate';
import { Replay } from '@/engine/deployment/replay';
import { rollingUpdate1000 } from '../fixtures/rollingUpdate1000';

/**
 * An ECS rolling update of a service at desired count 1 000 (default 100% / 200%) on 100 instances
 * in three zones, from 1 000 running tasks of revision 1 to revision 2: 1 000 placements, 1 000
 * stops, every health transition. Budget ≤ 20 ms median for the engine (explain off: the same trace
 * without per-instance verdicts); the run with verdicts for the "Why here?" panel is shown too.
 */
function scenario(): Scenario {
  const r = validateScenario('bench.json', rollingUpdate1000());
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.scenario;
}

const s = scenario();

describe('rolling update at desired 1 000', () => {
  bench('engine (explain off)', () => {
    const { trace } = simulate(s, { explain: false });
    if (trace.deployments[0]?.outcome !== 'COMPLETED') throw new Error('deployment did not complete');
  }, { iterations: 30, time: 2_000 });
  bench('with per-instance decisions', () => {
    simulate(s);
  }, { iterations: 10, time: 2_000 });
});

describe('the same run replayed as the player plays it', () => {
  const result = simulate(s, { explain: false });
  const replay = new Replay(s, result);
  let position = 0;
  bench('the next position, one event on (each call)', () => {
    position = position >= replay.length ? 0 : position + 1;
    if (replay.at(position).position !== position) throw new Error('wrong position');
  }, { iterations: 2_000, time: 1_000 });
});
