import { visibleLength } from './visibleLength.ts';
import { LOCALES, type Locale } from '../contracts/taxonomy.ts';
import { createRng, pick, randomInt } from '../srs/rng.ts';
import { buildOptions, type GeneratedQuestion, type QuestionGenerator, generatedQuestion } from './types.ts';
import type { PlacementStrategy } from '../contracts/scenario.ts';
import { runScenario } from './scenario.ts';

/**
 * "Where does the next task go under this strategy?" A small cluster with tasks already running, one
 * RunTask call with a placement strategy; the placement engine decides the instance. Clusters where the
 * engine had to break a tie at random are skipped, so the question always has one defensible answer.
 */

const STRATEGIES = [
  { label: { en: 'binpack on memory', ko: 'memory 기준 binpack' }, strategy: [{ type: 'binpack', field: 'memory' }] },
  { label: { en: 'spread on instanceId', ko: 'instanceId 기준 spread' }, strategy: [{ type: 'spread', field: 'instanceId' }] },
  {
    label: { en: 'spread on attribute:ecs.availability-zone, then binpack on memory', ko: 'attribute:ecs.availability-zone 기준 spread, 그다음 memory 기준 binpack' },
    strategy: [{ type: 'spread', field: 'attribute:ecs.availability-zone' }, { type: 'binpack', field: 'memory' }],
  },
] as const satisfies readonly { label: Record<Locale, string>; strategy: readonly PlacementStrategy[] }[];

/** Instance sizes; their names differ in length, so the options (id and type) do too. */
const SIZES = [
  { type: 'c5.large', cpu: 2048, memory: 4096 },
  { type: 't3.medium', cpu: 2048, memory: 4096 },
  { type: 'm5.large', cpu: 2048, memory: 8192 },
  { type: 'r5.large', cpu: 2048, memory: 16384 },
  { type: 'm5.xlarge', cpu: 4096, memory: 16384 },
  { type: 'c5.2xlarge', cpu: 8192, memory: 16384 },
  { type: 'm5.2xlarge', cpu: 8192, memory: 32768 },
];

interface Draft {
  instances: { id: string; instanceType: string; availabilityZone: string; cpu: number; memory: number }[];
  existing: { taskId: string; instanceId: string; group: string; revision: number; cpu: number; memory: number; hostPorts: number[] }[];
  strategyIndex: number;
  taskMemory: number;
}

function draft(seed: number, attempt: number): Draft {
  const rng = createRng(`next-placement:${seed}:${attempt}`);
  const count = randomInt(rng, 3, 4);
  const instances = Array.from({ length: count }, (_, i) => {
    const size = pick(SIZES, rng);
    return { id: `i-${i + 1}`, instanceType: size.type, availabilityZone: i % 2 === 0 ? 'us-east-1a' : 'us-east-1b', cpu: size.cpu, memory: size.memory };
  });
  const taskMemory = pick([512, 1024], rng);
  const existing: Draft['existing'] = [];
  for (const inst of instances) {
    const n = randomInt(rng, 0, 3);
    for (let k = 0; k < n; k++) existing.push({ taskId: `t-${existing.length + 1}`, instanceId: inst.id, group: 'family:report', revision: 1, cpu: 256, memory: taskMemory, hostPorts: [] });
  }
  return { instances, existing, strategyIndex: seed % STRATEGIES.length, taskMemory };
}

function place(d: Draft) {
  const { result } = runScenario({
    seed: 1,
    cluster: { instances: d.instances },
    taskDefinition: { family: 'report', revision: 1, networkMode: 'bridge', containerDefinitions: [{ name: 'report', image: 'report:1', cpu: 256, memory: d.taskMemory }] },
    existingTasks: d.existing,
    actions: [{ type: 'runTask', count: 1, group: 'family:report', placementStrategy: [...STRATEGIES[d.strategyIndex]!.strategy] }],
  });
  const index = result.trace.events.findIndex((e) => e.type === 'taskPlaced');
  const event = result.trace.events[index];
  const decision = result.decisions[index];
  const tie = decision?.instances.some((v) => v.outcome === 'removed' && v.step === 'tiebreak') ?? true;
  return { instanceId: event?.type === 'taskPlaced' ? event.instanceId : undefined, tie };
}

interface InstanceLine {
  id: string;
  instanceType: string;
  availabilityZone: string;
  tasks: number;
  memory: number;
}

/** What a learner reads, per language; the strategy label is the one for the same language. */
const TEXT: Record<
  Locale,
  {
    stem(taskMemory: number, lines: readonly InstanceLine[], strategy: string): string;
    option(id: string, instanceType: string): string;
    right(id: string, strategy: string): string;
    wrong(line: InstanceLine, strategy: string): string;
  }
