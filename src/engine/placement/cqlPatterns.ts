/**
 * Patterns after `=~` and `!~` in the cluster query language. They are compiled with RE2 (re2js), which
 * matches in time linear in the input whatever the pattern, so a crafted pattern such as `a*a*a*a*b`
 * cannot freeze the page the way a backtracking engine does. RE2 has no backreferences or lookaround;
 * such a pattern is refused with the character where the unsupported construct starts.
 *
 * re2js (about 50 KB compressed) is installed by `./re2.ts` when imported, so that a screen or a worker
 * pays for it only when a pattern is there to match: the scenario schema imports it, and the engine
 * worker does before it runs a scenario with a pattern.
 */
import type { RE2JS } from 're2js';

export interface PatternEngine {
  compile(source: string): RE2JS;
  /** The syntax error a failed `compile` threw, described; undefined when it is not one. */
  explain(error: unknown): { description: string; fragment: string | null } | undefined;
}

let patterns: PatternEngine | undefined;

export function installPatternEngine(engine: PatternEngine): void {
  patterns = engine;
}

/** Whether an expression (or any text holding expressions) uses a pattern operator. */
export function usesPatterns(text: string): boolean {
  return text.includes('=~') || text.includes('!~');
}

const LOOKAROUND: ReadonlyArray<[string, string]> = [
  ['(?=', 'lookahead'],
  ['(?!', 'negative lookahead'],
  ['(?<=', 'lookbehind'],
  ['(?<!', 'negative lookbehind'],
];

/**
 * Finds a construct RE2 cannot match in linear time (a backreference or a lookaround), skipping
 * escaped characters and character classes; returns its index and a sentence, or undefined.
 */
function unsupportedConstruct(source: string): { index: number; message: string } | undefined {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (!inClass && /[1-9]/.test(next)) return { index: i, message: `backreferences such as "\\${next}" are not supported` };
      if (!inClass && next === 'k' && source[i + 2] === '<') return { index: i, message: 'named backreferences such as "\\k<name>" are not supported' };
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      // A "]" right after "[" or "[^" is a literal member of the class.
      if (source[i + 1] === '^') i++;
      if (source[i + 1] === ']') i++;
      continue;
    }
    for (const [open, what] of LOOKAROUND) {
      if (source.startsWith(open, i)) return { index: i, message: `${what} "${open}…)" is not supported` };
    }
  }
  return undefined;
}

/**
 * Compiles a pattern for a whole-value match, or says what is wrong and at which character of the
 * pattern.
 */
export function compileWholePattern(source: string): { pattern: RE2JS } | { index: number; message: string } {
  const unsupported = unsupportedConstruct(source);
  if (unsupported) return { index: unsupported.index, message: `${unsupported.message} in a pattern (patterns use RE2 syntax, matched in linear time)` };
  if (!patterns) return { index: 0, message: 'patterns (=~ and !~) cannot be matched here: the pattern engine is not loaded' };
  try {
    return { pattern: patterns.compile(source) };
  } catch (e) {
    const explained = patterns.explain(e);
    if (!explained) throw e;
    const { description, fragment } = explained;
    return { index: fragment ? Math.max(0, source.indexOf(fragment)) : 0, message: `"${source}" is not a valid pattern: ${description}${fragment ? ` "${fragment}"` : ''}` };
  }
}
