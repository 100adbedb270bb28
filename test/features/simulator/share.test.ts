import { describe, expect, it } from 'vitest';
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
    expect(await decodeShare('#share=not-deflate&at=3')).toEqual({ ok: false });
  });
});
