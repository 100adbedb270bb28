import type { Locale } from '../contracts/taxonomy.ts';
import type { DeploymentOutcome } from '../deployment/index.ts';
import { createRng, pick } from '../srs/rng.ts';
import { runScenario, type ScenarioDraft } from './scenario.ts';
import { buildOptions, type GeneratedQuestion, type QuestionGenerator, generatedQuestion } from './types.ts';

/**
 * "Is this configuration stuck?" A rolling update on EC2 with a given capacity, port mapping and
 * deployment bounds; the deployment engine says whether it completes or can never make progress.
 */

interface Variant {
  min: number;
  max: number;
  /** Static host port 80, or a dynamic host port. */
  staticPort: boolean;
  /** Memory per instance, in tasks that fit. */
  slotsPerInstance: number | 'plenty';
}

const VARIANTS: Variant[] = [
  { min: 100, max: 100, staticPort: false, slotsPerInstance: 'plenty' },
  { min: 100, max: 200, staticPort: true, slotsPerInstance: 'plenty' },
  { min: 50, max: 100, staticPort: true, slotsPerInstance: 'plenty' },
  { min: 100, max: 200, staticPort: false, slotsPerInstance: 'plenty' },
  { min: 100, max: 200, staticPort: false, slotsPerInstance: 2 },
  { min: 50, max: 200, staticPort: false, slotsPerInstance: 2 },
];

type Verdict = DeploymentOutcome | 'REJECTED';

export function stuckScenario(v: Variant, desired: number): ScenarioDraft {
  const instances = v.staticPort || v.slotsPerInstance !== 'plenty' ? (v.staticPort ? desired : desired / 2) : 2;
  const memory = v.slotsPerInstance === 'plenty' ? 16384 : 2048;
  return {
    seed: 5,
    cluster: {
      instances: Array.from({ length: instances }, (_, i) => ({ id: `i-${i + 1}`, instanceType: v.slotsPerInstance === 'plenty' ? 'm5.xlarge' : 't3.large', availabilityZone: i % 2 ? 'us-east-1b' : 'us-east-1a', cpu: 4096, memory })),
    },
    taskDefinition: {
      family: 'web',
      revision: 1,
      networkMode: 'bridge',
      containerDefinitions: [{ name: 'web', image: 'web:1', cpu: 256, memory: 1024, portMappings: [{ containerPort: 80, hostPort: v.staticPort ? 80 : 0 }], healthCheck: { command: ['CMD-SHELL', 'true'] } }],
    },
    service: { serviceName: 'web', desiredCount: desired, deploymentConfiguration: { minimumHealthyPercent: v.min, maximumPercent: v.max } },
    actions: [{ type: 'createService' }, { type: 'updateService', taskDefinition: { revision: 2 } }],
  };
}

export function deploymentVerdict(v: Variant, desired: number): Verdict {
  const { result } = runScenario(stuckScenario(v, desired));
  if (result.trace.events.some((e) => e.type === 'actionRejected')) return 'REJECTED';
  return result.trace.deployments.find((d) => d.revision === 2)?.outcome ?? 'STUCK';
}

/** The offered outcomes, in a fixed order before shuffling (with the circuit breaker off, none fails). */
type Offered = Exclude<Verdict, 'FAILED'>;
const OFFERED: readonly Offered[] = ['COMPLETED', 'STUCK', 'ROLLED_BACK', 'REJECTED'];

interface StemFacts {
  desired: number;
  count: number;
  v: Variant;
}

/** What a learner reads, per language. */
const TEXT: Record<
  Locale,
  {
    /** Each outcome's option text, and `why`: when that outcome happens. */
    /** Each outcome's option text, short and long, and `why`: when that outcome happens. */
    choice: Record<Offered, { short: string; long: string; why: string }>;
    right(why: string): string;
    wrong(why: string): string;
    stem(f: StemFacts): string;
  }
