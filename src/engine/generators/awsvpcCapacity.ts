import { LOCALES, type Locale } from '../contracts/taxonomy.ts';
import { ENI_TASK_LIMITS, eniTaskLimit } from '../placement/limits.ts';
import { createRng, pick, randomInt, shuffled } from '../srs/rng.ts';
import { runScenario } from './scenario.ts';
import { visibleLength } from './visibleLength.ts';
import { buildOptions, type GeneratedQuestion, type QuestionGenerator, generatedQuestion, lengthNeutralPicks } from './types.ts';

/**
 * "Which instance can run all N awsvpc tasks?" Each awsvpc task takes one elastic network interface
 * on its container instance, so the instance type's ENI limit (raised by ENI trunking, which T-family
 * types do not support) caps the tasks as much as CPU and memory do. The placement engine places the
 * service on each offered instance and counts the tasks that fit. The distractors are the instances a
 * learner picks by mistake: the right type without trunking, a T-family type with trunking turned on,
 * a type whose ENIs suffice but whose CPU or memory does not, a type with the CPU and memory but too
 * few ENIs.
 */

/** EC2 sizes (vCPU, GiB) of the types offered; each is in the engine's ENI table. */
const TYPES: Readonly<Record<string, { vcpu: number; gib: number }>> = {
  't3.large': { vcpu: 2, gib: 8 },
  't3.xlarge': { vcpu: 4, gib: 16 },
  't3.2xlarge': { vcpu: 8, gib: 32 },
  'm5.large': { vcpu: 2, gib: 8 },
  'm5.xlarge': { vcpu: 4, gib: 16 },
  'm5.2xlarge': { vcpu: 8, gib: 32 },
  'm5.4xlarge': { vcpu: 16, gib: 64 },
  'c5.large': { vcpu: 2, gib: 4 },
  'c5.xlarge': { vcpu: 4, gib: 8 },
  'c5.2xlarge': { vcpu: 8, gib: 16 },
  'c5.4xlarge': { vcpu: 16, gib: 32 },
  'r5.large': { vcpu: 2, gib: 16 },
  'r5.xlarge': { vcpu: 4, gib: 32 },
  'r5.2xlarge': { vcpu: 8, gib: 64 },
};

const TASK_SIZES = [
  { cpu: 256, memory: 512 },
  { cpu: 256, memory: 1024 },
  { cpu: 512, memory: 1024 },
  { cpu: 512, memory: 2048 },
  { cpu: 1024, memory: 2048 },
] as const;

interface Config {
  type: string;
  trunking: boolean;
}

interface Task {
  cpu: number;
  memory: number;
}

const capacityCache = new Map<string, number>();

/** Tasks of `task` the placement engine fits on one instance of `config` (awsvpc, or bridge to ignore ENIs). */
export function instanceCapacity(config: Config, task: Task, networkMode: 'awsvpc' | 'bridge' = 'awsvpc'): number {
  const key = `${config.type}:${config.trunking}:${task.cpu}:${task.memory}:${networkMode}`;
  const cached = capacityCache.get(key);
  if (cached !== undefined) return cached;
  const size = TYPES[config.type]!;
  const { result } = runScenario({
    seed: 1,
    cluster: { instances: [{ id: 'i-1', instanceType: config.type, availabilityZone: 'us-east-1a', cpu: size.vcpu * 1024, memory: size.gib * 1024, eniTrunking: config.trunking }] },
    taskDefinition: { family: 'api', revision: 1, networkMode, containerDefinitions: [{ name: 'api', image: 'api:1', cpu: task.cpu, memory: task.memory }] },
    service: { serviceName: 'api', desiredCount: 300 },
    actions: [{ type: 'createService' }],
  });
  const placed = result.trace.events.filter((e) => e.type === 'taskPlaced').length;
  capacityCache.set(key, placed);
  return placed;
}

const supportsTrunking = (type: string) => ENI_TASK_LIMITS[type]?.with !== undefined;

type Mistake = 'no-trunking' | 't-family' | 'resources' | 'enis' | 'small-trunk';

/**
 * Two ways of writing the trunking setting, drawn per question: in one "off" reads longer, in the
 * other "on" does, so the trunking words say nothing about the answer.
 */
