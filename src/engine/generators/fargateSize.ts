import { LOCALES, type Locale } from '../contracts/taxonomy.ts';
import { FARGATE_CPU_VALUES, fargateMemoryChoices, fargateSizeProblem } from '../placement/limits.ts';
import { createRng, pick, shuffled } from '../srs/rng.ts';
import { visibleLength } from './visibleLength.ts';
import { buildOptions, type GeneratedQuestion, type QuestionGenerator, generatedQuestion, lengthNeutralPicks } from './types.ts';

/**
 * "Which task size does Fargate accept?" Four task-level cpu/memory pairs for a Fargate task
 * definition; the engine's table of Fargate sizes decides which are valid. Either one pair is valid
 * and three are not, or one is not and three are. The invalid pairs are the sizes a learner picks by
 * mistake: memory below the minimum for the CPU (1 GB per vCPU, as on some EC2 types), memory above the
 * maximum (8 GB per vCPU), a value between the allowed steps (256 CPU units with 1536 MiB), or a CPU
 * value Fargate does not offer (0.75 or 3 vCPU). The valid distractors sit on the edges of the ranges.
 */

interface Size {
  cpu: number;
  memory: number;
}

type Mistake = 'below-minimum' | 'above-maximum' | 'between-steps' | 'cpu-value';

/** Candidate pairs per mistake; the engine confirms each is invalid before it is offered. */
const MISTAKES: Record<Mistake, readonly Size[]> = {
  'below-minimum': [
    { cpu: 512, memory: 512 }, { cpu: 1024, memory: 1024 }, { cpu: 2048, memory: 2048 }, { cpu: 2048, memory: 3072 },
    { cpu: 4096, memory: 4096 }, { cpu: 4096, memory: 6144 }, { cpu: 8192, memory: 8192 }, { cpu: 16384, memory: 16384 },
  ],
  'above-maximum': [
    { cpu: 256, memory: 3072 }, { cpu: 256, memory: 4096 }, { cpu: 512, memory: 5120 }, { cpu: 512, memory: 8192 },
    { cpu: 1024, memory: 9216 }, { cpu: 1024, memory: 16384 }, { cpu: 2048, memory: 32768 }, { cpu: 4096, memory: 32768 },
    { cpu: 8192, memory: 65536 }, { cpu: 16384, memory: 131072 },
  ],
  'between-steps': [
    { cpu: 256, memory: 1536 }, { cpu: 512, memory: 1536 }, { cpu: 1024, memory: 2560 }, { cpu: 2048, memory: 4608 },
    { cpu: 8192, memory: 18432 }, { cpu: 8192, memory: 22528 }, { cpu: 16384, memory: 36864 }, { cpu: 16384, memory: 45056 },
  ],
  'cpu-value': [
    { cpu: 128, memory: 512 }, { cpu: 768, memory: 2048 }, { cpu: 1536, memory: 4096 }, { cpu: 3072, memory: 8192 },
    { cpu: 6144, memory: 16384 }, { cpu: 12288, memory: 32768 },
  ],
};

const MISTAKE_KINDS = Object.keys(MISTAKES) as Mistake[];

/** Every valid pair, from the engine's table. */
const validSizes = (): Size[] => FARGATE_CPU_VALUES.flatMap((cpu) => fargateMemoryChoices(cpu).map((memory) => ({ cpu, memory })));

/** Valid pairs on the edge of a range: the smallest and largest memory for each CPU value. */
const edgeSizes = (): Size[] =>
  FARGATE_CPU_VALUES.flatMap((cpu) => {
    const m = fargateMemoryChoices(cpu);
    return [{ cpu, memory: m[0]! }, { cpu, memory: m[m.length - 1]! }];
  });

const same = (a: Size, b: Size) => a.cpu === b.cpu && a.memory === b.memory;

/** 1024 → "1", 256 → "0.25", 1536 → "1.5": CPU units as vCPUs, memory MiB as GB. */
const per1024 = (n: number) => String(n / 1024);

type Form = 'valid' | 'invalid';

const TEXT: Record<
  Locale,
  {
    stem(form: Form): string;
    option(s: Size): string;
    valid(s: Size, choices: readonly number[]): string;
    invalid(s: Size, choices: readonly number[]): string;
    right: string;
    wrong: string;
  }
