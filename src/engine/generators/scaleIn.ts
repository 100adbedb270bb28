import type { Locale } from '../contracts/taxonomy.ts';
import { createRng, pick, randomInt, shuffled } from '../srs/rng.ts';
import { runScenario, type ScenarioDraft } from './scenario.ts';
import { buildOptions, type GeneratedQuestion, type QuestionGenerator, generatedQuestion } from './types.ts';

/**
 * "Which task does scale-in stop?" A service without a placement strategy runs on four container
 * instances in two or three Availability Zones; its desired count drops by one and the deployment
 * engine picks the task to stop (the Availability Zone with the most tasks of the service, then the
 * instance there with the most). The busiest instance overall sits alone in its zone, and clusters
 * where it is the answer, or where the engine would break a tie, are skipped: a learner who skips the
 * zone step (the commonest mistake) lands on a wrong option. The other options are the instances a learner picks
 * by mirroring placement (the emptiest instance) or by taking the wrong instance in the right zone.
 */

/** Types with four different name lengths, so no option is systematically the longest. */
const TYPES_BY_LENGTH = [
  ['m5.large', 'c5.large', 'r5.large'],
  ['t3.medium', 'm5.xlarge', 'c5.xlarge'],
  ['m5.2xlarge', 'c5.2xlarge', 'r5.2xlarge'],
  ['m5.12xlarge', 'c5.12xlarge', 'r5.12xlarge'],
];
const ZONES = ['us-east-1a', 'us-east-1b', 'us-east-1c'];

export interface ScaleInInstance {
  id: string;
  type: string;
  zone: string;
  tasks: number;
}

export function scaleInScenario(instances: readonly ScaleInInstance[], seed: number): ScenarioDraft {
  const existingTasks = instances.flatMap((inst) =>
    Array.from({ length: inst.tasks }, (_, k) => ({ taskId: `${inst.id}-t${k + 1}`, instanceId: inst.id, group: 'service:web', revision: 1, cpu: 256, memory: 512, hostPorts: [] })),
  );
  return {
    seed,
    cluster: { instances: instances.map((i) => ({ id: i.id, instanceType: i.type, availabilityZone: i.zone, cpu: 16384, memory: 65536 })) },
    taskDefinition: { family: 'web', revision: 1, networkMode: 'bridge', containerDefinitions: [{ name: 'web', image: 'web:1', cpu: 256, memory: 512 }] },
    existingTasks,
    service: { serviceName: 'web', desiredCount: existingTasks.length },
    actions: [{ type: 'createService' }, { type: 'updateService', desiredCount: existingTasks.length - 1 }],
  };
}

/** The instance whose task the engine stops when it replays the scale-in with `seed`. */
function stoppedWith(instances: readonly ScaleInInstance[], seed: number): string | undefined {
  const { result } = runScenario(scaleInScenario(instances, seed));
  const stopped = result.trace.events.find((e) => e.type === 'taskStopping');
  return stopped?.type === 'taskStopping' ? stopped.taskId.split('-t')[0] : undefined;
}

/**
 * The instance whose task the engine stops, or undefined when it depends on the engine's seed (a tie
 * the engine breaks at random) or is one of `excluded`.
 */
export function stoppedOn(instances: readonly ScaleInInstance[], excluded: readonly string[] = []): string | undefined {
  const first = stoppedWith(instances, 1);
  if (!first || excluded.includes(first)) return undefined;
  for (const seed of [2, 3, 4, 5, 6, 7, 8]) if (stoppedWith(instances, seed) !== first) return undefined;
  return first;
}

function draft(seed: number, attempt: number): { instances: ScaleInInstance[]; key: string } | undefined {
  const rng = createRng(`scale-in:${seed}:${attempt}`);
  const types = shuffled(TYPES_BY_LENGTH.map((group) => pick(group, rng)), rng);
  const zones = shuffled(ZONES, rng).slice(0, randomInt(rng, 2, 3));
  // One instance, alone in its zone, runs the most tasks; the other three share the other zones.
  const most = randomInt(rng, 3, 4);
  const layout = shuffled(
    [{ zone: zones[0]!, tasks: most }, ...[0, 1, 2].map((k) => ({ zone: zones[1 + (k % (zones.length - 1))]!, tasks: randomInt(rng, 1, most - 1) }))],
    rng,
  );
  const instances = layout.map((l, k) => ({ id: `i-${k + 1}`, type: types[k]!, ...l }));
  const key = stoppedOn(instances, instances.filter((i) => i.tasks === most).map((i) => i.id));
  return key ? { instances, key } : undefined;
}

export function scaleInDraft(seed: number): { instances: ScaleInInstance[]; key: string } {
  for (let attempt = 0; attempt < 200; attempt++) {
    const d = draft(seed, attempt);
    if (d) return d;
  }
  throw new Error(`no scale-in question for seed ${seed}`);
}

const zoneTasks = (instances: readonly ScaleInInstance[], zone: string) => instances.filter((i) => i.zone === zone).reduce((s, i) => s + i.tasks, 0);

