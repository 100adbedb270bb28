/**
 * Hostile inputs for the importers' property tests: each is a valid document damaged in one way an
 * attacker (or a broken disk) would, and carries where the damage is, so a test can check that the
 * importer refused it and named that place. Kinds: a value of the wrong type, a huge string, a huge
 * array, deep nesting, a prototype-pollution key, a lone surrogate, invalid UTF-8 bytes, a truncation.
 */
import fc from 'fast-check';

export type Path = Array<string | number>;
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const KINDS = ['wrongType', 'hugeString', 'hugeArray', 'deepNesting', 'protoKey', 'loneSurrogate', 'invalidUtf8', 'truncation'] as const;
export type Kind = (typeof KINDS)[number];

export interface Hostile {
  kind: Kind;
  /** How fast-check prints a counterexample: the kind and the place, not megabytes of bytes. */
  [fc.toStringMethod]?: () => string;
  /** The damaged document as UTF-8 bytes (as a file would arrive). */
  bytes: Uint8Array;
  /** Where the damage is: a path into the document, or the text position for invalid UTF-8 and truncation. */
  path: Path;
}

export interface HostileOptions {
  /** Subtrees (path prefixes, "*" for any key) that are free-form in the schema: no wrong type or huge array there. */
  free?: Path[];
  /** Length of the huge strings: beyond what the importer allows anywhere. */
  hugeString?: number;
  /** Lengths of the huge lists: beyond the importer's largest list. */
  hugeArray?: { min: number; max: number };
  /** The top-level value must stay of its type (a deck is a list); paths of length 0 are not damaged. */
  keepRoot?: boolean;
}

/** Every path in a JSON value, the value itself first. */
export function pathsOf(value: Json, at: Path = []): Array<{ path: Path; value: Json }> {
  const out: Array<{ path: Path; value: Json }> = [{ path: at, value }];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...at, i])));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...at, k]));
  return out;
}

const startsWith = (path: Path, prefix: Path) => prefix.length <= path.length && prefix.every((p, i) => p === '*' || p === path[i]);

function setAt(root: Json, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let cur = copy;
  for (const key of path.slice(0, -1)) cur = cur[key] as Record<string | number, Json>;
  cur[path[path.length - 1] as string | number] = value;
  return copy;
}

function typeOf(v: Json): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

/** Values of a type other than `v`'s that no schema field of `v`'s type accepts. */
function wrongTypes(v: Json): Json[] {
  const all: Json[] = [null, true, 12345, 'not-this', { odd: 1 }, [1, 2]];
  // Numbers and strings are not swapped: some fields take either ("25%" or 2).
  return all.filter((w) => typeOf(w) !== typeOf(v) && !(typeof v === 'number' && typeof w === 'string') && !(typeof v === 'string' && typeof w === 'number'));
}

/** A marker string replaced in the JSON text by `[[[…0…]]]`: JSON.stringify itself recurses, the text does not. */
const NEST_MARK = '\u0000nest\u0000';

const encode = (text: string) => new TextEncoder().encode(text);

