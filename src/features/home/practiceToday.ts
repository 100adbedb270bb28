/**
 * What practice has for today, from raw rows (the home screen reads them without loading Dexie): the
 * counts of the same selection practice orders into its queue (`countToday` / `planToday`), so home and
 * the practice hub show the same numbers. The bank's index is loaded only when the counts depend on it:
 * while no card is due and the learner's cards cannot exhaust the questions in focus, the per-track and
 * per-exam totals (`virtual:question-counts`) give the exact answer.
 */
import { counts } from 'virtual:question-counts';
import { deckCandidates, type DeckQuestions } from '@/content/deckCandidates';
import { DEFAULT_NEW_PER_DAY, SETTING } from '@/db/settingKeys';
import { GENERATOR_CATALOG } from '@/engine/generators/catalog';
import { countToday, FOCUS_EXAMS, inFocus, LEARN_AHEAD_MS, parseFocus, type StudyFocus } from '@/engine/srs/focus';

export interface PracticeToday {
  due: number;
  fresh: number;
  examInProgress?: { exam: string; deadline: number };
}

export interface TodayRows {
  /** Card rows as stored; older rows may carry only their keys and due date. */
  cards: readonly { questionId: string; due: number; state?: number | undefined }[];
  /** Reviews since the start of the local day. */
  reviewsToday: readonly { state?: number | undefined }[];
  exams: readonly { status: string; exam?: string | undefined; deadline?: number | undefined; startedAt: number }[];
  settings: readonly { key: string; value: unknown }[];
  lessonProgress: readonly { lessonId: string; status: string }[];
}

/** Bank questions inside the focus, from the build-time totals (tracks do not overlap). */
function bankInFocus(focus: StudyFocus): number {
  if (focus.kind === 'tracks') return focus.tracks.reduce((n, t) => n + (counts.byTrack[t] ?? 0), 0);
  if (focus.kind === 'exam') return counts.byExamPrefix[FOCUS_EXAMS[focus.exam]] ?? 0;
  return counts.total;
}

export async function practiceToday(rows: TodayRows, now: number): Promise<PracticeToday> {
  const get = (key: string) => rows.settings.find((s) => s.key === key)?.value;
  const cap = get(SETTING.newPerDay);
  const decks = rows.settings
    .filter((s) => s.key.startsWith(SETTING.deckPrefix))
    .map((s) => s.value as DeckQuestions)
    .filter((d) => d && typeof d.slug === 'string' && Array.isArray(d.questions));
  const focus = parseFocus(get(SETTING.focus));
  const input = {
    now,
    cards: rows.cards,
    focus,
    newPerDay: typeof cap === 'number' && Number.isFinite(cap) ? cap : DEFAULT_NEW_PER_DAY,
    introducedToday: rows.reviewsToday.filter((r) => r.state === 0).length,
  };
  const running = rows.exams.filter((e) => e.status === 'in-progress' && (e.deadline ?? 0) > now).sort((a, b) => b.startedAt - a.startedAt)[0];
  const exam = running ? { examInProgress: { exam: running.exam ?? '', deadline: running.deadline ?? 0 } } : {};

  // Without the index: no card can be due, and every card known still leaves the room filled (or
  // there is no card at all, so every question in focus is new).
  const room = Math.max(0, Math.floor(input.newPerDay) - Math.max(0, input.introducedToday));
  const others = [...GENERATOR_CATALOG, ...deckCandidates(decks)].filter((c) => inFocus(c, focus)).length;
  const atLeastNew = bankInFocus(focus) + others - rows.cards.length;
  const noneDue = !rows.cards.some((c) => c.due <= now + LEARN_AHEAD_MS);
  if (noneDue && (rows.cards.length === 0 || atLeastNew >= room)) return { due: 0, fresh: Math.min(room, atLeastNew), ...exam };

  const { practiceCandidates } = await import('@/content/practiceCandidates');
  return { ...countToday({ ...input, candidates: practiceCandidates(decks) }), ...exam };
}
