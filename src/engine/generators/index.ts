/** Questions built afresh by the engines, each reproducible from its seed. */
import { missingPermissionGenerator } from './missingPermission.ts';
import { nextPlacementGenerator } from './nextPlacement.ts';
import { rollingWaveGenerator } from './rollingWave.ts';
import { stuckDeploymentGenerator } from './stuckDeployment.ts';
import type { QuestionGenerator } from './types.ts';

export type { GeneratedQuestion, QuestionGenerator } from './types.ts';
export { missingPermissionGenerator, nextPlacementGenerator, rollingWaveGenerator, stuckDeploymentGenerator };

export const GENERATORS: readonly QuestionGenerator[] = [nextPlacementGenerator, rollingWaveGenerator, stuckDeploymentGenerator, missingPermissionGenerator];

export function generatorById(id: string): QuestionGenerator | undefined {
  return GENERATORS.find((g) => g.id === id);
}
