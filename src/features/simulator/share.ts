/**
 * Share links: the whole scenario and the playback position travel in the URL's hash, as
 * `#share=<deflate-raw, base64url>&at=<position>`, so nothing is sent to any server.
 */

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(b64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  const out = source.pipeThrough(stream as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

export interface SharedState {
  /** The scenario JSON text. */
  text: string;
  position: number;
}

/** The hash (without "#") for a scenario JSON text and a position. */
export async function encodeShare({ text, position }: SharedState): Promise<string> {
  const compact = JSON.stringify(JSON.parse(text));
  const packed = await pipe(new TextEncoder().encode(compact), new CompressionStream('deflate-raw'));
  return `share=${toBase64Url(packed)}&at=${Math.max(0, Math.floor(position))}`;
}

export type DecodedShare = { ok: true; state: SharedState } | { ok: false };

/** Reads a location hash; null when it carries no shared scenario. */
export async function decodeShare(hash: string): Promise<DecodedShare | null> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const packed = params.get('share');
  if (packed === null) return null;
  try {
    const bytes = await pipe(fromBase64Url(packed), new DecompressionStream('deflate-raw'));
    const json: unknown = JSON.parse(new TextDecoder().decode(bytes));
    const at = Number(params.get('at') ?? '0');
    return { ok: true, state: { text: JSON.stringify(json, null, 2), position: Number.isFinite(at) && at >= 0 ? Math.floor(at) : 0 } };
  } catch {
    return { ok: false };
  }
}
