/**
 * The words of a figure and how they are laid out. Every figure keeps its title, description, caption and
 * labels in one `*.text.ts` file beside it, in English and Korean; the type checker refuses a Korean
 * dictionary that lacks a key of the English one. These files hold data only (no React, no `@/` imports),
 * because the build reads them too: the captions are written into each lesson at compile time.
 *
 * SVG text does not wrap by itself, so `wrapText` breaks a label into lines from an estimate of each
 * character's width (Hangul is about one em wide, Latin letters a little over half). The estimate errs on the
 * wide side, so a label fits its box in any of the fonts the app asks for.
 */

export type FigureLocale = 'en' | 'ko';

/** What every figure must say: an accessible name, a description of what it shows, a visible caption. */
export interface FigureBaseText {
  title: string;
  desc: string;
  caption: string;
}

export interface FigureTextDef<E extends FigureBaseText = FigureBaseText> {
  en: E;
  ko: Record<keyof E, string>;
}

/** Declares a figure's words; `ko` must have exactly the keys of `en`. */
export function defineFigureText<const E extends FigureBaseText>(text: { en: E; ko: Record<keyof E, string> }): FigureTextDef<E> {
  return text;
}

/** Width of one character in em, erring wide (the app's fallback font, DejaVu Sans, is a wide one). */
export function charWidth(ch: string, mono = false): number {
  const code = ch.codePointAt(0) ?? 0;
  if ((code >= 0x1100 && code <= 0x11ff) || (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xff00 && code <= 0xffef)) return 1;
  if (mono) return 0.62;
  if (ch === ' ') return 0.32;
  if (/[iIl.,:;'|!()[\]{}/\\`]/.test(ch)) return 0.32;
  if (/[fjrt-]/.test(ch)) return 0.42;
  if (/[mwMW@%]/.test(ch)) return 0.92;
  if (/[A-Z0-9#&]/.test(ch)) return 0.7;
  return 0.6;
}

/** Estimated width of `text` at `size` (in the same units as `size`). */
export function textWidth(text: string, size: number, options: { bold?: boolean; mono?: boolean } = {}): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch, options.mono);
  return em * size * (options.bold ? 1.07 : 1);
}

/** Splits a word too wide for a line after its dots, slashes, colons or hyphens (host names, ARNs, paths). */
function splitLongWord(word: string, maxWidth: number, size: number, options: { bold?: boolean; mono?: boolean }): string[] {
  if (textWidth(word, size, options) <= maxWidth) return [word];
  const pieces = word.split(/(?<=[./:-])/);
  const out: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (line && textWidth(line + piece, size, options) > maxWidth) {
      out.push(line);
      line = piece;
    } else line += piece;
  }
  if (line) out.push(line);
  return out;
}

/**
 * Breaks `text` into lines no wider than `maxWidth`, between words (Korean between eojeol, as Korean
 * typesetting does). An explicit "\n" always starts a new line. A word wider than a line is split after its
 * dots, slashes, colons or hyphens; one without any stays whole on a line of its own.
 */
export function wrapText(text: string, maxWidth: number, size: number, options: { bold?: boolean; mono?: boolean } = {}): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    const words = paragraph.split(/\s+/).filter(Boolean).flatMap((w) => splitLongWord(w, maxWidth, size, options));
    for (const word of words) {
      // Pieces of a split word never fit together on a line (they were packed to the width), so a space
      // only ever joins whole words.
      const candidate = line ? `${line} ${word}` : word;
      if (!line || textWidth(candidate, size, options) <= maxWidth) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}
