/**
 * Checks on a document decoded from something anyone can craft (a file, a share link, a backup) before
 * any schema looks at it: keys that could reach an object's prototype, nesting deeper than any real
 * document, overlong strings and lists, strings that are not well-formed Unicode (lone surrogates). The walk is
 * iterative, so a document nested a hundred thousand levels deep cannot overflow the stack either.
 */

export type PathPart = string | number;

export interface UntrustedProblem {
  path: PathPart[];
  message: string;
}

export interface UntrustedLimits {
  /** Objects and arrays inside one another. */
  depth: number;
  /** Characters in one string (keys included). */
  stringLength: number;
  /** Items in one list: refused here, before a schema spends time on each of them. */
  arrayLength: number;
}

export const DEFAULT_UNTRUSTED_LIMITS: UntrustedLimits = { depth: 32, stringLength: 100_000, arrayLength: 10_000 };

/** Keys that reach Object.prototype when a program copies or merges the document carelessly. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A lone surrogate (a UTF-16 half without its other half): not text, and not representable in UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function stringProblem(text: string, limits: UntrustedLimits): string | undefined {
  if (text.length > limits.stringLength) return `text longer than ${limits.stringLength.toLocaleString('en-US')} characters`;
  if (LONE_SURROGATE.test(text)) return 'text that is not valid Unicode (a lone surrogate)';
  return undefined;
}

/** The first hostile thing in `value`, with where it is; undefined when there is none. */
export function findUntrusted(value: unknown, limits: UntrustedLimits = DEFAULT_UNTRUSTED_LIMITS): UntrustedProblem | undefined {
  const stack: Array<{ value: unknown; path: PathPart[] }> = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: v, path } = stack.pop() as { value: unknown; path: PathPart[] };
    if (typeof v === 'string') {
      const problem = stringProblem(v, limits);
      if (problem) return { path, message: `${problem}` };
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (path.length >= limits.depth) return { path, message: `nested more than ${limits.depth} levels deep` };
    if (Array.isArray(v)) {
      if (v.length > limits.arrayLength) return { path, message: `a list of more than ${limits.arrayLength.toLocaleString('en-US')} items` };
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      if (FORBIDDEN_KEYS.has(key)) return { path: [...path, key], message: `the forbidden key "${key}" (it could reach every object's prototype)` };
      const keyProblem = stringProblem(key, limits);
      if (keyProblem) return { path: [...path, key], message: `a key with ${keyProblem}` };
      stack.push({ value: (v as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return undefined;
}

/** `tables.reviews[3].questionId` (the backup's style). */
export function bracketPath(path: readonly PathPart[]): string {
  if (!path.length) return '(file)';
  return path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
}

/** `nodes.0.props` (the content schemas' style). */
export function dottedPath(path: readonly PathPart[]): string {
  return path.map(String).join('.');
}

/** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const [need, min, max] =
      b < 0x80 ? [0, 0, 0] : b >= 0xc2 && b <= 0xdf ? [1, 0x80, 0xbf] : b === 0xe0 ? [2, 0xa0, 0xbf] : b === 0xed ? [2, 0x80, 0x9f] : b >= 0xe1 && b <= 0xef ? [2, 0x80, 0xbf] : b === 0xf0 ? [3, 0x90, 0xbf] : b >= 0xf1 && b <= 0xf3 ? [3, 0x80, 0xbf] : b === 0xf4 ? [3, 0x80, 0x8f] : [-1, 0, 0];
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      // The second byte has a narrower range for some lead bytes (no overlongs, no surrogates, nothing above U+10FFFF).
      if (c === undefined || c < (k === 1 ? min : 0x80) || c > (k === 1 ? max : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Reads UTF-8 bytes as text, refusing invalid sequences with the line and column where the first one is. */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Invalid: find where, to say so (the native decoder does not tell).
  }
  const bad = Math.max(0, firstInvalidUtf8(bytes));
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return { ok: false, message: `not UTF-8 text: invalid bytes at line ${line}, column ${column}` };
}
