import { describe, expect, it } from 'vitest';
import { GENERATORS } from '@/engine/generators';
import { GENERATOR_CATALOG } from '@/engine/generators/catalog';

describe('the generator catalog practice reads without loading the generators', () => {
  it('lists every generator with its own id, track, domains and lesson, in the same order', () => {
    expect(GENERATOR_CATALOG).toEqual(GENERATORS.map(({ id, track, domains, lesson }) => ({ id, track, domains, lesson })));
  });
});
