/**
 * Length as a reader sees it: whitespace runs count once, code marks not at all. Generators balance
 * option lengths with it, and the bank's cue checks (src/content/bankCues.ts) measure the bank with it.
 */
export const visibleLength = (text: string) => text.replace(/`/g, '').replace(/\s+/g, ' ').trim().length;
