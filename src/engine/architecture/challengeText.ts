import type { Challenge } from '../contracts/challenge.ts';
import type { Locale } from '../contracts/taxonomy.ts';

/**
 * The challenge with its texts in the reader's language. `translated` is false when Korean was asked for
 * but the challenge has none, and the English texts are returned. Everything else is unchanged.
 */
export function challengeIn(c: Challenge, locale: Locale): { challenge: Challenge; translated: boolean } {
  if (locale === 'en') return { challenge: c, translated: true };
  const ko = c.ko;
  if (!ko) return { challenge: c, translated: false };
  const text = (list: readonly string[], i: number, en: string) => list[i] ?? en;
  return {
    translated: true,
    challenge: {
      ...c,
      title: ko.title,
      goal: ko.goal,
      hints: c.hints.map((h, i) => text(ko.hints, i, h)),
      requiredConnections: c.requiredConnections.map((x, i) => ({ ...x, why: text(ko.requiredConnections, i, x.why) })),
      forbiddenConnections: c.forbiddenConnections.map((x, i) => ({ ...x, why: text(ko.forbiddenConnections, i, x.why) })),
      requiredProperties: c.requiredProperties.map((x, i) => ({ ...x, message: text(ko.requiredProperties, i, x.message) })),
    },
  };
}
