/**
 * What practice needs to know of each generator without loading it: id, track, domains and lesson.
 * The generators themselves (and the engines they run) load only where a question is built, in the
 * engine worker; a test keeps this list equal to theirs.
 */
import type { QuestionGenerator } from './types.ts';

export type GeneratorInfo = Pick<QuestionGenerator, 'id' | 'track' | 'domains' | 'lesson'>;

export const GENERATOR_CATALOG: readonly GeneratorInfo[] = [
  { id: 'gen-next-placement', track: 'ecs', domains: ['dva-deployment', 'saa-performant'], lesson: 'ecs/placement' },
  { id: 'gen-rolling-first-wave', track: 'ecs', domains: ['dva-deployment', 'saa-resilient'], lesson: 'ecs/deployments' },
  { id: 'gen-deployment-stuck', track: 'ecs', domains: ['dva-troubleshooting', 'saa-resilient'], lesson: 'ecs/deployments' },
  { id: 'gen-missing-permission', track: 'iam', domains: ['dva-security', 'saa-secure'], lesson: 'iam/roles-and-trust' },
  { id: 'gen-policy-decision', track: 'iam', domains: ['dva-security', 'saa-secure'], lesson: 'iam/least-privilege' },
  { id: 'gen-fargate-task-size', track: 'fargate', domains: ['dva-development', 'saa-cost'], lesson: 'fargate/serverless-containers' },
  { id: 'gen-cql-match', track: 'ecs', domains: ['dva-deployment', 'saa-performant'], lesson: 'ecs/placement' },
  { id: 'gen-awsvpc-capacity', track: 'ecs', domains: ['dva-development', 'saa-performant'], lesson: 'ecs/networking' },
  { id: 'gen-scale-in-stop', track: 'ecs', domains: ['dva-deployment', 'saa-resilient'], lesson: 'ecs/auto-scaling' },
  { id: 'gen-circuit-breaker', track: 'ecs', domains: ['dva-deployment', 'dva-troubleshooting'], lesson: 'ecs/deployments' },
];
