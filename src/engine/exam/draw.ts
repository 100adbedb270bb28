import { shuffled, type Rng } from '../srs/rng.ts';

export type ExamCode = 'DVA-C02' | 'SAA-C03';

export interface ExamSpec {
  code: ExamCode;
  /** Scored questions drawn for a mock exam. */
  questionCount: number;
  durationMinutes: number;
  /** Domain id → weight in percent. */
  domains: Record<string, number>;
}

export interface DrawableQuestion {
  id: string;
  domains: readonly string[];
}

export interface DrawnQuestion {
  questionId: string;
  /** The exam domain the question is scored under (its first domain belonging to this exam). */
  domain: string;
}

/**
 * Splits `count` questions among domains in proportion to their weights (largest remainder method):
 * each domain gets the floor of its share, and the seats left go to the largest fractional parts.
 */
export function apportion(weights: Record<string, number>, count: number): Record<string, number> {
  const entries = Object.entries(weights);
  const total = entries.reduce((s, [, w]) => s + w, 0);
  const exact = entries.map(([id, w]) => ({ id, share: (w / total) * count }));
  const seats = Object.fromEntries(exact.map((e) => [e.id, Math.floor(e.share)]));
  let left = count - Object.values(seats).reduce((s, n) => s + n, 0);
  const byRemainder = [...exact].sort((a, b) => b.share - Math.floor(b.share) - (a.share - Math.floor(a.share)) || (a.id < b.id ? -1 : 1));
  for (const e of byRemainder) {
    if (left <= 0) break;
    seats[e.id]!++;
    left--;
  }
  return seats;
}

/**
 * Draws a mock exam: questions of each domain in proportion to the domain's weight, in a seeded random
 * order. A domain with too few questions is topped up from the other domains of the exam, so the exam
 * still has `questionCount` questions when the bank has that many.
 */
export function drawExam(spec: ExamSpec, bank: readonly DrawableQuestion[], rng: Rng): DrawnQuestion[] {
  const pools = new Map<string, string[]>();
  for (const d of Object.keys(spec.domains)) pools.set(d, []);
  for (const q of bank) {
    const domain = q.domains.find((d) => pools.has(d));
    if (domain) pools.get(domain)!.push(q.id);
  }
  for (const [d, ids] of pools) pools.set(d, shuffled(ids, rng));
  const quotas = apportion(spec.domains, spec.questionCount);
  const drawn: DrawnQuestion[] = [];
  for (const [domain, quota] of Object.entries(quotas)) {
    for (const id of pools.get(domain)!.splice(0, quota)) drawn.push({ questionId: id, domain });
  }
  // Top up from what is left, largest weight first.
  const order = Object.entries(spec.domains).sort((a, b) => b[1] - a[1]).map(([d]) => d);
  while (drawn.length < spec.questionCount) {
    const domain = order.find((d) => pools.get(d)!.length);
    if (!domain) break;
    drawn.push({ questionId: pools.get(domain)!.shift()!, domain });
  }
  return shuffled(drawn, rng);
}