type Wording = 'short-on' | 'long-on';

interface Draft {
  task: Task;
  need: number;
  key: Config;
  distractors: Config[];
  wording: Wording;
}

const ALL_CONFIGS: Config[] = Object.keys(TYPES).flatMap((type) => [{ type, trunking: false }, { type, trunking: true }]);

/** What mistake picking `c` (which cannot run `need` tasks) stands for, if it is one a learner makes. */
function mistakeOf(c: Config, key: Config, task: Task, need: number): Mistake | undefined {
  const eni = eniTaskLimit(c.type, c.trunking) ?? 0;
  const fit = instanceCapacity(c, task, 'bridge');
  if (c.type === key.type && c.trunking !== key.trunking) return 'no-trunking';
  if (c.trunking && !supportsTrunking(c.type) && fit >= need) return 't-family';
  if (eni >= need && fit < need) return 'resources';
  if (!c.trunking && fit >= need) return 'enis';
  if (c.trunking && eni < need && fit >= need) return 'small-trunk';
  return undefined;
}

function draft(seed: number, attempt: number): Draft | undefined {
  const rng = createRng(`awsvpc-capacity:${seed}:${attempt}`);
  const task = pick(TASK_SIZES, rng);
  const need = randomInt(rng, 4, 20);
  const fits = ALL_CONFIGS.filter((c) => instanceCapacity(c, task) >= need);
  if (!fits.length) return undefined;
  // The smallest instances that fit: larger ones that fail (too few ENIs) are then among the distractors.
  const smallest = Math.min(...fits.map((c) => TYPES[c.type]!.vcpu));
  const key = pick(fits.filter((c) => TYPES[c.type]!.vcpu === smallest), rng);
  const byMistake = new Map<Mistake, Config[]>();
  for (const c of ALL_CONFIGS) {
    if (instanceCapacity(c, task) >= need) continue;
    const m = mistakeOf(c, key, task, need);
    if (m) byMistake.set(m, [...(byMistake.get(m) ?? []), c]);
  }
  // One distractor per mistake, in a random order of mistakes; at least three different mistakes.
  const kinds = shuffled([...byMistake.keys()], rng);
  if (kinds.length < 3) return undefined;
  // The key is to be the longest option in one question of four; the wording that allows the drawn
  // rank is used (trunking words shift the key's length against its twin without trunking).
  const longer = Math.floor(rng() * 4);
  const pools = kinds.map((k) => byMistake.get(k)!);
  let best: Draft | undefined;
  for (const wording of shuffled<Wording>(['long-on', 'short-on'], rng)) {
    const lengths = (c: Config) => LOCALES.map((l) => visibleLength(TEXT[l].option(c, wording)));
    const distractors = lengthNeutralPicks(lengths(key), pools, 3, lengths, rng, longer);
    const keyLongest = distractors.every((c) => lengths(c).every((n, i) => n <= lengths(key)[i]!));
    best = { task, need, key, distractors, wording };
    if (keyLongest === (longer === 0)) break;
  }
  return best;
}

/** The question's instances and task, with the key first. */
export function capacityDraft(seed: number): Draft {
  for (let attempt = 0; attempt < 200; attempt++) {
    const d = draft(seed, attempt);
    if (d) return d;
  }
  throw new Error(`no awsvpc capacity question for seed ${seed}`);
}

interface Facts {
  config: Config;
  capacity: number;
  eni: number;
  fit: number;
  need: number;
}

const TEXT: Record<
  Locale,
  {
    stem(task: Task, need: number): string;
    option(c: Config, wording: Wording): string;
    why(f: Facts): string;
    right: string;
    wrong: string;
  }