> = {
  en: {
    stem: (form) =>
      form === 'valid'
        ? 'A developer registers a task definition with requiresCompatibilities set to FARGATE and sets the task-level cpu and memory. Which combination does Amazon ECS accept?'
        : 'A developer registers a task definition with requiresCompatibilities set to FARGATE and sets the task-level cpu and memory. Three of these combinations are accepted. Which one does Amazon ECS reject?',
    option: (s) => `${s.cpu} CPU units (${per1024(s.cpu)} vCPU) and ${s.memory} MiB (${per1024(s.memory)} GB)`,
    valid: (s, c) => `with ${s.cpu} CPU units Fargate accepts ${range(c, 'en')} of memory, and ${s.memory} MiB is one of them, so the size is valid.`,
    invalid: (s, c) =>
      c.length
        ? `with ${s.cpu} CPU units Fargate accepts only ${range(c, 'en')} of memory; ${s.memory} MiB is not one of them, so registration fails.`
        : `Fargate offers task-level cpu of only ${FARGATE_CPU_VALUES.join(', ')} CPU units; ${s.cpu} is not one of them, so registration fails.`,
    right: 'Correct: ',
    wrong: 'Not this one: ',
  },
  ko: {
    stem: (form) =>
      form === 'valid'
        ? '개발자가 requiresCompatibilities를 FARGATE로 지정한 태스크 정의를 등록하면서 태스크 수준 cpu와 memory를 설정합니다. Amazon ECS가 받아들이는 조합은 무엇입니까?'
        : '개발자가 requiresCompatibilities를 FARGATE로 지정한 태스크 정의를 등록하면서 태스크 수준 cpu와 memory를 설정합니다. 다음 조합 중 셋은 받아들여집니다. Amazon ECS가 거부하는 조합은 무엇입니까?',
    option: (s) => `CPU ${s.cpu} 유닛(${per1024(s.cpu)} vCPU), 메모리 ${s.memory}MiB(${per1024(s.memory)}GB)`,
    valid: (s, c) => `CPU ${s.cpu} 유닛에서 Fargate가 받아들이는 메모리는 ${range(c, 'ko')}이며 ${s.memory}MiB도 그중 하나이므로 유효한 크기입니다.`,
    invalid: (s, c) =>
      c.length
        ? `CPU ${s.cpu} 유닛에서 Fargate가 받아들이는 메모리는 ${range(c, 'ko')}뿐이며 ${s.memory}MiB는 여기에 없으므로 등록이 실패합니다.`
        : `Fargate의 태스크 수준 cpu 값은 ${FARGATE_CPU_VALUES.join(', ')} 유닛뿐이며 ${s.cpu} 유닛은 여기에 없으므로 등록이 실패합니다.`,
    right: '정답입니다. ',
    wrong: '이 답이 아닙니다. ',
  },
};

/** "512, 1024 or 2048 MiB" for a short list, else "2048 to 8192 MiB in steps of 1024 MiB". */
function range(choices: readonly number[], locale: Locale): string {
  const first = choices[0]!;
  const last = choices[choices.length - 1]!;
  const step = (choices[1] ?? first) - first;
  const evenSteps = choices.every((m, i) => m === first + i * step);
  if (!evenSteps || choices.length <= 3) {
    const head = choices.slice(0, -1).join(', ');
    return locale === 'en' ? `${head} or ${last} MiB` : `${head}, ${last}MiB`;
  }
  return locale === 'en' ? `${first} to ${last} MiB in steps of ${step} MiB` : `${first}MiB부터 ${last}MiB까지 ${step}MiB 단위`;
}

/** The four pairs of a seed, with the key first, each judged by the engine. */
export function fargateChoices(seed: number): { form: Form; sizes: { size: Size; valid: boolean }[] } {
  const rng = createRng(`fargate-size:${seed}`);
  const form: Form = seed % 2 === 0 ? 'valid' : 'invalid';
  const invalid = (kind: Mistake) => MISTAKES[kind].filter((s) => fargateSizeProblem(s.cpu, s.memory) !== undefined);
  const lengths = (s: Size) => LOCALES.map((l) => visibleLength(TEXT[l].option(s)));
  const kinds = shuffled(MISTAKE_KINDS, rng);
  let key: Size;
  let pools: Size[][];
  if (form === 'valid') {
    const cpu = pick(FARGATE_CPU_VALUES, rng);
    key = { cpu, memory: pick(fargateMemoryChoices(cpu), rng) };
    pools = kinds.map(invalid);
  } else {
    key = pick(invalid(kinds[0]!), rng);
    const edges = edgeSizes().filter((s) => s.cpu !== key.cpu);
    const middle = validSizes().filter((s) => s.cpu !== key.cpu && !edges.some((e) => same(e, s)));
    pools = [edges, edges, middle];
  }
  const sizes = [key, ...lengthNeutralPicks(lengths(key), pools, 3, lengths, rng)];
  return { form, sizes: sizes.map((size) => ({ size, valid: fargateSizeProblem(size.cpu, size.memory) === undefined })) };
}

export const fargateSizeGenerator: QuestionGenerator = {
  id: 'gen-fargate-task-size',
  track: 'fargate',
  domains: ['dva-development', 'saa-cost'],
  lesson: 'fargate/serverless-containers',
  generate(seed: number, locale: Locale = 'en'): GeneratedQuestion {
    const { form, sizes } = fargateChoices(seed);
    const text = TEXT[locale];
    const rng = createRng(`fargate-size-options:${seed}`);
    const { options, answer } = buildOptions(
      sizes.map(({ size, valid }) => {
        const correct = valid === (form === 'valid');
        const choices = fargateMemoryChoices(size.cpu);
        return { text: text.option(size), correct, explanation: (correct ? text.right : text.wrong) + (valid ? text.valid(size, choices) : text.invalid(size, choices)) };
      }),
      rng,
    );
    return generatedQuestion(this, seed, {
      difficulty: 2,
      stem: text.stem(form),
      options,
      answer,
      references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html'],
    });
  },
};
