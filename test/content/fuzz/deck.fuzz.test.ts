import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DECK_QUESTIONS, MAX_DECK_TEXT, parseCustomDeck } from '@/content/customDeck';
import type { ContentIssue } from '@/content/issues';
import { decodeUtf8 } from '@/content/untrusted';
import { expectContentRefusal, PER_INPUT_MS, timed } from '../../fuzz/assertRefused';
import { hostileArb, KINDS, KindTally, type Json } from '../../fuzz/hostile';

const question = (id: string, track: string, lesson: string, stem: string) => ({
  id, track, domains: ['dva-development'], type: 'single', difficulty: 2, lesson, stem,
  options: [
    { id: 'a', text: 'Fargate', explanation: 'Fargate runs tasks without instances to manage.' },
    { id: 'b', text: 'EC2', explanation: 'With EC2 you manage the container instances.' },
    { id: 'c', text: 'EXTERNAL', explanation: 'ECS Anywhere runs on servers you operate.' },
  ],
  answer: ['a'],
  references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html'],
});
const DECK: Json = [
  question('deck-one', 'ecs', 'ecs/launch-types', 'Which launch type removes server management entirely?'),
  question('deck-two', 'iam', 'iam/roles-and-trust', 'Which role do the containers of a task use to call AWS APIs?'),
];
const IDS = ['deck-one', 'deck-two'];

/** What Practice → "Import a deck" does with a file's bytes. */
function importDeck(bytes: Uint8Array) {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { issues: [{ file: 'deck.json', message: decoded.message }] };
  const r = parseCustomDeck('deck.json', decoded.text);
  return r.ok ? { issues: undefined } : { issues: r.issues };
}

/** Questions are named by id ("deck-two.stem") or by number ("#2.stem"): turn either into the index. */
function placeOf(issue: ContentIssue): string {
  const [first = '', ...rest] = (issue.field ?? '').split('.');
  const index = IDS.includes(first) ? IDS.indexOf(first) : /^#\d+$/.test(first) ? Number(first.slice(1)) - 1 : first;
  return [index, ...rest].join('.');
}

describe('custom deck import, fuzzed', () => {
  it('accepts the deck the hostile inputs are made from', () => {
    expect(parseCustomDeck('deck.json', JSON.stringify(DECK)).ok).toBe(true);
  });

  it('refuses every hostile deck within a second, naming the question and field', () => {
    const tally = new KindTally();
    fc.assert(
      fc.property(hostileArb(DECK, { keepRoot: true, hugeString: MAX_DECK_TEXT + 1, hugeArray: { min: MAX_DECK_QUESTIONS + 1, max: MAX_DECK_QUESTIONS + 500 } }), (input) => {
        tally.add(input.kind);
        const { value, ms } = timed(() => importDeck(input.bytes));
        expect(ms).toBeLessThan(PER_INPUT_MS);
        expectContentRefusal(input, value.issues, placeOf);
      }),
      { numRuns: 240, seed: 16 },
    );
    for (const kind of KINDS) expect(tally.counts.get(kind) ?? 0, kind).toBeGreaterThanOrEqual(10);
  });

  it('refuses a YAML alias bomb ("billion laughs") without expanding it', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const { value, ms } = timed(() => parseCustomDeck('laughs.yaml', `- ${lines.join('\n  ')}\n`));
    expect(ms).toBeLessThan(PER_INPUT_MS);
    expect(value.ok).toBe(false);
    if (!value.ok) expect(value.issues[0]?.message).toMatch(/cannot be read: .*alias/i);
  });
});