/** One hostile document made from `valid` (any of the kinds, or only those given). */
export function hostileArb(valid: Json, options: HostileOptions = {}, kinds: readonly Kind[] = KINDS): fc.Arbitrary<Hostile> {
  const all = pathsOf(valid).filter((p) => !(options.keepRoot && p.path.length === 0));
  const strict = all.filter((p) => !(options.free ?? []).some((f) => startsWith(p.path, f)));
  const strings = all.filter((p) => typeof p.value === 'string');
  const arrays = strict.filter((p) => Array.isArray(p.value));
  const objects = all.filter((p) => p.value !== null && typeof p.value === 'object' && !Array.isArray(p.value));
  const text = JSON.stringify(valid, null, 2);
  const huge = options.hugeString ?? 200_000;
  const pick = <T>(list: T[]) => fc.integer({ min: 0, max: list.length - 1 }).map((i) => list[i] as T);
  const make = (kind: Kind, path: Path, doc: Json): Hostile => ({ kind, path, bytes: encode(JSON.stringify(doc)) });

  const byKind: Record<Kind, fc.Arbitrary<Hostile>> = {
    wrongType: pick(strict).chain((p) => fc.constantFrom(...wrongTypes(p.value)).map((w) => make('wrongType', p.path, setAt(valid, p.path, w)))),
    hugeString: fc.tuple(pick(strings), fc.constantFrom('x', '가', '\u{1F680}', '<script>')).map(([p, unit]) =>
      make('hugeString', p.path, setAt(valid, p.path, unit.repeat(Math.ceil(huge / unit.length) + 1))),
    ),
    hugeArray: fc.tuple(pick(arrays), fc.integer(options.hugeArray ?? { min: 5_001, max: 8_000 })).map(([p, n]) => make('hugeArray', p.path, setAt(valid, p.path, new Array<Json>(n).fill(null)))),
    deepNesting: fc.tuple(pick(all), fc.integer({ min: 40, max: 5_000 })).map(([p, depth]) => {
      const marked = JSON.stringify(setAt(valid, p.path, NEST_MARK)).replace(JSON.stringify(NEST_MARK), `${'['.repeat(depth)}0${']'.repeat(depth)}`);
      return { kind: 'deepNesting' as const, path: p.path, bytes: encode(marked) };
    }),
    protoKey: fc.tuple(pick(objects), fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.constantFrom<Json>({ polluted: true }, 'yes', 1)).map(([p, key, v]) => {
      const target = structuredClone(p.value) as Record<string, Json>;
      // An own, enumerable key (what JSON.parse makes of the text), not the object's prototype.
      Object.defineProperty(target, key, { value: v, enumerable: true, configurable: true, writable: true });
      return make('protoKey', [...p.path, key], setAt(valid, p.path, target));
    }),
    loneSurrogate: fc.tuple(pick(strings), fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF'), fc.nat()).map(([p, half, at]) => {
      const s = p.value as string;
      const i = at % (s.length + 1);
      return make('loneSurrogate', p.path, setAt(valid, p.path, s.slice(0, i) + half + s.slice(i)));
    }),
    invalidUtf8: fc.tuple(fc.integer({ min: 0, max: text.length }), fc.constantFrom([0xff], [0xc0, 0xaf], [0x80], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80])).map(([at, bad]) => {
      const before = encode(text.slice(0, at));
      const after = encode(text.slice(at));
      const bytes = new Uint8Array(before.length + bad.length + after.length);
      bytes.set(before);
      bytes.set(bad, before.length);
      bytes.set(after, before.length + bad.length);
      return { kind: 'invalidUtf8' as const, path: [at], bytes };
    }),
    truncation: fc.integer({ min: 1, max: text.length - 2 }).map((at) => ({ kind: 'truncation' as const, path: [at], bytes: encode(text.slice(0, at)) })),
  };
  return fc.oneof(...kinds.map((k) => byKind[k])).map((h) => ({ ...h, [fc.toStringMethod]: () => `${h.kind} at ${JSON.stringify(h.path)} (${h.bytes.length} bytes)` }));
}

/** Whether a reported place (dotted or bracketed) is the damaged path, inside it, or one of its parents. */
export function namesPlace(reported: string, damaged: Path): boolean {
  const parts = reported.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean);
  const want = damaged.map(String);
  if (want.length === 0) return true;
  if (parts.length === 0) return false;
  const n = Math.min(parts.length, want.length);
  return parts.slice(0, n).every((p, i) => p === want[i]);
}

/** Counts inputs by kind, so a test can check that every kind was really tried. */
export class KindTally {
  readonly counts = new Map<Kind, number>();
  add(kind: Kind): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
  }
  get total(): number {
    return [...this.counts.values()].reduce((a, b) => a + b, 0);
  }
}
