import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagram } from '@/content/diagramSchema';
import { questionSchema } from '@/content/questionSchema';
import { gradeDiagram, passes } from '@/engine/architecture';
import { GENERATORS, missingPermissionGenerator, nextPlacementGenerator, rollingWaveGenerator, stuckDeploymentGenerator } from '@/engine/generators';
import type { GeneratedQuestion } from '@/engine/generators';
import { brokenDiagram } from '@/engine/generators/missingPermission';
import { grant, placementOracle } from './oracles';
// `=~` and `!~` are matched by re2js, installed by this import (the app loads it only where needed).
import '@/engine/placement/re2';

const HANGUL = /[\uAC00-\uD7A3]/;
const seedArb = fc.nat({ max: 1_000_000 });
const seeds = Array.from({ length: 24 }, (_, i) => i);
const answerText = (q: GeneratedQuestion) => q.options.filter((o) => q.answer.includes(o.id)).map((o) => o.text);

/** Everything a question is apart from its words. */
const shape = (q: GeneratedQuestion) => ({ ...q, stem: undefined, options: q.options.map((o) => o.id) });

describe('generated questions in Korean', () => {
  it.each(GENERATORS.map((g) => [g.id, g] as const))('%s: the same question as in English, with every text in Korean', (_id, g) => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const en = g.generate(seed, 'en');
        const ko = g.generate(seed, 'ko');
        // Same id, generator, seed, answer, option ids in the same order, difficulty, references, domains.
        expect(shape(ko)).toEqual(shape(en));
        expect(g.generate(seed)).toEqual(en);
        expect(g.generate(seed, 'ko')).toEqual(ko);
        const { generator: _g, seed: _s, ...question } = ko;
        expect(questionSchema.safeParse(question).error).toBeUndefined();
        expect(ko.stem).toMatch(HANGUL);
        expect(ko.stem).not.toBe(en.stem);
        for (const o of ko.options) {
          expect(o.text.trim()).not.toBe('');
          expect(o.text).toMatch(HANGUL);
          expect(o.explanation?.trim()).toBeTruthy();
          expect(o.explanation).toMatch(HANGUL);
        }
        expect(new Set(ko.options.map((o) => o.text)).size).toBe(ko.options.length);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps parameters, API actions and ids in English inside the Korean sentences', () => {
    for (const seed of seeds.slice(0, 12)) {
      expect(rollingWaveGenerator.generate(seed, 'ko').stem).toMatch(/minimumHealthyPercent \d+, maximumPercent \d+/);
      expect(stuckDeploymentGenerator.generate(seed, 'ko').stem).toMatch(/minimumHealthyPercent \d+, maximumPercent \d+/);
      const placement = nextPlacementGenerator.generate(seed, 'ko');
      expect(placement.stem).toContain('RunTask');
      expect(placement.stem).toMatch(/배치 전략은 (memory 기준 binpack|instanceId 기준 spread|attribute:ecs\.availability-zone 기준 spread, 그다음 memory 기준 binpack)입니다/);
      expect(placement.options.map((o) => o.text)).toEqual(nextPlacementGenerator.generate(seed).options.map((o) => o.text.replace(' (', ' 인스턴스(')));
      const permission = missingPermissionGenerator.generate(seed, 'ko');
      const enActions = missingPermissionGenerator.generate(seed).options.map((o) => /^Allow (\S+) on /.exec(o.text)![1]);
      expect(permission.options.map((o) => /에 (\S+) 권한을 부여합니다$/.exec(o.text)?.[1])).toEqual(enActions);
    }
  });
});

/** Reads the instances, the task's memory and the strategy from a Korean stem. */
function expectedPlacementKo(stem: string): string {
  const need = Number(/메모리 (\d+)MiB\)/.exec(stem)![1]);
  const instances = [...stem.matchAll(/(i-\d) \([^,]+, (us-east-1\w)\): report 태스크 (\d+)개, 여유 메모리 (\d+)MiB/g)].map((m) => ({
    id: m[1]!, zone: m[2]!, tasks: Number(m[3]), free: Number(m[4]),
  }));
  expect(instances.length).toBeGreaterThanOrEqual(3);
  if (stem.includes('배치 전략은 memory 기준 binpack입니다')) return placementOracle(instances, need, 'binpack-memory');
  if (stem.includes('배치 전략은 instanceId 기준 spread입니다')) return placementOracle(instances, need, 'spread-instance');
  expect(stem).toContain('배치 전략은 attribute:ecs.availability-zone 기준 spread, 그다음 memory 기준 binpack입니다');
  return placementOracle(instances, need, 'spread-zone-then-binpack');
}

