import type { Locale } from '../contracts/taxonomy.ts';
import { circuitBreakerThreshold } from '../deployment/index.ts';
import { createRng, pick } from '../srs/rng.ts';
import { runScenario, type ScenarioDraft } from './scenario.ts';
import { buildOptions, type GeneratedQuestion, type QuestionGenerator, generatedQuestion } from './types.ts';

/**
 * "When does the deployment circuit breaker trip, and what then?" A rolling update to a revision whose
 * tasks always fail their health checks, started one new task at a time, with the circuit breaker on
 * with rollback, on without rollback, or off. The deployment engine replays it: the outcome, and how
 * many tasks of the new revision had failed when the deployment was marked FAILED. Distractors are
 * the outcomes of mistaken beliefs: the breaker waits for every desired task to fail, it uses
 * 0.5 × desired without the floor of 3, it trips at the first failed task, rollback happens whether
 * or not it is turned on, or ECS gives up on its own without the breaker.
 */

type Breaker = 'rollback' | 'no-rollback' | 'off';
type Outcome = 'ROLLED_BACK' | 'FAILED' | 'STUCK';

/**
 * Settings by seed. The never-fails option is the longest of the five in both languages, so it is
 * the key in one question of five (chance with five options), never more.
 */
const BREAKERS: Breaker[] = ['rollback', 'no-rollback', 'off', 'rollback', 'no-rollback'];
const DESIRED = [2, 4, 6, 8, 10, 12, 16, 24, 30, 40];

/** maximumPercent that leaves room for exactly one task above the desired count. */
export const oneAtATime = (desired: number) => Math.ceil((100 * (desired + 1)) / desired);

export function breakerScenario(desired: number, breaker: Breaker): ScenarioDraft {
  return {
    seed: 1,
    cluster: { instances: ['a', 'b'].map((z, i) => ({ id: `i-${i + 1}`, instanceType: 'm5.2xlarge', availabilityZone: `us-east-1${z}`, cpu: 8192, memory: 32768 })) },
    taskDefinition: {
      family: 'web',
      revision: 1,
      networkMode: 'bridge',
      containerDefinitions: [{ name: 'web', image: 'web:1', cpu: 256, memory: 512, portMappings: [{ containerPort: 80, hostPort: 0 }], healthCheck: { command: ['CMD-SHELL', 'true'] } }],
    },
    service: {
      serviceName: 'web',
      desiredCount: desired,
      deploymentConfiguration: {
        minimumHealthyPercent: 100,
        maximumPercent: oneAtATime(desired),
        deploymentCircuitBreaker: { enable: breaker !== 'off', rollback: breaker === 'rollback' },
      },
    },
    actions: [{ type: 'createService' }, { type: 'updateService', taskDefinition: { revision: 2 }, newRevisionHealthy: false }],
  };
}

/** What the engine says happens: the outcome, and the failed tasks of revision 2 when it was marked FAILED. */
export function breakerRun(desired: number, breaker: Breaker): { outcome: Outcome; failed: number } {
  const { result } = runScenario(breakerScenario(desired, breaker));
  const events = result.trace.events;
  const fresh = new Set(events.flatMap((e) => (e.type === 'taskPlaced' && e.revision === 2 ? [e.taskId] : [])));
  const end = events.findIndex((e) => e.type === 'deploymentFailed');
  const failed = end < 0 ? 0 : events.slice(0, end).filter((e) => e.type === 'taskUnhealthy' && fresh.has(e.taskId)).length;
  const outcome = result.trace.deployments.find((d) => d.revision === 2)?.outcome;
  if (outcome !== 'ROLLED_BACK' && outcome !== 'FAILED' && outcome !== 'STUCK') throw new Error(`unexpected outcome ${outcome ?? 'none'}`);
  return { outcome, failed };
}

interface Choice {
  outcome: Outcome;
  /** Failed tasks at which the option says the deployment is marked FAILED (unused for STUCK). */
  n: number;
}

type WrongCount = 'desired' | 'no-floor' | 'first-failure';

const TEXT: Record<
  Locale,
  {
    breaker: Record<Breaker, string>;
    stem(desired: number, max: number, breaker: string): string;
    option(c: Choice): string;
    what(outcome: Outcome, threshold: number, desired: number): string;
    count: Record<WrongCount, (n: number) => string>;
    right: string;
    wrong: string;
  }
