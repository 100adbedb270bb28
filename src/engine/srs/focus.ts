/**
 * What today's plan draws from, without the scheduler's memory model (no ts-fsrs here, so the home
 * screen can count today's work cheaply): the focus, the curriculum order of new questions, which cards
 * are due (learning steps within the learn-ahead window included) and how many new questions the daily
 * cap leaves. `planToday` (plan.ts) orders the same selection; `countToday` only counts it.
 */

/** How far ahead a session shows a card still in its steps when nothing else is left (as Anki's learn-ahead). */
export const LEARN_AHEAD_MS = 20 * 60_000;

/** Whether a card is in its short-term steps (1 learning, 3 relearning: ts-fsrs State): due again within minutes. */
export function inShortTermSteps(card: { state?: number | undefined }): boolean {
  return card.state === 1 || card.state === 3;
}

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

/** What selecting today's work needs of a stored card. */
export interface DueCard {
  questionId: string;
  due: number;
  state?: number | undefined;
}

export interface SelectInput<C extends DueCard> {
  now: number;
  cards: readonly C[];
  known?: ReadonlySet<string>;
  candidates: readonly Candidate[];
  focus: StudyFocus;
  newPerDay: number;
  introducedToday: number;
}

/**
 * Today's selection, unordered: the askable cards due now or in their steps within the learn-ahead
 * window; the candidates in focus without a card; and the room the daily cap leaves, which counts new
 * questions only, less those introduced today.
 */
export function selectToday<C extends DueCard>(input: SelectInput<C>): { due: C[]; unknown: Candidate[]; room: number } {
  const askable = new Set(input.candidates.map((c) => c.id));
  const horizon = input.now + LEARN_AHEAD_MS;
  const due = input.cards.filter((c) => askable.has(c.questionId) && (c.due <= input.now || (inShortTermSteps(c) && c.due <= horizon)));
  const known = input.known ?? new Set(input.cards.map((c) => c.questionId));
  const unknown = input.candidates.filter((c) => !known.has(c.id) && inFocus(c, input.focus));
  const room = Math.max(0, Math.floor(input.newPerDay) - Math.max(0, input.introducedToday));
  return { due, unknown, room };
}

/** How many reviews and new questions today's plan holds (the counts of `planToday`, without ordering). */
export function countToday<C extends DueCard>(input: SelectInput<C>): { due: number; fresh: number } {
  const { due, unknown, room } = selectToday(input);
  return { due: due.length, fresh: Math.min(room, unknown.length) };
}