> = {
  en: {
    stem: (t, need) =>
      `The tasks of an ECS service use the awsvpc network mode, and each task reserves ${t.cpu} CPU units and ${t.memory} MiB of memory. The team wants ${need} of these tasks running at the same time on a single EC2 container instance. An instance "with ENI trunking" is one launched after the account turned on the awsvpcTrunking setting. Leaving aside the memory the operating system and the ECS agent keep, which instance can run all ${need} tasks?`,
    option: (c, w) => {
      const size = `${c.type} (${TYPES[c.type]!.vcpu} vCPU, ${TYPES[c.type]!.gib} GiB)`;
      if (w === 'short-on') return `${size}, ENI trunking ${c.trunking ? 'on' : 'off'}`;
      return `${size} ${c.trunking ? 'with ENI trunking turned on' : 'without ENI trunking'}`;
    },
    why: (f) => {
      const trunk = f.config.trunking && !supportsTrunking(f.config.type) ? ` (T-family types do not support ENI trunking, so turning it on changes nothing)` : '';
      return `this instance takes ${f.eni} task ENIs${trunk} and has the CPU and memory for ${f.fit} tasks, so it runs ${f.capacity} tasks at once, ${f.capacity >= f.need ? 'enough for' : 'fewer than'} the ${f.need} needed.`;
    },
    right: 'Correct: ',
    wrong: 'Not this one: ',
  },
  ko: {
    stem: (t, need) =>
      `ECS 서비스의 태스크는 awsvpc 네트워크 모드를 사용하며, 태스크마다 CPU ${t.cpu} 유닛과 메모리 ${t.memory}MiB를 예약합니다. 팀은 이 태스크 ${need}개를 EC2 컨테이너 인스턴스 한 대에서 동시에 실행하려고 합니다. ENI 트렁킹을 켠 인스턴스란 계정에서 awsvpcTrunking 설정을 켠 뒤에 시작한 인스턴스를 말합니다. 운영 체제와 ECS 에이전트가 쓰는 메모리는 무시할 때, 태스크 ${need}개를 모두 실행할 수 있는 인스턴스는 무엇입니까?`,
    option: (c, w) => {
      const trunk = w === 'short-on' ? (c.trunking ? 'ENI 트렁킹을 켠' : 'ENI 트렁킹을 켜지 않은') : c.trunking ? 'ENI 트렁킹을 켜 둔' : 'ENI 트렁킹 없는';
      return `${trunk} ${c.type} 인스턴스(vCPU ${TYPES[c.type]!.vcpu}개, 메모리 ${TYPES[c.type]!.gib}GiB)`;
    },
    why: (f) => {
      const trunk = f.config.trunking && !supportsTrunking(f.config.type) ? ' T 계열 유형은 ENI 트렁킹을 지원하지 않으므로 켜도 달라지는 것이 없습니다.' : '';
      return `이 인스턴스에는 태스크 ENI를 ${f.eni}개까지 연결할 수 있고, CPU와 메모리는 태스크 ${f.fit}개분입니다.${trunk} 따라서 동시에 실행되는 태스크는 ${f.capacity}개로, 필요한 ${f.need}개${f.capacity >= f.need ? '를 채웁니다' : '에 못 미칩니다'}.`;
    },
    right: '정답입니다. ',
    wrong: '이 답이 아닙니다. ',
  },
};

export const awsvpcCapacityGenerator: QuestionGenerator = {
  id: 'gen-awsvpc-capacity',
  track: 'ecs',
  domains: ['dva-development', 'saa-performant'],
  lesson: 'ecs/networking',
  generate(seed: number, locale: Locale = 'en'): GeneratedQuestion {
    const d = capacityDraft(seed);
    const text = TEXT[locale];
    const rng = createRng(`awsvpc-capacity-options:${seed}`);
    const facts = (config: Config): Facts => ({
      config,
      capacity: instanceCapacity(config, d.task),
      eni: eniTaskLimit(config.type, config.trunking) ?? 0,
      fit: instanceCapacity(config, d.task, 'bridge'),
      need: d.need,
    });
    const { options, answer } = buildOptions(
      [d.key, ...d.distractors].map((c) => {
        const f = facts(c);
        const correct = f.capacity >= d.need;
        return { text: text.option(c, d.wording), correct, explanation: (correct ? text.right : text.wrong) + text.why(f) };
      }),
      rng,
    );
    return generatedQuestion(this, seed, {
      difficulty: 3,
      stem: text.stem(d.task, d.need),
      options,
      answer,
      references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/container-instance-eni.html'],
    });
  },
};
