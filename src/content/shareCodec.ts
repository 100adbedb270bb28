/**
 * The packing of share links (simulator scenarios, sandbox diagrams): UTF-8 JSON, deflated
 * (deflate-raw), base64url. Anyone can craft a link, so reading one is bounded twice: the packed text
 * is refused above MAX_LINK_CHARS before anything is decoded, and the decompression is streamed and
 * stopped as soon as its output passes the caller's cap, so a deflate bomb (a few kilobytes that
 * inflate to gigabytes) is refused without ever being expanded in full.
 */

/** The longest packed payload read from a link (browsers keep URLs of a couple of megabytes). */
export const MAX_LINK_CHARS = 512 * 1024;

/** Deflate input is fed in slices this size; one slice inflates to at most about 1 MB (ratio ~1032:1). */
const SLICE_BYTES = 1024;

export type Unpacked = { ok: true; text: string } | { ok: false; reason: 'tooLarge' | 'damaged'; message: string };

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  let binary: string;
  try {
    binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  const out = source.pipeThrough(new CompressionStream('deflate-raw') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/**
 * Inflates `bytes`, or gives undefined as soon as the output passes `maxBytes`. Input goes in small
 * slices, each only when the decompressor is ready for more, and output is taken as it comes, so the
 * decompressor never runs ahead of the reader (the streams' back-pressure): the memory used stays near
 * `maxBytes` plus the input, whatever the input inflates to. Rejects when the input is not deflate data.
 */
export async function inflateCapped(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array | undefined> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = (stream.readable as ReadableStream<Uint8Array>).getReader();
  let stopped = false;
  // Writes wait for `ready`, which holds while the decompressor's output is not being read.
  const feeding = (async () => {
    for (let offset = 0; offset < bytes.length && !stopped; offset += SLICE_BYTES) {
      await writer.ready;
      if (stopped) return;
      void writer.write(bytes.slice(offset, offset + SLICE_BYTES)).catch(() => undefined);
    }
    if (!stopped) await writer.close();
  })().catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        stopped = true;
        await Promise.all([reader.cancel().catch(() => undefined), writer.abort().catch(() => undefined)]);
        return undefined;
      }
      chunks.push(value);
    }
  } finally {
    stopped = true;
    await feeding;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Packs JSON text for a link. */
export async function packText(text: string): Promise<string> {
  return toBase64Url(await deflate(new TextEncoder().encode(text)));
}

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`;

/** Unpacks a link's payload into text of at most `maxBytes` UTF-8 bytes; never throws. */
export async function unpackText(payload: string, maxBytes: number): Promise<Unpacked> {
  if (payload.length > MAX_LINK_CHARS) {
    return { ok: false, reason: 'tooLarge', message: `the link is longer than ${kb(MAX_LINK_CHARS)}, the most a link may carry` };
  }
  const bytes = fromBase64Url(payload);
  if (!bytes) return { ok: false, reason: 'damaged', message: 'the link is damaged: it holds characters a link never carries' };
  let inflated: Uint8Array | undefined;
  try {
    inflated = await inflateCapped(bytes, maxBytes);
  } catch {
    return { ok: false, reason: 'damaged', message: 'the link is damaged or incomplete' };
  }
  if (!inflated) return { ok: false, reason: 'tooLarge', message: `the link unpacks to more than ${kb(maxBytes)}, the most it may hold` };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(inflated) };
  } catch {
    return { ok: false, reason: 'damaged', message: 'the link is damaged: its text is not valid UTF-8' };
  }
}