const TEXT: Record<
  Locale,
  {
    stem(instances: readonly ScaleInInstance[], total: number): string;
    option(i: ScaleInInstance): string;
    right(key: ScaleInInstance, zoneCount: number): string;
    otherZone(i: ScaleInInstance, zoneCount: number, key: ScaleInInstance, keyZoneCount: number): string;
    sameZone(i: ScaleInInstance, key: ScaleInInstance): string;
  }
> = {
  en: {
    stem: (instances, total) =>
      `An ECS service on the EC2 launch type has no placement strategy set. Its ${total} tasks run on four container instances: ${instances
        .map((i) => `${i.id} (${i.type}, ${i.zone}) runs ${i.tasks} task${i.tasks === 1 ? '' : 's'}`)
        .join('; ')}. A developer lowers the desired count from ${total} to ${total - 1}. Which task does the service scheduler stop?`,
    option: (i) => `The task on ${i.id} (${i.type}, ${i.zone})`,
    right: (key, n) =>
      `Correct. To keep the tasks balanced across Availability Zones, the scheduler stops a task in the zone with the most tasks of the service (${key.zone}, ${n}), on the instance there with the most tasks of the service: ${key.id} (${key.tasks}).`,
    otherZone: (i, n, key, kn) =>
      `Not this one: ${i.id} is in ${i.zone}, which has ${n} task${n === 1 ? '' : 's'} of the service. The scheduler first picks the Availability Zone with the most tasks (${key.zone}, ${kn}), even when an instance elsewhere runs more tasks.`,
    sameZone: (i, key) =>
      `Not this one: ${i.id} is in the right zone (${i.zone}) but runs ${i.tasks} task${i.tasks === 1 ? '' : 's'} of the service; within the zone the scheduler stops a task on the instance with the most, ${key.id} (${key.tasks}).`,
  },
  ko: {
    stem: (instances, total) =>
      `EC2 시작 유형의 ECS 서비스에 배치 전략이 설정되어 있지 않습니다. 이 서비스의 태스크 ${total}개는 컨테이너 인스턴스 네 대에서 실행됩니다. ${instances
        .map((i) => `${i.id} (${i.type}, ${i.zone}): 태스크 ${i.tasks}개`)
        .join('; ')}. 개발자가 원하는 태스크 수를 ${total}개에서 ${total - 1}개로 줄입니다. 서비스 스케줄러는 어느 태스크를 중지합니까?`,
    option: (i) => `${i.id} 인스턴스(${i.type}, ${i.zone})의 태스크`,
    right: (key, n) =>
      `정답입니다. 스케줄러는 가용 영역 간 균형을 유지하려고, 서비스 태스크가 가장 많은 가용 영역(${key.zone}, ${n}개)에서 서비스 태스크가 가장 많은 인스턴스인 ${key.id}(태스크 ${key.tasks}개)의 태스크를 중지합니다.`,
    otherZone: (i, n, key, kn) =>
      `이 답이 아닙니다. ${i.id} 인스턴스가 있는 ${i.zone}에는 서비스 태스크가 ${n}개 있습니다. 스케줄러는 다른 영역의 인스턴스가 태스크를 더 많이 실행하더라도 먼저 태스크가 가장 많은 가용 영역(${key.zone}, ${kn}개)을 고릅니다.`,
    sameZone: (i, key) =>
      `이 답이 아닙니다. ${i.id} 인스턴스는 맞는 영역(${i.zone})에 있지만 서비스 태스크가 ${i.tasks}개입니다. 스케줄러는 그 영역에서 태스크가 가장 많은 인스턴스인 ${key.id}(태스크 ${key.tasks}개)의 태스크를 중지합니다.`,
  },
};

export const scaleInGenerator: QuestionGenerator = {
  id: 'gen-scale-in-stop',
  track: 'ecs',
  domains: ['dva-deployment', 'saa-resilient'],
  lesson: 'ecs/auto-scaling',
  generate(seed: number, locale: Locale = 'en'): GeneratedQuestion {
    const { instances, key } = scaleInDraft(seed);
    const text = TEXT[locale];
    const chosen = instances.find((i) => i.id === key)!;
    const keyZone = zoneTasks(instances, chosen.zone);
    const rng = createRng(`scale-in-options:${seed}`);
    const { options, answer } = buildOptions(
      instances.map((i) => ({
        text: text.option(i),
        correct: i.id === key,
        explanation:
          i.id === key
            ? text.right(chosen, keyZone)
            : i.zone === chosen.zone
              ? text.sameZone(i, chosen)
              : text.otherZone(i, zoneTasks(instances, i.zone), chosen, keyZone),
      })),
      rng,
    );
    return generatedQuestion(this, seed, {
      difficulty: 2,
      stem: text.stem(instances, instances.reduce((s, i) => s + i.tasks, 0)),
      options,
      answer,
      references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/update-service-parameters.html'],
    });
  },
};
