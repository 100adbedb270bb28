/** Questions built afresh by the engines, each reproducible from its seed. */
import { missingPermissionGenerator } from './missingPermission.ts';
import type { QuestionGenerator } from './types.ts';

export type { GeneratedQuestion, QuestionGenerator } from './types.ts';
export { missingPermissionGenerator };

export const GENERATORS: readonly QuestionGenerator[] = [missingPermissionGenerator];

export function generatorById(id: string): QuestionGenerator | undefined {
  return GENERATORS.find((g) => g.id === id);
}
