import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIAGRAM_LIMITS, parseDiagram } from '@/content/diagramSchema';
import { decodeUtf8 } from '@/content/untrusted';
import { expectContentRefusal, PER_INPUT_MS, timed } from '../../fuzz/assertRefused';
import { hostileArb, KINDS, KindTally, type Json } from '../../fuzz/hostile';

const BASES = ['test/fixtures/diagrams/v1/every-kind.json', 'test/fixtures/diagrams/v1/s3-upload-runs-task.json'].map((f) => JSON.parse(readFileSync(f, 'utf8')) as Json);
/** An event pattern's detail is free-form in EventBridge, and so in the schema. */
const FREE = [['nodes', '*', 'props', 'eventPattern', 'detail']];

/** What the sandbox's "Import a diagram file" and `npm run check-diagram` do with a file's bytes. */
function importDiagram(bytes: Uint8Array) {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { issues: [{ file: 'd.json', message: decoded.message }] };
  const r = parseDiagram('d.json', decoded.text);
  return r.diagram ? { issues: undefined } : { issues: r.issues };
}

describe('diagram import, fuzzed', () => {
  it('refuses every hostile diagram within a second, naming the place', () => {
    const tally = new KindTally();
    fc.assert(
      fc.property(fc.oneof(...BASES.map((base) => hostileArb(base, { free: FREE, hugeString: 10_001, hugeArray: { min: DIAGRAM_LIMITS.edges + 1, max: DIAGRAM_LIMITS.edges + 500 } }))), (input) => {
        tally.add(input.kind);
        const { value, ms } = timed(() => importDiagram(input.bytes));
        expect(ms).toBeLessThan(PER_INPUT_MS);
        expectContentRefusal(input, value.issues);
      }),
      { numRuns: 240, seed: 16 },
    );
    for (const kind of KINDS) expect(tally.counts.get(kind) ?? 0, kind).toBeGreaterThanOrEqual(10);
  });
});
