import { describe, expect, it } from 'vitest';
import { GENERATORS } from '@/engine/generators';
import { GENERATOR_CATALOG } from '@/engine/generators/catalog';
// `=~` and `!~` are matched by re2js, installed by this import (the app loads it only where needed).
import '@/engine/placement/re2';

describe('the generator catalog practice reads without loading the generators', () => {
  it('lists every generator with its own id, track, domains and lesson, in the same order', () => {
    expect(GENERATOR_CATALOG).toEqual(GENERATORS.map(({ id, track, domains, lesson }) => ({ id, track, domains, lesson })));
  });
});