> = {
  en: {
    stem: (taskMemory, lines, strategy) =>
      `An ECS cluster on EC2 runs standalone tasks of the group family:report (each 256 CPU units and ${taskMemory} MiB). The container instances are: ${lines
        .map((l) => `${l.id} (${l.instanceType}, ${l.availabilityZone}): ${l.tasks} report task${l.tasks === 1 ? '' : 's'}, ${l.memory} MiB memory free`)
        .join('; ')}. A developer calls RunTask for one more task of the same group with the placement strategy ${strategy}. On which instance does ECS place the task?`,
    option: (id, type) => `${id} (${type})`,
    right: (id, strategy) => `Correct. Under ${strategy}, ECS keeps the instances with enough CPU and memory, then applies each strategy in order; ${id} is the one left.`,
    wrong: (l, strategy) => `Not ${l.id}: after filtering on resources, ${strategy} prefers another instance (${l.tasks} task(s), ${l.memory} MiB free here).`,
  },
  ko: {
    stem: (taskMemory, lines, strategy) =>
      `EC2 기반 ECS 클러스터에서 family:report 그룹의 독립 실행형 태스크(각각 CPU 256 유닛, 메모리 ${taskMemory}MiB)가 실행되고 있습니다. 컨테이너 인스턴스는 다음과 같습니다. ${lines
        .map((l) => `${l.id} (${l.instanceType}, ${l.availabilityZone}): report 태스크 ${l.tasks}개, 여유 메모리 ${l.memory}MiB`)
        .join('; ')}. 개발자가 같은 그룹의 태스크를 하나 더 실행하려고 RunTask를 호출하며, 배치 전략은 ${strategy}입니다. ECS는 이 태스크를 어느 인스턴스에 배치합니까?`,
    option: (id, type) => `${id} 인스턴스(${type})`,
    right: (id, strategy) => `정답입니다. ${strategy} 전략에서 ECS는 CPU와 메모리가 충분한 인스턴스만 남긴 뒤 각 전략을 순서대로 적용합니다. 마지막에 남는 인스턴스가 ${id}입니다.`,
    wrong: (l, strategy) => `${l.id}에는 배치되지 않습니다. 리소스로 거른 뒤 ${strategy} 전략은 다른 인스턴스를 고릅니다(이 인스턴스: 태스크 ${l.tasks}개, 여유 메모리 ${l.memory}MiB).`,
  },
};

export const nextPlacementGenerator: QuestionGenerator = {
  id: 'gen-next-placement',
  track: 'ecs',
  domains: ['dva-deployment', 'saa-performant'],
  lesson: 'ecs/placement',
  generate(seed: number, locale: Locale = 'en'): GeneratedQuestion {
    // The key is to be the longest option in one question of four: clusters are drawn until one has a
    // single defensible answer whose length rank is the one drawn (or, failing that, any single answer).
    const keyLongest = createRng(`next-placement-length:${seed}`)() < 0.25;
    const isLongest = (d: Draft, id: string) =>
      LOCALES.every((l) => {
        const len = (i: Draft['instances'][number]) => visibleLength(TEXT[l].option(i.id, i.instanceType));
        const key = d.instances.find((i) => i.id === id)!;
        return d.instances.every((i) => len(i) <= len(key));
      });
    let d = draft(seed, 0);
    let placed = place(d);
    let fallback: { d: Draft; placed: typeof placed } | undefined;
    for (let attempt = 1; attempt < 80; attempt++) {
      if (!placed.tie && placed.instanceId) {
        fallback ??= { d, placed };
        if (isLongest(d, placed.instanceId) === keyLongest) break;
      }
      d = draft(seed, attempt);
      placed = place(d);
    }
    if (placed.tie || !placed.instanceId || isLongest(d, placed.instanceId) !== keyLongest) ({ d, placed } = fallback ?? { d, placed });
    const text = TEXT[locale];
    const strategy = STRATEGIES[d.strategyIndex]!.label[locale];
    const lines: InstanceLine[] = d.instances.map((i) => {
      const used = d.existing.filter((t) => t.instanceId === i.id);
      return { id: i.id, instanceType: i.instanceType, availabilityZone: i.availabilityZone, tasks: used.length, memory: i.memory - used.reduce((s, t) => s + t.memory, 0) };
    });
    const rng = createRng(`next-placement-options:${seed}`);
    const { options, answer } = buildOptions(
      lines.map((l) => ({
        text: text.option(l.id, l.instanceType),
        correct: l.id === placed.instanceId,
        explanation: l.id === placed.instanceId ? text.right(l.id, strategy) : text.wrong(l, strategy),
      })),
      rng,
    );
    return generatedQuestion(this, seed, {
      difficulty: 2,
      stem: text.stem(d.taskMemory, lines, strategy),
      options,
      answer,
      references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-strategies.html'],
    });
  },
};
