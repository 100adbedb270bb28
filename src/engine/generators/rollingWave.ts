import type { Locale } from '../contracts/taxonomy.ts';
import { createRng, shuffled } from '../srs/rng.ts';
import { nearbyNumbers, runScenario, type ScenarioDraft } from './scenario.ts';
import { buildOptions, type GeneratedQuestion, type QuestionGenerator, generatedQuestion } from './types.ts';

/**
 * "How many tasks start in the first wave of this rolling update?" A service with plenty of spare
 * capacity is updated to a new revision; the deployment engine's trace gives the number of new tasks
 * placed at the first moment any new task is placed.
 */

const BOUNDS = [
  [0, 100], [50, 100], [50, 150], [50, 200], [100, 150], [100, 200], [75, 125], [0, 200], [25, 100], [100, 125],
] as const;

export function rollingScenario(desired: number, min: number, max: number): ScenarioDraft {
  return {
    seed: 3,
    cluster: {
      instances: ['a', 'b', 'c'].map((z, i) => ({ id: `i-${i + 1}`, instanceType: 'm5.2xlarge', availabilityZone: `us-east-1${z}`, cpu: 8192, memory: 32768 })),
    },
    taskDefinition: {
      family: 'api',
      revision: 1,
      networkMode: 'bridge',
      containerDefinitions: [{ name: 'api', image: 'api:1', cpu: 256, memory: 512, portMappings: [{ containerPort: 8080, hostPort: 0 }], healthCheck: { command: ['CMD-SHELL', 'true'] } }],
    },
    service: { serviceName: 'api', desiredCount: desired, deploymentConfiguration: { minimumHealthyPercent: min, maximumPercent: max } },
    actions: [{ type: 'createService' }, { type: 'updateService', taskDefinition: { revision: 2 } }],
  };
}

/** New-revision tasks placed at the first instant any of them is placed. */
export function firstWave(desired: number, min: number, max: number): number {
  const { result } = runScenario(rollingScenario(desired, min, max));
  const placed = result.trace.events.filter((e) => e.type === 'taskPlaced' && e.revision === 2);
  const first = placed[0]?.t;
  return first === undefined ? 0 : placed.filter((e) => e.t === first).length;
}

/** What a learner reads, per language; every number comes from the bounds and the engine's trace. */
interface WaveFacts {
  desired: number;
  min: number;
  max: number;
  wave: number;
}

const lower = (f: WaveFacts) => Math.ceil((f.desired * f.min) / 100);
const upper = (f: WaveFacts) => Math.floor((f.desired * f.max) / 100);

const TEXT: Record<Locale, { stem(f: WaveFacts): string; option(n: number): string; right(f: WaveFacts): string; wrong(n: number): string }> = {
  en: {
    stem: (f) =>
      `An ECS service with the rolling update deployment type runs ${f.desired} healthy tasks on a cluster with plenty of spare CPU, memory and ports. Its deployment configuration is minimumHealthyPercent ${f.min} and maximumPercent ${f.max}. A developer updates the service to a new task definition revision. How many tasks of the new revision does ECS start in the first wave?`,
    option: (n) => String(n),
    right: (f) =>
      `Correct. ECS keeps at least ceil(${f.desired} × ${f.min} / 100) = ${lower(f)} tasks healthy and at most floor(${f.desired} × ${f.max} / 100) = ${upper(f)} tasks running or pending; within those bounds the first wave starts ${f.wave} new task${f.wave === 1 ? '' : 's'}.`,
    wrong: (n) =>
      `Not ${n}: work out the room from the bounds, floor(desired × maximumPercent / 100) tasks at most and ceil(desired × minimumHealthyPercent / 100) healthy at least; when there is no room above, ECS first stops old tasks down to the lower bound.`,
  },
  ko: {
    stem: (f) =>
      `롤링 업데이트 배포 유형을 쓰는 ECS 서비스가 CPU, 메모리, 포트의 여유가 충분한 클러스터에서 정상 태스크 ${f.desired}개를 실행하고 있습니다. 배포 구성은 minimumHealthyPercent ${f.min}, maximumPercent ${f.max}입니다. 개발자가 서비스를 새 태스크 정의 개정으로 업데이트합니다. 롤링 업데이트의 첫 단계에서 ECS가 시작하는 새 개정의 태스크는 몇 개입니까?`,
    option: (n) => `${n}개`,
    right: (f) =>
      `정답입니다. ECS는 정상 태스크를 최소 ceil(${f.desired} × ${f.min} / 100) = ${lower(f)}개 유지하고, RUNNING 또는 PENDING 태스크를 최대 floor(${f.desired} × ${f.max} / 100) = ${upper(f)}개까지 둡니다. 이 범위 안에서 첫 단계에는 새 태스크 ${f.wave}개가 시작됩니다.`,
    wrong: (n) =>
      `${n}개가 아닙니다. 범위에서 여유를 계산해 보세요. 태스크는 최대 floor(원하는 태스크 수 × maximumPercent / 100)개, 정상 태스크는 최소 ceil(원하는 태스크 수 × minimumHealthyPercent / 100)개입니다. 위쪽에 여유가 없으면 ECS는 먼저 이전 태스크를 하한까지 중지합니다.`,
  },
};

export const rollingWaveGenerator: QuestionGenerator = {
  id: 'gen-rolling-first-wave',
  track: 'ecs',
  domains: ['dva-deployment', 'saa-resilient'],
  lesson: 'ecs/deployments',
  generate(seed: number, locale: Locale = 'en'): GeneratedQuestion {
    const rng = createRng(`rolling-wave:${seed}`);
    const [min, max] = BOUNDS[seed % BOUNDS.length]!;
    // Bounds that allow no first wave at all (a stuck deployment) belong to another generator. Among
    // the sizes with a first wave, the first (in a seeded order) is taken whose key is the longest
    // option exactly when the draw says so (one question in four): a number's digits give no cue.
    const keyLongest = rng() < 0.25;
    const numbersFor = (desired: number, wave: number) => {
      const f = { desired, min, max, wave };
      // Mistakes: the room above desired, the whole upper bound as new tasks, the room below, all at once.
      return nearbyNumbers(wave, [upper(f) - desired, upper(f), desired - lower(f), desired, lower(f)], 4);
    };
    const longest = (numbers: number[]) => numbers.every((n) => String(n).length <= String(numbers[0]).length);
    let chosen: { desired: number; wave: number } | undefined;
    let fallback: typeof chosen;
    for (const desired of shuffled([2, 3, 4, 5, 6, 8, 9, 10, 12, 16, 20], rng)) {
      const wave = firstWave(desired, min, max);
      if (wave === 0) continue;
      fallback ??= { desired, wave };
      if (longest(numbersFor(desired, wave)) === keyLongest) {
        chosen = { desired, wave };
        break;
      }
    }
    const { desired, wave } = chosen ?? fallback!;
    const facts = { desired, min, max, wave };
    const text = TEXT[locale];
    const numbers = numbersFor(desired, wave);
    const { options, answer } = buildOptions(
      numbers.map((n) => ({ text: text.option(n), correct: n === wave, explanation: n === wave ? text.right(facts) : text.wrong(n) })),
      rng,
    );
    return generatedQuestion(this, seed, {
      difficulty: 2,
      stem: text.stem(facts),
      options,
      answer,
      references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html'],
    });
  },
};
