import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '@/content/scenarioSchema';
import { decodeShare, encodeShare } from '@/features/simulator/share';
import { findScenario } from '@/features/simulator/library';

describe('share links', () => {
  it('carry the whole scenario and the position, URL-safe, and shorter than the JSON', async () => {
    const text = findScenario('rolling-update-default-9')?.text ?? '';
    const hash = await encodeShare({ text, position: 12 });
    expect(hash).toMatch(/^share=[A-Za-z0-9_-]+&at=12$/);
    expect(hash.length).toBeLessThan(JSON.stringify(JSON.parse(text)).length);
    const back = await decodeShare(`#${hash}`);
    expect(back).toEqual({ ok: true, state: { text, position: 12 } });
  });

  it('ignores a hash without a shared scenario and reports a damaged one', async () => {
    expect(await decodeShare('#section-2')).toBeNull();
    expect(await decodeShare('#share=not-deflate&at=3')).toEqual({ ok: false, reason: 'damaged' });
  });
});

describe('share links of every past format', () => {
  it('a scenario link of format 1 still opens, at its position', async () => {
    const r = await decodeShare(readFileSync('test/fixtures/share/scenario-v1.txt', 'utf8').trim());
    if (!r?.ok) throw new Error('the link did not open');
    expect(r.state.position).toBe(5);
    expect(validateScenario('link', JSON.parse(r.state.text)).ok).toBe(true);
  });

  it('a link that unpacks beyond the largest scenario is refused as too large, not as damaged', async () => {
    const { packText } = await import('@/content/shareCodec');
    const hash = `#share=${await packText(JSON.stringify({ pad: ' '.repeat(5 * 1024 * 1024) }))}`;
    expect(await decodeShare(hash)).toEqual({ ok: false, reason: 'tooLarge' });
  });
});


describe('opening the simulator from a link', () => {
  it('says a link is too large rather than damaged, and shows the learner something of their own', async () => {
    const { openInitial } = await import('@/features/simulator/useDocument');
    const { packText } = await import('@/content/shareCodec');
    const hash = `#share=${await packText(JSON.stringify({ pad: ' '.repeat(5 * 1024 * 1024) }))}`;
    const opened = await openInitial({ hash, search: '' });
    expect(opened.notice).toBe('shareTooLarge');
    expect(opened.doc.origin).not.toBe('shared');
    expect((await openInitial({ hash: '#share=@@@', search: '' })).notice).toBe('shareBroken');
  });
});
