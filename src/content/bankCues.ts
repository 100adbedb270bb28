/**
 * Measures how a question bank can be gamed without knowing the answer: how often the key is the
 * longest option, how often an option carries its own justification, and how much of the bank is
 * exam-style (a constraint in the stem that picks one of several workable options, or "choose two").
 * The content tests hold the bank to the limits below, per track and overall, in every language.
 */
import type { Question } from './questionSchema.ts';
import { TRACKS, EXAM_DOMAINS, type ExamDomain, type Track } from './taxonomy.ts';
import { visibleLength } from '../engine/generators/visibleLength.ts';

export const CUE_LIMITS = {
  /** Share of single-answer questions whose key is (one of) the longest option(s). */
  singleKeyLongest: 0.3,
  /** Share of single-answer questions whose key is (one of) the shortest: the same cue turned round. */
  singleKeyShortest: 0.35,
  /** Share of multiple-response questions whose keys are all among the longest options. */
  multipleKeysLongest: 0.35,
  /** Share of the whole bank whose stem names the constraint that picks one workable option. */
  constraintStems: 0.4,
  /** Share of each track's questions that are multiple response. */
  multiplePerTrack: 0.15,
  /** How far (in percentage points) an exam domain's share may stray from its exam-guide weight. */
  domainShareTolerance: 8,
} as const;

/** The constraint words AWS exam stems put in capitals ("LEAST operational overhead"). */
const CONSTRAINT = /\b(LEAST|MOST|FEWEST|LOWEST|HIGHEST|MINIMUM|MAXIMUM|FASTEST|SIMPLEST|CHEAPEST)\b/;
const CONSTRAINT_KO = /가장|최소한의|최소|최대|최저|최고/;

/** Phrases that put the reason for an option inside the option itself. */
const JUSTIFICATION_EN = /\b(because|since|so that|which (?:ensures|guarantees|means|allows|lets|prevents))\b|\bas this\b|\bin order to\b/i;
const JUSTIFICATION_KO = /때문|(?:하|이|되)므로|기 위해서|(?:하|이)니까/;

export { visibleLength };

export function keyIsLongest(q: Pick<Question, 'type' | 'options' | 'answer'>): boolean {
  const keys = q.options.filter((o) => q.answer.includes(o.id)).map((o) => visibleLength(o.text));
  const others = q.options.filter((o) => !q.answer.includes(o.id)).map((o) => visibleLength(o.text));
  return Math.min(...keys) >= Math.max(...others);
}

export function keyIsShortest(q: Pick<Question, 'options' | 'answer'>): boolean {
  const keys = q.options.filter((o) => q.answer.includes(o.id)).map((o) => visibleLength(o.text));
  const others = q.options.filter((o) => !q.answer.includes(o.id)).map((o) => visibleLength(o.text));
  return Math.max(...keys) <= Math.min(...others);
}

export const justifies = (text: string, locale: 'en' | 'ko') => (locale === 'en' ? JUSTIFICATION_EN : JUSTIFICATION_KO).test(text);
export const hasConstraint = (stem: string, locale: 'en' | 'ko') => (locale === 'en' ? CONSTRAINT : CONSTRAINT_KO).test(stem);

export interface CueStats {
  questions: number;
  single: number;
  singleKeyLongest: number;
  singleKeyShortest: number;
  multiple: number;
  multipleKeysLongest: number;
  constraintStems: number;
  /** Ids of questions with an option that justifies itself, with the option id. */
  justifying: string[];
}