describe('Korean answers are what the engines compute', () => {
  it('next placement: the instance binpack or spread picks, read from the Korean stem', () => {
    for (const seed of seeds) {
      const q = nextPlacementGenerator.generate(seed, 'ko');
      const id = expectedPlacementKo(q.stem);
      expect(answerText(q)).toEqual([`${id} 인스턴스(${new RegExp(`${id} \\(([^,]+),`).exec(q.stem)![1]})`]);
    }
  });

  it('rolling update: the first wave follows from the bounds in the Korean stem', () => {
    for (const seed of seeds) {
      const q = rollingWaveGenerator.generate(seed, 'ko');
      const [, d, min, max] = /정상 태스크 (\d+)개를.*minimumHealthyPercent (\d+), maximumPercent (\d+)/.exec(q.stem)!.map(Number);
      const upper = Math.floor((d! * max!) / 100);
      const lower = Math.ceil((d! * min!) / 100);
      const expected = upper > d! ? Math.min(upper - d!, d!) : upper - lower;
      expect(expected).toBeGreaterThan(0);
      expect(answerText(q)).toEqual([`${expected}개`]);
    }
  });

  it('stuck deployment: stuck exactly when no new task fits and the lower bound forbids stopping one first', () => {
    for (const seed of seeds) {
      const q = stuckDeploymentGenerator.generate(seed, 'ko');
      const [, instances, desired] = /컨테이너 인스턴스 (\d+)대에서 태스크 (\d+)개/.exec(q.stem)!.map(Number);
      const [, min, max] = /minimumHealthyPercent (\d+), maximumPercent (\d+)/.exec(q.stem)!.map(Number);
      const staticPort = q.stem.includes('정적 호스트 포트 80');
      const slots = /태스크 정확히 (\d+)개분의 메모리/.exec(q.stem);
      // A new task needs room above the running count, and an instance with the host port and memory free.
      const roomAbove = Math.floor((desired! * max!) / 100) > desired!;
      const freeInstance = staticPort ? instances! > desired! : slots ? instances! * Number(slots[1]) > desired! : true;
      const canStopFirst = Math.ceil((desired! * min!) / 100) < desired!;
      const stuck = !(roomAbove && freeInstance) && !canStopFirst;
      expect(answerText(q)[0]!.startsWith(stuck ? '멈춥니다' : '완료됩니다')).toBe(true);
    }
  });

  /** Applies a Korean option ("… 역할 "NAME"에 ACTION 권한을 부여합니다") to the diagram. */
  function applyOptionKo(d: Diagram, text: string): Diagram {
    const m = /^.+ 역할 "([^"]+)"에 (\S+) 권한을 부여합니다$/.exec(text);
    if (!m) throw new Error(`unexpected option text: ${text}`);
    return grant(d, m[1]!, m[2]!);
  }

  it('missing permission: the Korean stem lists the diagram roles, and only the answer makes the diagram pass', () => {
    for (const seed of seeds) {
      const q = missingPermissionGenerator.generate(seed, 'ko');
      const broken = brokenDiagram(seed);
      const listed = [...q.stem.matchAll(/역할 "([^"]+)"에는 (?:(.+?) 권한이 있습니다|아무 권한도 없습니다)\./g)].map((m) => [m[1], m[2] ? m[2].split(', ') : []]);
      const roles = broken.nodes.flatMap((n) => (n.kind === 'iam-role' ? [[n.props.roleName, n.props.actions]] : []));
      expect(listed).toEqual(roles);
      expect(q.answer).toHaveLength(1);
      for (const o of q.options) expect(passes(gradeDiagram(applyOptionKo(broken, o.text)))).toBe(q.answer.includes(o.id));
    }
  });
});
