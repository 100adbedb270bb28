import type { Locale } from '../contracts/taxonomy.ts';
import { evaluateCql, parseCql } from '../placement/cql.ts';
import { createRng, pick, shuffled } from '../srs/rng.ts';
import { buildOptions, type GeneratedQuestion, type QuestionGenerator, generatedQuestion } from './types.ts';

/**
 * "Which instances does this memberOf expression match?" A cluster query language expression and four
 * container instances with their type, Availability Zone and a custom attribute; the engine's CQL
 * evaluator decides which instances match. The distractors are the sets a learner gets by a mistake,
 * each found by evaluating a rewritten expression with the same engine: pushing `not` into a group
 * without flipping `and`/`or`, applying `not` to the first condition only, reading `and` as `or` (or
 * the reverse), overlooking the `!` of `!in`, or reading the pattern `.*large` as if it left out the
 * xlarge types.
 */

export interface CqlInstance {
  id: string;
  type: string;
  zone: string;
  /** The custom attribute "stack". */
  stack: string;
}

const TYPES = ['t3.medium', 't3.large', 'm5.large', 'm5.xlarge', 'c5.large', 'c5.2xlarge', 'r5.xlarge'];
const ZONES = ['us-east-1a', 'us-east-1b', 'us-east-1c'];
const STACKS = ['prod', 'test', 'dev'];

/** Conditions an expression is built from, each with the misreadings a learner makes of it. */
const ATOMS = [
  { attribute: 'type', text: 'attribute:ecs.instance-type =~ t3.*', misread: [] },
  { attribute: 'type', text: 'attribute:ecs.instance-type =~ .*large', misread: ['attribute:ecs.instance-type =~ .*\\.large'] },
  { attribute: 'zone', text: 'attribute:ecs.availability-zone in [us-east-1a, us-east-1b]', misread: [] },
  { attribute: 'zone', text: 'attribute:ecs.availability-zone !in [us-east-1a, us-east-1b]', misread: ['attribute:ecs.availability-zone in [us-east-1a, us-east-1b]'] },
  { attribute: 'stack', text: 'attribute:stack == prod', misread: [] },
  { attribute: 'stack', text: 'attribute:stack != prod', misread: [] },
] as const;

interface Shape {
  expression(x: string, y: string): string;
  /** Whole-expression rewrites a learner misreads the expression as. */
  mistakes(x: string, y: string): string[];
}

const SHAPES: Shape[] = [
  { expression: (x, y) => `${x} and ${y}`, mistakes: (x, y) => [`${x} or ${y}`, x] },
  { expression: (x, y) => `${x} or ${y}`, mistakes: (x, y) => [`${x} and ${y}`, y] },
  { expression: (x, y) => `not (${x} and ${y})`, mistakes: (x, y) => [`not ${x} and not ${y}`, `not ${x} and ${y}`] },
  { expression: (x, y) => `not (${x} or ${y})`, mistakes: (x, y) => [`not ${x} or not ${y}`, `not ${x} or ${y}`] },
];

/** The ids of the instances the expression matches, as the engine evaluates it. */
export function matchingInstances(expression: string, instances: readonly CqlInstance[]): string[] {
  const parsed = parseCql(expression);
  if (!parsed.ok) throw new Error(`generated expression does not parse: ${parsed.error.message}`);
  return instances
    .filter((i) => {
      const attrs: Record<string, string> = { 'ecs.instance-type': i.type, 'ecs.availability-zone': i.zone, stack: i.stack };
      return evaluateCql(parsed.ast, { instanceId: i.id, attribute: (n) => attrs[n], runningTasksCount: 0, taskGroups: [] });
    })
    .map((i) => i.id);
}

const setKey = (ids: readonly string[]) => ids.join(',');

interface Draft {
  expression: string;
  instances: CqlInstance[];
  /** The key first, then three distractors (sets of instance ids). */
  sets: string[][];
}

function draft(seed: number, attempt: number): Draft | undefined {
  const rng = createRng(`cql-match:${seed}:${attempt}`);
  const instances: CqlInstance[] = ['i-1', 'i-2', 'i-3', 'i-4'].map((id) => ({ id, type: pick(TYPES, rng), zone: pick(ZONES, rng), stack: pick(STACKS, rng) }));
  const shape = SHAPES[seed % SHAPES.length]!;
  const x = pick(ATOMS, rng);
  const y = pick(ATOMS.filter((a) => a.attribute !== x.attribute), rng);
  const expression = shape.expression(x.text, y.text);
  const key = matchingInstances(expression, instances);
  const rewrites = [
    ...shape.mistakes(x.text, y.text),
    ...x.misread.map((m) => shape.expression(m, y.text)),
    ...y.misread.map((m) => shape.expression(x.text, m)),
  ];
  const seen = new Set([setKey(key)]);
  const mistaken: string[][] = [];
  for (const r of shuffled(rewrites, rng)) {
    const set = matchingInstances(r, instances);
    if (!seen.has(setKey(set))) {
      seen.add(setKey(set));
      mistaken.push(set);
    }
  }
  // Two sets from mistakes at least; a third, if needed, is the key with one instance misread.
  if (mistaken.length < 2) return undefined;
  for (const id of shuffled(instances.map((i) => i.id), rng)) {
    if (mistaken.length >= 3) break;
    const toggled = instances.map((i) => i.id).filter((v) => (v === id ? !key.includes(v) : key.includes(v)));
    if (!seen.has(setKey(toggled))) {
      seen.add(setKey(toggled));
      mistaken.push(toggled);
    }
  }
  return { expression, instances, sets: [key, ...mistaken.slice(0, 3)] };
}

