import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIAGRAM_LIMITS } from '@/content/diagramSchema';
import { decodeDiagram } from '@/features/sandbox/share';
import { decodeShare } from '@/features/simulator/share';
import { checkScenarioText } from '@/features/simulator/validate';
import { expectContentRefusal, PER_INPUT_MS, timedAsync } from '../fuzz/assertRefused';
import { hostileArb, KINDS, KindTally, namesPlace, type Json } from '../fuzz/hostile';

/** A share link's payload for these bytes, packed as the app packs a link (deflate-raw, base64url). */
const pack = (bytes: Uint8Array) => Buffer.from(deflateRawSync(bytes)).toString('base64url');

/** Damage to the link itself rather than to the document in it. */
const linkDamage = fc.oneof(
  fc.record({ kind: fc.constant('cut'), at: fc.nat() }),
  fc.record({ kind: fc.constant('foreign'), text: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => /[^A-Za-z0-9_-]/.test(s)) }),
  fc.record({ kind: fc.constant('notDeflate'), bytes: fc.uint8Array({ minLength: 1, maxLength: 300 }) }),
);

function damageLink(payload: string, d: { kind: string; at?: number; text?: string; bytes?: Uint8Array }): string {
  if (d.kind === 'cut') return payload.slice(0, 1 + ((d.at ?? 0) % (payload.length - 2)));
  if (d.kind === 'foreign') return `${payload.slice(0, 10)}${d.text ?? '$'}${payload.slice(10)}`;
  return Buffer.from(d.bytes ?? []).toString('base64url');
}

describe('sandbox share links, fuzzed', () => {
  const diagram = JSON.parse(readFileSync('test/fixtures/diagrams/v1/every-kind.json', 'utf8')) as Json;
  const FREE = [['nodes', '*', 'props', 'eventPattern', 'detail']];

  it('refuses every link to a hostile diagram within a second, naming the place', async () => {
    const tally = new KindTally();
    const arb = hostileArb(diagram, { free: FREE, hugeString: 10_001, hugeArray: { min: DIAGRAM_LIMITS.edges + 1, max: DIAGRAM_LIMITS.edges + 500 } });
    await fc.assert(
      fc.asyncProperty(arb, async (input) => {
        tally.add(input.kind);
        const { value, ms } = await timedAsync(() => decodeDiagram(pack(input.bytes)));
        expect(ms).toBeLessThan(PER_INPUT_MS);
        expect(value.diagram).toBeUndefined();
        if (input.kind === 'invalidUtf8') expect(value.issues[0]?.message).toBe('the link is damaged: its text is not valid UTF-8');
        else if (input.kind === 'truncation') expect(value.issues[0]?.message).toMatch(/does not hold a diagram \(invalid JSON at line \d+, column \d+/);
        else expectContentRefusal(input, value.issues);
      }),
      { numRuns: 200, seed: 16 },
    );
    for (const kind of KINDS) expect(tally.counts.get(kind) ?? 0, kind).toBeGreaterThanOrEqual(10);
  });

  it('refuses every damaged link, saying it is the link', async () => {
    const payload = pack(new TextEncoder().encode(JSON.stringify(diagram)));
    await fc.assert(
      fc.asyncProperty(linkDamage, async (d) => {
        const { value, ms } = await timedAsync(() => decodeDiagram(damageLink(payload, d)));
        expect(ms).toBeLessThan(PER_INPUT_MS);
        expect(value.diagram).toBeUndefined();
        expect(value.issues[0]?.file).toBe('link');
        expect(value.issues[0]?.message).toMatch(/^the link (is damaged|does not hold a diagram)/);
      }),
      { numRuns: 60, seed: 16 },
    );
  });
});

describe('simulator share links, fuzzed', () => {
  const scenario = JSON.parse(readFileSync('content/scenarios/circuit-breaker-rollback.json', 'utf8')) as Json;

  it('opens no hostile scenario: the link is refused, or the editor names the place of every problem', async () => {
    const tally = new KindTally();
    await fc.assert(
      fc.asyncProperty(hostileArb(scenario, { hugeString: 10_001 }), async (input) => {
        tally.add(input.kind);
        const { value, ms } = await timedAsync(async () => {
          const shared = await decodeShare(`#share=${pack(input.bytes)}&at=3`);
          return { shared, checked: shared?.ok ? checkScenarioText(shared.state.text) : undefined };
        });
        expect(ms).toBeLessThan(PER_INPUT_MS);
        const { shared, checked } = value;
        if (!shared?.ok) {
          // Refused as a link: only for damage to the text itself, which has no field to name.
          expect(['invalidUtf8', 'truncation', 'deepNesting']).toContain(input.kind);
          expect(shared).toEqual({ ok: false, reason: 'damaged' });
          return;
        }
        expect(checked?.kind, `${input.kind} at ${input.path.join('.')} opened as a valid scenario`).toBe('invalid');
        if (checked?.kind === 'invalid') {
          const named = checked.issues.some((i) => namesPlace(i.field ?? '', input.path));
          expect(named, `${input.kind} at ${input.path.join('.')} not named in ${checked.issues.map((i) => i.field).join(', ')}`).toBe(true);
        }
      }),
      { numRuns: 200, seed: 16 },
    );
    for (const kind of KINDS) expect(tally.counts.get(kind) ?? 0, kind).toBeGreaterThanOrEqual(10);
  });

  it('refuses every damaged link as damaged', async () => {
    const payload = pack(new TextEncoder().encode(JSON.stringify(scenario)));
    await fc.assert(
      fc.asyncProperty(linkDamage, async (d) => {
        const { value, ms } = await timedAsync(() => decodeShare(`#share=${damageLink(payload, d)}`));
        expect(ms).toBeLessThan(PER_INPUT_MS);
        expect(value).toEqual({ ok: false, reason: 'damaged' });
      }),
      { numRuns: 60, seed: 16 },
    );
  });
});
