import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '@/content/scenarioSchema';
import { decodeUtf8 } from '@/content/untrusted';
import { expectContentRefusal, PER_INPUT_MS, timed } from '../../fuzz/assertRefused';
import { hostileArb, KINDS, KindTally, type Json } from '../../fuzz/hostile';

const library = (slug: string) => JSON.parse(readFileSync(`content/scenarios/${slug}.json`, 'utf8')) as Json;
const BASES = ['circuit-breaker-rollback', 'memberof-zone-list', 'kubernetes-rolling-update-25', 'awsvpc-eni-limit'].map(library);

/** What `npm run sim` and the simulator's "Open file" do with a file's bytes. */
function importScenario(bytes: Uint8Array) {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { issues: [{ file: 'f.json', message: decoded.message }] };
  const r = parseScenario('f.json', decoded.text);
  return r.ok ? { issues: undefined } : { issues: r.issues };
}

describe('scenario import, fuzzed', () => {
  it('refuses every hostile scenario within a second, naming the place', () => {
    const tally = new KindTally();
    const arb = fc.oneof(...BASES.map((base) => hostileArb(base, { hugeString: 10_001 })));
    fc.assert(
      fc.property(arb, (input) => {
        tally.add(input.kind);
        const { value, ms } = timed(() => importScenario(input.bytes));
        expect(ms).toBeLessThan(PER_INPUT_MS);
        expectContentRefusal(input, value.issues);
      }),
      { numRuns: 240, seed: 16 },
    );
    expect(tally.total).toBe(240);
    for (const kind of KINDS) expect(tally.counts.get(kind) ?? 0, kind).toBeGreaterThanOrEqual(10);
  });
});
