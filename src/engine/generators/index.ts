/** Questions built afresh by the engines, each reproducible from its seed. */
import { awsvpcCapacityGenerator } from './awsvpcCapacity.ts';
import { circuitBreakerGenerator } from './circuitBreaker.ts';
import { cqlMatchGenerator } from './cqlMatch.ts';
import { fargateSizeGenerator } from './fargateSize.ts';
import { missingPermissionGenerator } from './missingPermission.ts';
import { nextPlacementGenerator } from './nextPlacement.ts';
import { policyDecisionGenerator } from './policyDecision.ts';
import { rollingWaveGenerator } from './rollingWave.ts';
import { scaleInGenerator } from './scaleIn.ts';
import { stuckDeploymentGenerator } from './stuckDeployment.ts';
import type { QuestionGenerator } from './types.ts';

export type { GeneratedQuestion, QuestionGenerator } from './types.ts';
export {
  awsvpcCapacityGenerator,
  circuitBreakerGenerator,
  cqlMatchGenerator,
  fargateSizeGenerator,
  missingPermissionGenerator,
  nextPlacementGenerator,
  policyDecisionGenerator,
  rollingWaveGenerator,
  scaleInGenerator,
  stuckDeploymentGenerator,
};

/** In the order practice introduces them: one generator card after every 15 bank questions. */
export const GENERATORS: readonly QuestionGenerator[] = [
  nextPlacementGenerator,
  rollingWaveGenerator,
  stuckDeploymentGenerator,
  missingPermissionGenerator,
  policyDecisionGenerator,
  fargateSizeGenerator,
  cqlMatchGenerator,
  awsvpcCapacityGenerator,
  scaleInGenerator,
  circuitBreakerGenerator,
];

export function generatorById(id: string): QuestionGenerator | undefined {
  return GENERATORS.find((g) => g.id === id);
}
