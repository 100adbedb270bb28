import { createRng, pick } from '../srs/rng.ts';
import { nearbyNumbers, runScenario } from './scenario.ts';
import { buildOptions, type GeneratedQuestion, type QuestionGenerator, generatedQuestion } from './types.ts';

/**
 * "How many tasks start in the first wave of this rolling update?" A service with plenty of spare
 * capacity is updated to a new revision; the deployment engine's trace gives the number of new tasks
 * placed at the first moment any new task is placed.
 */

const BOUNDS = [
  [0, 100], [50, 100], [50, 150], [50, 200], [100, 150], [100, 200], [75, 125], [0, 200], [25, 100], [100, 125],
] as const;

export function rollingScenario(desired: number, min: number, max: number) {
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

export const rollingWaveGenerator: QuestionGenerator = {
  id: 'gen-rolling-first-wave',
  track: 'ecs',
  domains: ['dva-deployment', 'saa-resilient'],
  lesson: 'ecs/deployments',
  generate(seed: number): GeneratedQuestion {
    const rng = createRng(`rolling-wave:${seed}`);
    const [min, max] = BOUNDS[seed % BOUNDS.length]!;
    // Bounds that allow no first wave at all (a stuck deployment) belong to another generator.
    const sizes = [2, 3, 4, 5, 6, 8, 10];
    let desired = pick(sizes, rng);
    let wave = firstWave(desired, min, max);
    for (let i = 0; wave === 0 && i < sizes.length; i++) {
      desired = sizes[i]!;
      wave = firstWave(desired, min, max);
    }
    const numbers = nearbyNumbers(wave, [Math.floor((desired * max) / 100) - desired, desired - Math.ceil((desired * min) / 100), desired, Math.ceil((desired * min) / 100)], 4);
    const { options, answer } = buildOptions(
      numbers.map((n) => ({
        text: String(n),
        correct: n === wave,
        explanation:
          n === wave
            ? `Correct. ECS keeps at least ceil(${desired} × ${min} / 100) = ${Math.ceil((desired * min) / 100)} tasks healthy and at most floor(${desired} × ${max} / 100) = ${Math.floor((desired * max) / 100)} tasks running or pending; within those bounds the first wave starts ${wave} new task${wave === 1 ? '' : 's'}.`
            : `Not ${n}: work out the room from the bounds, floor(desired × maximumPercent / 100) tasks at most and ceil(desired × minimumHealthyPercent / 100) healthy at least; when there is no room above, ECS first stops old tasks down to the lower bound.`,
      })),
      rng,
    );
    return generatedQuestion(this, seed, {
      difficulty: 2,
      stem: `An ECS service with the rolling update deployment type runs ${desired} healthy tasks on a cluster with plenty of spare CPU, memory and ports. Its deployment configuration is minimumHealthyPercent ${min} and maximumPercent ${max}. A developer updates the service to a new task definition revision. How many tasks of the new revision does ECS start in the first wave?`,
      options,
      answer,
      references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html'],
    });
  },
};
