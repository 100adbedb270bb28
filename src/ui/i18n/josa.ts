/**
 * Korean particles after a filled-in value. A Korean message writes both forms, as in "{name}을(를)",
 * because the right one depends on how the value ends: 을/이/은/과/으로 after a final consonant
 * (batchim), 를/가/는/와/로 after a vowel, and 로 after ㄹ. When the value ends in Hangul or in digits
 * the right particle is chosen; for Latin letters or symbols (whose reading is unknown) both forms stay.
 */
const PAIRS: Record<string, { consonant: string; vowel: string }> = {
  '을(를)': { consonant: '을', vowel: '를' },
  '이(가)': { consonant: '이', vowel: '가' },
  '은(는)': { consonant: '은', vowel: '는' },
  '과(와)': { consonant: '과', vowel: '와' },
  '(으)로': { consonant: '으로', vowel: '로' },
};

const RIEUL = 8;

/** Final consonant index of how a number is read in Korean (0 = none), by its last digit or its tens, hundreds… */
function numberFinal(digits: string): number | undefined {
  const zeros = digits.length - digits.replace(/0+$/, '').length;
  if (zeros === digits.length) return 21; // 영: ㅇ
  if (zeros === 0) return [21, 8, 0, 16, 0, 0, 1, 8, 8, 0][Number(digits.at(-1))];
  // 십 (ㅂ), 백 (ㄱ), 천 (ㄴ), 만 (ㄴ); beyond that the reading varies.
  return [17, 1, 4, 4][zeros - 1];
}

/** The final consonant of how `text` ends when read aloud in Korean (0 = a vowel), or undefined if unknown. */
export function finalConsonant(text: string): number | undefined {
  const trimmed = text.replace(/[\s)\]"'”’.]+$/u, '');
  const last = trimmed.at(-1);
  if (!last) return undefined;
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28;
  if (last === '%') return 0; // 퍼센트
  const digits = /\d+$/.exec(trimmed);
  return digits ? numberFinal(digits[0]) : undefined;
}

/** The particle written as "을(를)" (etc.) for a value ending as `text`; unchanged when unknown. */
export function particleAfter(text: string, written: string): string {
  const pair = PAIRS[written];
  const final = finalConsonant(text);
  if (!pair || final === undefined) return written;
  if (written === '(으)로' && final === RIEUL) return pair.vowel;
  return final === 0 ? pair.vowel : pair.consonant;
}

/** Matches a placeholder, an optional closing quote, and an optional two-form particle after it. */
export const PLACEHOLDER = /\{(\w+)\}([”’"']?)(을\(를\)|이\(가\)|은\(는\)|과\(와\)|\(으\)로)?/g;