export function cqlDraft(seed: number): Draft {
  for (let attempt = 0; attempt < 100; attempt++) {
    const d = draft(seed, attempt);
    if (d) return d;
  }
  throw new Error(`no CQL question for seed ${seed}`);
}

/** What the expression needs a learner to read right, as note keys. */
function notesFor(expression: string): Note[] {
  const notes: Note[] = [];
  if (expression.startsWith('not (')) notes.push(expression.includes(' and ') ? 'notAnd' : 'notOr');
  if (expression.includes('.*large')) notes.push('pattern');
  if (expression.includes('!in')) notes.push('notIn');
  return notes;
}

type Note = 'notAnd' | 'notOr' | 'pattern' | 'notIn';

const TEXT: Record<
  Locale,
  {
    stem(expression: string, instances: readonly CqlInstance[]): string;
    set(ids: readonly string[], all: readonly string[]): string;
    list(ids: readonly string[]): string;
    notes: Record<Note, string>;
    right(key: string): string;
    wrong(chosen: string, key: string): string;
  }
> = {
  en: {
    stem: (expression, instances) =>
      `A service has the placement constraint memberOf with the expression "${expression}". The cluster's container instances are: ${instances
        .map((i) => `${i.id} (${i.type}, ${i.zone}, custom attribute stack = ${i.stack})`)
        .join('; ')}. On which instances can ECS place the service's tasks?`,
    set: (ids, all) =>
      ids.length === 0 ? 'None of the four instances' : ids.length === all.length ? 'All four instances' : ids.length === 1 ? `Only ${ids[0]}` : ids.length === all.length - 1 ? `Every instance except ${all.find((x) => !ids.includes(x))}` : ids.join(' and '),
    list: (ids) => (ids.length ? ids.join(', ') : 'no instance'),
    notes: {
      notAnd: '"not (A and B)" holds when at least one of the two conditions fails.',
      notOr: '"not (A or B)" holds only when both conditions fail.',
      pattern: 'The pattern ".*large" also matches the xlarge and 2xlarge types.',
      notIn: '"!in" keeps the instances whose value is not in the list.',
    },
    right: (key) => `Correct: the expression holds for ${key}.`,
    wrong: (chosen, key) => `Not this one: that set (${chosen}) comes from misreading the expression, which holds for ${key}.`,
  },
  ko: {
    stem: (expression, instances) =>
      `서비스에 "${expression}" 식을 쓰는 memberOf 배치 제약 조건이 있습니다. 클러스터의 컨테이너 인스턴스는 다음과 같습니다. ${instances
        .map((i) => `${i.id} (${i.type}, ${i.zone}, 사용자 지정 속성 stack = ${i.stack})`)
        .join('; ')}. ECS가 이 서비스의 태스크를 배치할 수 있는 인스턴스는 어느 것입니까?`,
    set: (ids, all) =>
      ids.length === 0 ? '네 인스턴스 모두 해당하지 않음' : ids.length === all.length ? '네 인스턴스 모두' : ids.length === 1 ? `${ids[0]} 인스턴스만` : ids.length === all.length - 1 ? `${all.find((x) => !ids.includes(x))} 외의 모든 인스턴스` : `${ids.join(', ')} 인스턴스`,
    list: (ids) => (ids.length ? ids.join(', ') : '해당 인스턴스 없음'),
    notes: {
      notAnd: '"not (A and B)"는 두 조건 중 하나라도 거짓이면 참입니다.',
      notOr: '"not (A or B)"는 두 조건이 모두 거짓일 때만 참입니다.',
      pattern: '".*large" 패턴은 xlarge, 2xlarge 유형과도 일치합니다.',
      notIn: '"!in"은 값이 목록에 없는 인스턴스를 남깁니다.',
    },
    right: (key) => `정답입니다. 이 식을 만족하는 인스턴스: ${key}.`,
    wrong: (chosen, key) => `이 답이 아닙니다. 이 집합(${chosen})은 식을 잘못 읽은 결과이며, 식을 만족하는 인스턴스는 다음과 같습니다: ${key}.`,
  },
};

export const cqlMatchGenerator: QuestionGenerator = {
  id: 'gen-cql-match',
  track: 'ecs',
  domains: ['dva-deployment', 'saa-performant'],
  lesson: 'ecs/placement',
  generate(seed: number, locale: Locale = 'en'): GeneratedQuestion {
    const d = cqlDraft(seed);
    const text = TEXT[locale];
    const all = d.instances.map((i) => i.id);
    const key = d.sets[0]!;
    const rng = createRng(`cql-match-options:${seed}`);
    const notes = notesFor(d.expression).map((n) => ` ${text.notes[n]}`).join('');
    const { options, answer } = buildOptions(
      d.sets.map((ids, i) => ({
        text: text.set(ids, all),
        correct: i === 0,
        explanation: (i === 0 ? text.right(text.list(key)) : text.wrong(text.list(ids), text.list(key))) + notes,
      })),
      rng,
    );
    return generatedQuestion(this, seed, {
      difficulty: 3,
      stem: text.stem(d.expression, d.instances),
      options,
      answer,
      references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-query-language.html'],
    });
  },
};