> = {
  en: {
    breaker: { rollback: 'turned on with rollback', 'no-rollback': 'turned on without rollback', off: 'turned off' },
    stem: (d, max, b) =>
      `An ECS service runs ${d} healthy tasks of revision 1. Its deployment configuration is minimumHealthyPercent 100 and maximumPercent ${max}, so ECS starts one new task at a time, and the deployment circuit breaker, with its default failure threshold, is ${b}. A developer updates the service to revision 2, whose containers fail their health checks every time. What happens to the deployment?`,
    option: (c) =>
      c.outcome === 'STUCK'
        ? 'It is never marked FAILED; ECS keeps launching replacement tasks of revision 2'
        : `After ${c.n} failed task${c.n === 1 ? '' : 's'} it is marked FAILED and ${c.outcome === 'ROLLED_BACK' ? 'rolled back to revision 1' : 'is not rolled back'}`,
    what: (outcome, t, d) =>
      outcome === 'STUCK'
        ? 'with the circuit breaker turned off, nothing marks the deployment FAILED: ECS keeps launching replacement tasks of revision 2.'
        : `the circuit breaker's threshold is 0.5 × the desired count (${d}), at least 3 and at most 200, so the deployment is marked FAILED after ${t} failed tasks; ${outcome === 'ROLLED_BACK' ? 'with rollback turned on, ECS then deploys revision 1 again' : 'with rollback turned off, ECS stops the deployment and does not return to revision 1'}.`,
    count: {
      desired: (n) => `${n} is the desired count, but the breaker does not wait for every task to fail.`,
      'no-floor': (n) => `${n} is 0.5 × the desired count without the minimum of 3.`,
      'first-failure': () => 'The breaker does not trip at the first failed task: it tolerates failures up to its threshold.',
    },
    right: 'Correct: ',
    wrong: 'Not this one: ',
  },
  ko: {
    breaker: { rollback: '롤백과 함께 켜져 있습니다', 'no-rollback': '롤백 없이 켜져 있습니다', off: '꺼져 있습니다' },
    stem: (d, max, b) =>
      `ECS 서비스가 개정 1의 정상 태스크 ${d}개를 실행하고 있습니다. 배포 구성은 minimumHealthyPercent 100, maximumPercent ${max}여서 ECS는 새 태스크를 한 번에 하나씩 시작하며, 기본 실패 임곗값을 쓰는 배포 회로 차단기는 ${b}. 개발자가 서비스를 개정 2로 업데이트하는데, 개정 2의 컨테이너는 매번 상태 확인에 실패합니다. 이 배포는 어떻게 됩니까?`,
    option: (c) =>
      c.outcome === 'STUCK'
        ? 'FAILED로 표시되지 않으며, ECS가 개정 2의 대체 태스크를 계속 시작합니다'
        : `실패한 태스크가 ${c.n}개가 되면 FAILED로 표시되고 ${c.outcome === 'ROLLED_BACK' ? '개정 1로 롤백됩니다' : '롤백되지 않습니다'}`,
    what: (outcome, t, d) =>
      outcome === 'STUCK'
        ? '회로 차단기가 꺼져 있으면 배포를 FAILED로 표시하는 것이 없어, ECS가 개정 2의 대체 태스크를 계속 시작합니다.'
        : `회로 차단기의 임곗값은 원하는 태스크 수(${d})의 0.5배이며 최소 3, 최대 200이므로, 실패한 태스크가 ${t}개가 되면 배포가 FAILED로 표시됩니다. ${outcome === 'ROLLED_BACK' ? '롤백이 켜져 있으므로 ECS는 그다음 개정 1을 다시 배포합니다.' : '롤백이 꺼져 있으므로 ECS는 배포를 멈추고 개정 1로 돌아가지 않습니다.'}`,
    count: {
      desired: (n) => `${n}개는 원하는 태스크 수이지만, 회로 차단기는 모든 태스크가 실패할 때까지 기다리지 않습니다.`,
      'no-floor': (n) => `${n}개는 원하는 태스크 수의 0.5배에서 최솟값 3을 빠뜨린 값입니다.`,
      'first-failure': () => '회로 차단기는 첫 번째 태스크가 실패했을 때 작동하지 않습니다. 임곗값까지는 실패를 허용합니다.',
    },
    right: '정답입니다. ',
    wrong: '이 답이 아닙니다. ',
  },
};

/** A mistaken count that differs from the threshold. */
function wrongCount(desired: number, threshold: number, rng: () => number): { kind: WrongCount; n: number } {
  const candidates: { kind: WrongCount; n: number }[] = [
    { kind: 'desired', n: desired },
    { kind: 'no-floor', n: Math.ceil(desired / 2) },
    { kind: 'first-failure', n: 1 },
  ];
  return pick(candidates.filter((c) => c.n !== threshold), rng);
}

export const circuitBreakerGenerator: QuestionGenerator = {
  id: 'gen-circuit-breaker',
  track: 'ecs',
  domains: ['dva-deployment', 'dva-troubleshooting'],
  lesson: 'ecs/deployments',
  generate(seed: number, locale: Locale = 'en'): GeneratedQuestion {
    const rng = createRng(`circuit-breaker:${seed}`);
    const breaker = BREAKERS[seed % BREAKERS.length]!;
    const desired = pick(DESIRED, rng);
    const run = breakerRun(desired, breaker);
    // The threshold the options quote: what the engine measured, or (breaker off) what it would have been.
    const threshold = run.outcome === 'STUCK' ? circuitBreakerThreshold(desired) : run.failed;
    const miscount = wrongCount(desired, threshold, rng);
    // Every question offers the same five outcomes: each way of failing at the threshold and at the
    // mistaken count, and never failing.
    const choices: Choice[] = [
      { outcome: 'ROLLED_BACK', n: threshold },
      { outcome: 'FAILED', n: threshold },
      { outcome: 'ROLLED_BACK', n: miscount.n },
      { outcome: 'FAILED', n: miscount.n },
      { outcome: 'STUCK', n: 0 },
    ];
    const isKey = (c: Choice) => c.outcome === run.outcome && (c.outcome === 'STUCK' || c.n === threshold);
    const text = TEXT[locale];
    const what = text.what(run.outcome, threshold, desired);
    const { options, answer } = buildOptions(
      choices.map((c) => ({
        text: text.option(c),
        correct: isKey(c),
        explanation: (isKey(c) ? text.right : text.wrong) + what + (c.n === miscount.n && c.outcome !== 'STUCK' ? ` ${text.count[miscount.kind](c.n)}` : ''),
      })),
      rng,
    );
    return generatedQuestion(this, seed, {
      difficulty: 2,
      stem: text.stem(desired, oneAtATime(desired), text.breaker[breaker]),
      options,
      answer,
      references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-circuit-breaker.html'],
    });
  },
};
