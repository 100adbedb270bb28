import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '@/content/jsonSyntax';

describe('findJsonSyntaxError', () => {
  it('accepts every document JSON.stringify writes', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => findJsonSyntaxError(JSON.stringify(v, null, 2)) === null), { numRuns: 500 });
  });
  it('agrees with JSON.parse on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json().map((j) => j.slice(0, Math.max(0, j.length - 1)))), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        return (findJsonSyntaxError(text) === null) === valid;
      }),
      { numRuns: 1000 },
    );
  });
  it('points at the line and column of the first bad character', () => {
    expect(findJsonSyntaxError('{\n  "a": 1,\n  "b": nope\n}')).toMatchObject({ line: 3, column: 8, truncated: false });
    expect(findJsonSyntaxError('{"a": [1, 2}')).toMatchObject({ line: 1, column: 12, message: 'expected "," or "]"' });
  });
  it('tells a truncated document from a wrong one', () => {
    expect(findJsonSyntaxError('{"a": [1, 2')?.truncated).toBe(true);
    expect(findJsonSyntaxError('{"a": "unfinished')?.truncated).toBe(true);
    expect(findJsonSyntaxError('{"a": 1}}')?.truncated).toBe(false);
  });
});
