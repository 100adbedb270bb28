import type { DeploymentOutcome } from '../deployment/index.ts';
import { createRng, pick } from '../srs/rng.ts';
import { runScenario } from './scenario.ts';
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

export function stuckScenario(v: Variant, desired: number) {
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

const CHOICES: { verdict: Verdict; text: string; why: string }[] = [
  { verdict: 'COMPLETED', text: 'It completes: every task ends up on the new revision', why: 'the bounds and the free capacity leave room to start new tasks or to stop old ones first.' },
  { verdict: 'STUCK', text: 'It is stuck: ECS can neither start a new task nor stop an old one', why: 'no new task fits (no room above the running count, or no instance with the port or memory free) and minimumHealthyPercent forbids stopping an old task first.' },
  { verdict: 'ROLLED_BACK', text: 'The deployment circuit breaker rolls it back to the old revision', why: 'the circuit breaker acts only when it is enabled and new tasks fail to start or become healthy; here it is not enabled.' },
  { verdict: 'REJECTED', text: 'ECS rejects the UpdateService call because of the deployment configuration', why: 'these bounds are accepted by the API; they only decide how the deployment proceeds.' },
];

export const stuckDeploymentGenerator: QuestionGenerator = {
  id: 'gen-deployment-stuck',
  track: 'ecs',
  domains: ['dva-troubleshooting', 'saa-resilient'],
  lesson: 'ecs/deployments',
  generate(seed: number): GeneratedQuestion {
    const rng = createRng(`stuck:${seed}`);
    const v = VARIANTS[seed % VARIANTS.length]!;
    const desired = pick([2, 4, 6], rng);
    const verdict = deploymentVerdict(v, desired);
    const s = stuckScenario(v, desired);
    const count = s.cluster.instances.length;
    const capacity =
      v.slotsPerInstance === 'plenty'
        ? `${count} container instance${count === 1 ? '' : 's'} with plenty of free CPU and memory`
        : `${count} container instance${count === 1 ? '' : 's'}, each with memory for exactly ${v.slotsPerInstance} tasks`;
    const port = v.staticPort ? 'maps container port 80 to the static host port 80' : 'uses a dynamic host port (hostPort 0)';
    const { options, answer } = buildOptions(
      CHOICES.map((c) => ({
        text: c.text,
        correct: c.verdict === verdict,
        explanation: c.verdict === verdict ? `Correct: ${c.why}` : `Not this one: ${CHOICES.find((x) => x.verdict === verdict)?.why ?? c.why}`,
      })),
      rng,
    );
    return generatedQuestion(this, seed, {
      difficulty: 3,
      stem: `An ECS service on the EC2 launch type runs ${desired} tasks (bridge network mode, 1024 MiB each) on ${capacity}. The task definition ${port}. The deployment configuration is minimumHealthyPercent ${v.min} and maximumPercent ${v.max}, with the deployment circuit breaker off. A developer updates the service to a new revision whose tasks would be healthy. What happens?`,
      options,
      answer,
      references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html'],
    });
  },
};
