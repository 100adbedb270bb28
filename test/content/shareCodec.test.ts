import { constants, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflateCapped, MAX_LINK_CHARS, packText, unpackText } from '@/content/shareCodec';

const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

/**
 * A deflate bomb: 1 MiB of zeros compressed once (about 1 KB, ending on a full flush so the next copy
 * needs nothing before it), repeated `mebibytes` times, then a final empty block. It inflates to
 * `mebibytes` MiB.
 */
function bomb(mebibytes: number): Uint8Array {
  const chunk = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([...Array.from({ length: mebibytes }, () => chunk), Buffer.from([0x03, 0x00])]);
}

describe('share link packing', () => {
  it('round-trips text, including non-ASCII', async () => {
    const text = JSON.stringify({ title: '롤링 업데이트 — 50 %', n: [1, 2, 3] });
    expect(await unpackText(await packText(text), 1024)).toEqual({ ok: true, text });
  });

  it('stops inflating a deflate bomb at the cap instead of expanding it', async () => {
    const packed = bomb(300);
    expect(packed.length).toBeLessThan(400 * 1024);
    // Sample the memory held in array buffers while it runs: a full expansion holds 300 MiB.
    const before = process.memoryUsage().arrayBuffers;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().arrayBuffers)), 1);
    const started = performance.now();
    const out = await inflateCapped(packed, 4 * 1024 * 1024);
    const ms = performance.now() - started;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().arrayBuffers);
    expect(out).toBeUndefined();
    expect(peak - before).toBeLessThan(64 * 1024 * 1024);
    expect(ms).toBeLessThan(1_000);
    const refused = await unpackText(base64url(packed), 4 * 1024 * 1024);
    expect(refused).toEqual({ ok: false, reason: 'tooLarge', message: 'the link unpacks to more than 4,096 KB, the most it may hold' });
  });

  it('inflates a link just under the cap in full', async () => {
    const out = await inflateCapped(bomb(3), 4 * 1024 * 1024);
    expect(out?.length).toBe(3 * 1024 * 1024);
    expect(out?.every((b) => b === 0)).toBe(true);
  });

  it('refuses a payload longer than a link may carry before decoding it', async () => {
    const r = await unpackText('A'.repeat(MAX_LINK_CHARS + 1), 1024);
    expect(r).toMatchObject({ ok: false, reason: 'tooLarge' });
  });

  it('tells damaged links apart: foreign characters, not deflate, truncated, invalid UTF-8', async () => {
    expect(await unpackText('abc$%^', 1024)).toMatchObject({ ok: false, reason: 'damaged', message: expect.stringContaining('characters a link never carries') });
    expect(await unpackText('bm90LWRlZmxhdGU', 1024)).toMatchObject({ ok: false, reason: 'damaged' });
    const whole = await packText('{"a":"' + 'x'.repeat(5000) + '"}');
    expect(await unpackText(whole.slice(0, whole.length / 2), 1 << 20)).toMatchObject({ ok: false, reason: 'damaged' });
    const invalidUtf8 = base64url(deflateRawSync(Buffer.from([0x7b, 0xff, 0xfe, 0x7d])));
    expect(await unpackText(invalidUtf8, 1024)).toEqual({ ok: false, reason: 'damaged', message: 'the link is damaged: its text is not valid UTF-8' });
  });
});
