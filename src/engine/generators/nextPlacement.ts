import { createRng, pick, randomInt } from '../srs/rng.ts';
import { buildOptions, type GeneratedQuestion, type QuestionGenerator, generatedQuestion } from './types.ts';
import { runScenario } from './scenario.ts';

/**
 * "Where does the next task go under this strategy?" A small cluster with tasks already running, one
 * RunTask call with a placement strategy; the placement engine decides the instance. Clusters where the
 * engine had to break a tie at random are skipped, so the question always has one defensible answer.
 */

const STRATEGIES = [
  { label: 'binpack on memory', strategy: [{ type: 'binpack', field: 'memory' }] },
  { label: 'spread on instanceId', strategy: [{ type: 'spread', field: 'instanceId' }] },
  { label: 'spread on attribute:ecs.availability-zone, then binpack on memory', strategy: [{ type: 'spread', field: 'attribute:ecs.availability-zone' }, { type: 'binpack', field: 'memory' }] },
] as const;

const SIZES = [
  { type: 't3.medium', cpu: 2048, memory: 4096 },
  { type: 'm5.large', cpu: 2048, memory: 8192 },
  { type: 'm5.xlarge', cpu: 4096, memory: 16384 },
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
    actions: [{ type: 'runTask', count: 1, group: 'family:report', placementStrategy: STRATEGIES[d.strategyIndex]!.strategy }],
  });
  const index = result.trace.events.findIndex((e) => e.type === 'taskPlaced');
  const event = result.trace.events[index];
  const decision = result.decisions[index];
  const tie = decision?.instances.some((v) => v.outcome === 'removed' && v.step === 'tiebreak') ?? true;
  return { instanceId: event?.type === 'taskPlaced' ? event.instanceId : undefined, tie };
}

export const nextPlacementGenerator: QuestionGenerator = {
  id: 'gen-next-placement',
  track: 'ecs',
  domains: ['dva-deployment', 'saa-performant'],
  lesson: 'ecs/placement',
  generate(seed: number): GeneratedQuestion {
    let d = draft(seed, 0);
    let placed = place(d);
    for (let attempt = 1; attempt < 50 && (placed.tie || !placed.instanceId); attempt++) {
      d = draft(seed, attempt);
      placed = place(d);
    }
    const strategy = STRATEGIES[d.strategyIndex]!;
    const free = (id: string) => {
      const inst = d.instances.find((i) => i.id === id)!;
      const used = d.existing.filter((t) => t.instanceId === id);
      return { tasks: used.length, memory: inst.memory - used.reduce((s, t) => s + t.memory, 0) };
    };
    const lines = d.instances.map((i) => {
      const f = free(i.id);
      return `${i.id} (${i.instanceType}, ${i.availabilityZone}): ${f.tasks} report task${f.tasks === 1 ? '' : 's'}, ${f.memory} MiB memory free`;
    });
    const rng = createRng(`next-placement-options:${seed}`);
    const { options, answer } = buildOptions(
      d.instances.map((i) => ({
        text: i.id,
        correct: i.id === placed.instanceId,
        explanation:
          i.id === placed.instanceId
            ? `Correct. Under ${strategy.label}, ECS keeps the instances with enough CPU and memory, then applies each strategy in order; ${i.id} is the one left.`
            : `Not ${i.id}: after filtering on resources, ${strategy.label} prefers another instance (${free(i.id).tasks} task(s), ${free(i.id).memory} MiB free here).`,
      })),
      rng,
    );
    return generatedQuestion(this, seed, {
      difficulty: 2,
      stem: `An ECS cluster on EC2 runs standalone tasks of the group family:report (each 256 CPU units and ${d.taskMemory} MiB). The container instances are: ${lines.join('; ')}. A developer calls RunTask for one more task of the same group with the placement strategy ${strategy.label}. On which instance does ECS place the task?`,
      options,
      answer,
      references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-strategies.html'],
    });
  },
};