export function cueStats(questions: readonly Question[], locale: 'en' | 'ko'): CueStats {
  const s: CueStats = { questions: 0, single: 0, singleKeyLongest: 0, singleKeyShortest: 0, multiple: 0, multipleKeysLongest: 0, constraintStems: 0, justifying: [] };
  for (const q of questions) {
    s.questions++;
    if (q.type === 'single') {
      s.single++;
      if (keyIsLongest(q)) s.singleKeyLongest++;
      if (keyIsShortest(q)) s.singleKeyShortest++;
    } else {
      s.multiple++;
      if (keyIsLongest(q)) s.multipleKeysLongest++;
    }
    if (hasConstraint(q.stem, locale)) s.constraintStems++;
    for (const o of q.options) if (justifies(o.text, locale)) s.justifying.push(`${q.id}.${o.id}`);
  }
  return s;
}

export const share = (n: number, of: number) => (of ? n / of : 0);

/** Problems with a set of questions against the limits, each as a readable line. */
export function cueProblems(label: string, s: CueStats, { perTrack }: { perTrack: boolean }): string[] {
  const out: string[] = [];
  const pct = (x: number) => `${(x * 100).toFixed(0)} %`;
  const single = share(s.singleKeyLongest, s.single);
  if (single > CUE_LIMITS.singleKeyLongest) out.push(`${label}: the key is the longest option in ${s.singleKeyLongest} of ${s.single} single-answer questions (${pct(single)}, limit ${pct(CUE_LIMITS.singleKeyLongest)})`);
  const shortest = share(s.singleKeyShortest, s.single);
  if (shortest > CUE_LIMITS.singleKeyShortest) out.push(`${label}: the key is the shortest option in ${s.singleKeyShortest} of ${s.single} single-answer questions (${pct(shortest)}, limit ${pct(CUE_LIMITS.singleKeyShortest)})`);
  const multiple = share(s.multipleKeysLongest, s.multiple);
  if (multiple > CUE_LIMITS.multipleKeysLongest) out.push(`${label}: every key is among the longest options in ${s.multipleKeysLongest} of ${s.multiple} multiple-response questions (${pct(multiple)}, limit ${pct(CUE_LIMITS.multipleKeysLongest)})`);
  if (s.justifying.length) out.push(`${label}: options that carry their own justification: ${s.justifying.join(', ')}`);
  if (perTrack && share(s.multiple, s.questions) < CUE_LIMITS.multiplePerTrack) out.push(`${label}: ${s.multiple} of ${s.questions} questions are multiple response (at least ${pct(CUE_LIMITS.multiplePerTrack)})`);
  if (!perTrack && share(s.constraintStems, s.questions) < CUE_LIMITS.constraintStems) out.push(`${label}: ${s.constraintStems} of ${s.questions} stems name a deciding constraint (at least ${pct(CUE_LIMITS.constraintStems)})`);
  return out;
}

/** Every exam domain's share of its exam's questions, against the exam guide's weight (percent). */
export function domainShares(questions: readonly Question[]): { domain: ExamDomain; count: number; share: number; weight: number }[] {
  const byExam = new Map<string, number>();
  const count = new Map<ExamDomain, number>();
  for (const q of questions) {
    const exams = new Set<string>();
    for (const d of q.domains) {
      count.set(d, (count.get(d) ?? 0) + 1);
      exams.add(EXAM_DOMAINS[d].exam);
    }
    for (const e of exams) byExam.set(e, (byExam.get(e) ?? 0) + 1);
  }
  const totalByExam = new Map<string, number>();
  for (const [d, n] of count) totalByExam.set(EXAM_DOMAINS[d].exam, (totalByExam.get(EXAM_DOMAINS[d].exam) ?? 0) + n);
  return (Object.keys(EXAM_DOMAINS) as ExamDomain[]).map((domain) => {
    const n = count.get(domain) ?? 0;
    return { domain, count: n, share: (100 * n) / (totalByExam.get(EXAM_DOMAINS[domain].exam) || 1), weight: EXAM_DOMAINS[domain].weight };
  });
}

export function byTrack<T extends { track: Track }>(items: readonly T[]): Map<Track, T[]> {
  return new Map(TRACKS.map((t) => [t, items.filter((q) => q.track === t)]));
}
