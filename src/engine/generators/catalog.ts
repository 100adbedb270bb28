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
];
