import { describe, expect, it } from 'vitest';
import { placeBatch } from '@/engine/placement/batch';
import { whyText } from '@/engine/placement/decision';
import { compileConstraints, placeTask, type EngineStrategy } from '@/engine/placement/placeTask';
import { createRng } from '@/engine/random';
import { ClusterState, instance, spec } from './helpers';
// `=~` and `!~` are matched by re2js, installed by this import (the app loads it only where needed).
import '@/engine/placement/re2';

function cluster(n: number) {
  return new ClusterState(
    Array.from({ length: n }, (_, i) =>
      instance(`i-${i}`, ['us-east-1a', 'us-east-1b', 'us-east-1c'][i % 3]!, [2048, 4096][i % 2]!, [4096, 8192, 6144][i % 3]!, { attributes: { rack: `r${i % 4}` } }),
    ),
  );
}

const shapes: Array<[string, EngineStrategy[]]> = [
  ['spread AZ then binpack memory', [{ type: 'spread', field: 'attribute:ecs.availability-zone' }, { type: 'binpack', field: 'memory' }]],
  ['spread AZ then instance (default)', [{ type: 'spread', field: 'attribute:ecs.availability-zone' }, { type: 'spread', field: 'instanceId' }]],
  ['binpack cpu', [{ type: 'binpack', field: 'cpu' }]],
  ['spread custom attribute', [{ type: 'spread', field: 'attribute:rack' }]],
  ['no strategy', []],
];

describe('indexed batch placement', () => {
  for (const [name, strategies] of shapes) {
    for (const constraintsList of [[], [{ type: 'distinctInstance' as const }], [{ type: 'memberOf' as const, expression: 'runningTasksCount < 5' }]]) {
      it(`makes the same choices as one-by-one placement: ${name}, ${constraintsList.map((c) => c.type).join() || 'no constraint'}`, () => {
        const { constraints } = compileConstraints(constraintsList);
        const task = spec(256, 512);
        const req = { group: 'service:web', revision: 1, spec: task, constraints, strategies, subject: 'service web' };
        const a = cluster(30);
        const rngA = createRng(5);
        const one: string[] = [];
        for (let i = 0; i < 400; i++) {
          const r = placeTask(a, { ...req, taskId: `t-${i}` }, rngA, false);
          if (!r.instance) {
            one.push(`unplaceable: ${r.reason ?? ''}`);
            break;
          }
          one.push(`${r.instance.id} ${whyText(r.decision)}`);
          a.occupy(r.instance, task);
          a.join(r.instance, req.group);
        }
        const b = cluster(30);
        const batch: string[] = [];
        const res = placeBatch(b, req, 400, createRng(5), (inst, summary) => {
          batch.push(`${inst.id} ${whyText(summary.decision())}`);
          b.occupy(inst, task);
          b.join(inst, req.group);
        }, (i) => `t-${i}`);
        if (res.placed < 400) batch.push(`unplaceable: ${res.reason ?? ''}`);
        expect(batch).toEqual(one);
      });
    }
  }
});
