import { buildDailyQueue, type DailyQueue, type QueueCard } from './queue.ts';
import { inShortTermSteps, LEARN_AHEAD_MS, type SchedulerOptions } from './scheduler.ts';

/**
 * Today's plan: which due reviews and which new questions, in which order. One pure function, called by
 * the home screen (from raw IndexedDB rows) and by practice (through Dexie), so both show the same counts.
 */

/** A question that could be introduced: where it sits in the curriculum and which exam domains it serves. */
export interface Candidate {
  id: string;
  track?: string;
  lesson?: string;
  domains?: readonly string[];
}

/** The exams whose domains a focus may select, by the prefix of their domain ids. */
export const FOCUS_EXAMS = { 'DVA-C02': 'dva-', 'SAA-C03': 'saa-' } as const;
export type FocusExam = keyof typeof FOCUS_EXAMS;

/** What new questions to draw from: everything, chosen tracks, or one exam's domains. */
export type StudyFocus = { kind: 'all' } | { kind: 'tracks'; tracks: readonly string[] } | { kind: 'exam'; exam: FocusExam };

export const ALL_TOPICS: StudyFocus = { kind: 'all' };

/** Reads a stored focus, falling back to everything for anything unknown (an old or hand-edited value). */
export function parseFocus(value: unknown): StudyFocus {
  if (!value || typeof value !== 'object') return ALL_TOPICS;
  const v = value as { kind?: unknown; tracks?: unknown; exam?: unknown };
  if (v.kind === 'tracks' && Array.isArray(v.tracks)) {
    const tracks = v.tracks.filter((t): t is string => typeof t === 'string');
    return tracks.length ? { kind: 'tracks', tracks } : ALL_TOPICS;
  }
  if (v.kind === 'exam' && typeof v.exam === 'string' && v.exam in FOCUS_EXAMS) return { kind: 'exam', exam: v.exam as FocusExam };
  return ALL_TOPICS;
}

/** Whether a question is inside the focus. A question without a track or domains (a custom deck's) stays in. */
export function inFocus(candidate: Candidate, focus: StudyFocus): boolean {
  if (focus.kind === 'tracks') return candidate.track === undefined || focus.tracks.includes(candidate.track);
  if (focus.kind === 'exam') {
    const prefix = FOCUS_EXAMS[focus.exam];
    return candidate.domains === undefined || candidate.domains.some((d) => d.startsWith(prefix));
  }
  return true;
}

/** What the plan needs of a lesson's progress row. */
export interface LessonMark {
  lessonId: string;
  status: string;
}

/**
 * The order in which new questions are introduced: questions of lessons the learner completed first,
 * then of lessons only opened, then the rest; within each group curriculum order (the order of
 * `candidates`, which is track order, then lesson order, then file order). Questions outside the focus
 * are left out.
 */
export function orderNewCards(candidates: readonly Candidate[], progress: readonly LessonMark[], focus: StudyFocus = ALL_TOPICS): string[] {
  const status = new Map(progress.map((p) => [p.lessonId, p.status]));
  const groups: [string[], string[], string[]] = [[], [], []];
  for (const c of candidates) {
    if (!inFocus(c, focus)) continue;
    const s = c.lesson === undefined ? undefined : status.get(c.lesson);
    groups[s === 'completed' ? 0 : s === undefined ? 2 : 1].push(c.id);
  }
  return groups.flat();
}

export interface PlanInput {
  now: number;
  /** Every stored card (or at least every card due by `now` plus learn-ahead), with its FSRS state. */
  cards: readonly QueueCard[];
  /** Ids that already have a card, when `cards` holds only the due ones (the database reads keys alone). */
  known?: ReadonlySet<string>;
  /** Everything this browser can ask, in curriculum order; cards of anything else are neither counted nor asked. */
  candidates: readonly Candidate[];
  progress: readonly LessonMark[];
  focus: StudyFocus;
  newPerDay: number;
  /** New questions already introduced today (first answers since the start of the local day). */
  introducedToday: number;
  options?: SchedulerOptions;
}

/**
 * Today's queue: cards due now, plus cards in their learning or relearning steps due within the next
 * 20 minutes (a missed card comes back in the same sitting), the one most likely forgotten first; then
 * new questions in curriculum order (`orderNewCards`) up to the daily cap, which counts new questions
 * only, less those introduced today.
 */
export function planToday(input: PlanInput): DailyQueue {
  const askable = new Set(input.candidates.map((c) => c.id));
  const horizon = input.now + LEARN_AHEAD_MS;
  const due = input.cards
    .filter((c) => askable.has(c.questionId) && (c.due <= input.now || (inShortTermSteps(c) && c.due <= horizon)))
    // A learning card due in a few minutes is ranked as if due now (its recall is what matters).
    .map((c) => (c.due > input.now ? { ...c, due: input.now } : c));
  const known = input.known ?? new Set(input.cards.map((c) => c.questionId));
  const order = orderNewCards(
    input.candidates.filter((c) => !known.has(c.id)),
    input.progress,
    input.focus,
  );
  return buildDailyQueue({ now: input.now, dueCards: due, newQuestionIds: order, newPerDay: input.newPerDay, introducedToday: input.introducedToday, ...(input.options ? { options: input.options } : {}) });
}
