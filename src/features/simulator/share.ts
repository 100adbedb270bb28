/**
 * Share links: the whole scenario and the playback position travel in the URL's hash, as
 * `#share=<deflate-raw, base64url>&at=<position>`, so nothing is sent to any server. Reading a link
 * is size-capped before and during decompression (see content/shareCodec.ts).
 */
import { SIMULATOR_LIMITS } from '@/content/scenarioLimits';
import { packText, unpackText } from '@/content/shareCodec';

export interface SharedState {
  /** The scenario JSON text. */
  text: string;
  position: number;
}

/** The hash (without "#") for a scenario JSON text and a position. */
export async function encodeShare({ text, position }: SharedState): Promise<string> {
  const compact = JSON.stringify(JSON.parse(text));
  return `share=${await packText(compact)}&at=${Math.max(0, Math.floor(position))}`;
}

/** Why a link could not be opened: too large to read, or damaged (not a packed JSON document). */
export type DecodedShare = { ok: true; state: SharedState } | { ok: false; reason: 'tooLarge' | 'damaged' };

/** Reads a location hash; null when it carries no shared scenario. Never throws. */
export async function decodeShare(hash: string): Promise<DecodedShare | null> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const packed = params.get('share');
  if (packed === null) return null;
  const unpacked = await unpackText(packed, SIMULATOR_LIMITS.textLength);
  if (!unpacked.ok) return { ok: false, reason: unpacked.reason };
  try {
    // The text opens in the editor, whose validation names any problem in it by its field.
    const json: unknown = JSON.parse(unpacked.text);
    const at = Number(params.get('at') ?? '0');
    return { ok: true, state: { text: JSON.stringify(json, null, 2), position: Number.isFinite(at) && at >= 0 ? Math.floor(at) : 0 } };
  } catch {
    // Not JSON, or nested too deeply to print again.
    return { ok: false, reason: 'damaged' };
  }
}
