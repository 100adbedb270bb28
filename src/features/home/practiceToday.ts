/**
 * What practice has for today, from raw rows (the home screen reads them without loading Dexie): the
 * same plan practice builds (`planToday`), so home and the practice hub show the same counts.
 */
import { practiceCandidates, type DeckQuestions } from '@/content/practiceCandidates';
import { DEFAULT_NEW_PER_DAY, SETTING } from '@/db/settingKeys';
import { parseFocus, planToday, type QueueCard } from '@/engine/srs';

export interface PracticeToday {
  due: number;
  fresh: number;
  examInProgress?: { exam: string; deadline: number };
}

export interface TodayRows {
  /** Card rows as stored; older rows may carry only their keys and due date. */
  cards: readonly { questionId: string; due: number }[];
  /** Reviews since the start of the local day. */
  reviewsToday: readonly { state?: number | undefined }[];
  exams: readonly { status: string; exam?: string | undefined; deadline?: number | undefined; startedAt: number }[];
  settings: readonly { key: string; value: unknown }[];
  lessonProgress: readonly { lessonId: string; status: string }[];
}

export function practiceToday(rows: TodayRows, now: number): PracticeToday {
  const get = (key: string) => rows.settings.find((s) => s.key === key)?.value;
  const cap = get(SETTING.newPerDay);
  const decks = rows.settings.filter((s) => s.key.startsWith(SETTING.deckPrefix)).map((s) => s.value as DeckQuestions);
  const plan = planToday({
    now,
    // Only the due date and state matter for counting; a row without a state counts as a review card.
    cards: rows.cards as readonly QueueCard[],
    candidates: practiceCandidates(decks.filter((d) => d && typeof d.slug === 'string' && Array.isArray(d.questions))),
    progress: rows.lessonProgress,
    focus: parseFocus(get(SETTING.focus)),
    newPerDay: typeof cap === 'number' && Number.isFinite(cap) ? cap : DEFAULT_NEW_PER_DAY,
    introducedToday: rows.reviewsToday.filter((r) => r.state === 0).length,
  });
  const running = rows.exams.filter((e) => e.status === 'in-progress' && (e.deadline ?? 0) > now).sort((a, b) => b.startedAt - a.startedAt)[0];
  return {
    due: plan.due.length,
    fresh: plan.fresh.length,
    ...(running ? { examInProgress: { exam: running.exam ?? '', deadline: running.deadline ?? 0 } } : {}),
  };
}