> = {
  en: {
    choice: {
      COMPLETED: { short: 'It completes: all tasks end up on the new revision', long: 'It completes, and in the end every task of the service runs the new revision', why: 'the bounds and the free capacity leave room to start new tasks or to stop old ones first.' },
      STUCK: { short: 'It is stuck: no task can start and none can stop', long: 'It is stuck: ECS can neither start a new task nor stop one of the old tasks', why: 'no new task fits (no room above the running count, or no instance with the port or memory free) and minimumHealthyPercent forbids stopping an old task first.' },
      ROLLED_BACK: { short: 'The circuit breaker rolls it back to the old revision', long: 'The deployment circuit breaker rolls the service back to the old revision', why: 'the circuit breaker acts only when it is enabled and new tasks fail to start or become healthy; here it is not enabled.' },
      REJECTED: { short: 'ECS rejects the UpdateService call as invalid', long: 'ECS rejects the UpdateService call with an invalid-configuration error', why: 'these bounds are accepted by the API; they only decide how the deployment proceeds.' },
    },
    right: (why) => `Correct: ${why}`,
    wrong: (why) => `Not this one: ${why}`,
    stem: ({ desired, count, v }) => {
      const instances = `${count} container instance${count === 1 ? '' : 's'}`;
      const capacity = v.slotsPerInstance === 'plenty' ? `${instances} with plenty of free CPU and memory` : `${instances}, each with memory for exactly ${v.slotsPerInstance} tasks`;
      const port = v.staticPort ? 'maps container port 80 to the static host port 80' : 'uses a dynamic host port (hostPort 0)';
      return `An ECS service on the EC2 launch type runs ${desired} tasks (bridge network mode, 1024 MiB each) on ${capacity}. The task definition ${port}. The deployment configuration is minimumHealthyPercent ${v.min} and maximumPercent ${v.max}, with the deployment circuit breaker off. A developer updates the service to a new revision whose tasks would be healthy. What happens?`;
    },
  },
  ko: {
    choice: {
      COMPLETED: { short: '완료됩니다. 모든 태스크가 새 개정으로 바뀝니다', long: '완료됩니다. 결국 서비스의 모든 태스크가 새 개정을 실행하게 됩니다', why: '배포 구성의 범위와 여유 용량 덕분에 새 태스크를 먼저 시작하거나 이전 태스크를 먼저 중지할 여지가 있습니다.' },
      STUCK: {
        short: '멈춥니다. 태스크를 시작도 중지도 못 합니다',
        long: '멈춥니다. ECS는 새 태스크를 시작할 수도, 이전 태스크를 중지할 수도 없습니다',
        why: '새 태스크가 들어갈 곳이 없고(실행 중인 태스크 수 위로 여유가 없거나, 포트나 메모리가 비어 있는 인스턴스가 없음) minimumHealthyPercent 때문에 이전 태스크를 먼저 중지할 수도 없습니다.',
      },
      ROLLED_BACK: { short: '회로 차단기가 이전 개정으로 롤백합니다', long: '배포 회로 차단기가 작동해 서비스를 이전 개정으로 롤백합니다', why: '회로 차단기는 켜져 있을 때, 그리고 새 태스크가 시작하지 못하거나 정상이 되지 못할 때만 동작합니다. 여기서는 켜져 있지 않습니다.' },
      REJECTED: { short: 'ECS가 UpdateService 호출을 거부합니다', long: 'ECS가 잘못된 배포 구성 오류로 UpdateService 호출을 거부합니다', why: '이 범위 값은 API가 받아들입니다. 배포가 어떻게 진행되는지를 정할 뿐입니다.' },
    },
    right: (why) => `정답입니다. ${why}`,
    wrong: (why) => `이 답이 아닙니다. ${why}`,
    stem: ({ desired, count, v }) => {
      const capacity =
        v.slotsPerInstance === 'plenty' ? `CPU와 메모리 여유가 충분한 컨테이너 인스턴스 ${count}대` : `각각 태스크 정확히 ${v.slotsPerInstance}개분의 메모리만 있는 컨테이너 인스턴스 ${count}대`;
      const port = v.staticPort ? '컨테이너 포트 80을 정적 호스트 포트 80에 매핑합니다' : '동적 호스트 포트(hostPort 0)를 사용합니다';
      return `EC2 시작 유형의 ECS 서비스가 ${capacity}에서 태스크 ${desired}개(bridge 네트워크 모드, 각각 1024MiB)를 실행합니다. 태스크 정의는 ${port}. 배포 구성은 minimumHealthyPercent ${v.min}, maximumPercent ${v.max}이며 배포 회로 차단기는 꺼져 있습니다. 개발자가 서비스를 새 개정으로 업데이트하며, 새 개정의 태스크는 정상 상태가 될 수 있습니다. 어떻게 됩니까?`;
    },
  },
};

export const stuckDeploymentGenerator: QuestionGenerator = {
  id: 'gen-deployment-stuck',
  track: 'ecs',
  domains: ['dva-troubleshooting', 'saa-resilient'],
  lesson: 'ecs/deployments',
  generate(seed: number, locale: Locale = 'en'): GeneratedQuestion {
    const rng = createRng(`stuck:${seed}`);
    const v = VARIANTS[seed % VARIANTS.length]!;
    const desired = pick([2, 4, 6], rng);
    const verdict = deploymentVerdict(v, desired);
    const count = stuckScenario(v, desired).cluster.instances.length;
    const text = TEXT[locale];
    // One option, drawn at random, is worded at length: the longest option is the key in one question of four.
    const long = pick(OFFERED, rng);
    const { options, answer } = buildOptions(
      OFFERED.map((c) => ({
        text: text.choice[c][c === long ? 'long' : 'short'],
        correct: c === verdict,
        explanation: c === verdict ? text.right(text.choice[c].why) : text.wrong(text.choice[verdict === 'FAILED' ? c : verdict].why),
      })),
      rng,
    );
    return generatedQuestion(this, seed, {
      difficulty: 3,
      stem: text.stem({ desired, count, v }),
      options,
      answer,
      references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html'],
    });
  },
};
