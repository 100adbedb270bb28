import { Dexie } from 'dexie';
import { LEARN_AHEAD_MS, newCard, parseFocus, planToday, review, rollback, startOfDay, type Candidate, type CardState, type DailyQueue, type Outcome, type ReviewLogState } from '@/engine/srs';
import { db as defaultDb, type AppDatabase } from './db';
import { schedulerOptions, schedulerOptionsFrom } from './schedule';
import { DEFAULT_NEW_PER_DAY, SETTING } from './settingKeys';
import type { CardRow, practiceModes, ReviewRow } from './rows';

export type PracticeMode = (typeof practiceModes)[number];

/** A stored card: the FSRS state with its question and deck. */
export interface StoredCard extends CardState {
  questionId: string;
  deck: string;
  lastRating?: number;
}

/** A stored answer: the FSRS log plus what the learner did. */
export interface StoredReview extends Omit<ReviewLogState, 'reviewedAt'> {
  id?: number;
  questionId: string;
  deck: string;
  reviewedAt: number;
  chosen: string[];
  correct: boolean;
  guessed: boolean;
  timeMs: number;
  mode: PracticeMode;
  seed?: number;
}

export interface AnswerInput {
  questionId: string;
  deck: string;
  outcome: Outcome;
  chosen: string[];
  timeMs: number;
  mode: PracticeMode;
  now: number;
  seed?: number;
  /** Minutes east of UTC of the learner's clock, to place the exam day (−Date#getTimezoneOffset()). */
  offsetMinutes?: number;
}

function cardState(row: StoredCard): CardState {
  const { questionId: _q, deck: _d, lastRating: _r, ...state } = row;
  return state;
}

/** Records one answer: updates (or creates) the card and appends the review log, in one transaction. */
export async function recordAnswer(input: AnswerInput, database: AppDatabase = defaultDb): Promise<{ card: StoredCard; review: StoredReview }> {
  return database.transaction('rw', database.cards, database.reviews, database.settings, async () => {
    const existing = (await database.cards.get(input.questionId)) as StoredCard | undefined;
    const before = existing ? cardState(existing) : newCard(input.now);
    const options = await schedulerOptions(database, input.offsetMinutes ?? -new Date(input.now).getTimezoneOffset());
    const { card, log } = review(before, input.outcome, input.now, options);
    const stored: StoredCard = { ...card, questionId: input.questionId, deck: input.deck, lastRating: log.rating };
    const row: StoredReview = {
      ...log,
      questionId: input.questionId,
      deck: input.deck,
      chosen: [...input.chosen].sort(),
      correct: input.outcome !== 'wrong',
      guessed: input.outcome === 'guessed',
      timeMs: Math.max(0, Math.round(input.timeMs)),
      mode: input.mode,
      ...(input.seed !== undefined ? { seed: input.seed } : {}),
    };
    await database.cards.put(stored as CardRow);
    row.id = (await database.reviews.add(row as ReviewRow)) as number;
    return { card: stored, review: row };
  });
}

/**
 * Undoes the latest answer (of one question, or the latest of all): the card goes back to its state
 * before that answer (a first answer removes the card, so the question is new again) and the log is
 * deleted. Returns the undone review, or undefined when there is nothing to undo.
 */
export async function undoLastAnswer(questionId?: string, database: AppDatabase = defaultDb): Promise<StoredReview | undefined> {
  return database.transaction('rw', database.cards, database.reviews, async () => {
    const last = (
      questionId
        ? await database.reviews.where('[questionId+reviewedAt]').between([questionId, Dexie.minKey], [questionId, Dexie.maxKey]).last()
        : await database.reviews.orderBy('reviewedAt').last()
    ) as StoredReview | undefined;
    if (!last?.id || last.rating === undefined) return undefined;
    const card = (await database.cards.get(last.questionId)) as StoredCard | undefined;
    if (card) {
      if (last.state === 0) await database.cards.delete(last.questionId);
      else {
        const previous = (await database.reviews
          .where('[questionId+reviewedAt]')
          .between([last.questionId, Dexie.minKey], [last.questionId, last.reviewedAt], true, false)
          .last()) as StoredReview | undefined;
        const restored = rollback(cardState(card), last);
        const row: StoredCard = { ...restored, questionId: card.questionId, deck: card.deck };
        if (previous?.rating !== undefined) row.lastRating = previous.rating;
        await database.cards.put(row as CardRow);
      }
    }
    await database.reviews.delete(last.id);
    return last;
  });
}

export interface QueueRequest {
  now: number;
  /** Minutes east of UTC of the learner's clock (−Date#getTimezoneOffset()). */
  offsetMinutes: number;
  /** Everything that may be asked, in curriculum order (`practiceCandidates`). */
  candidates: readonly Candidate[];
}

/**
 * Today's queue from the database (`planToday`, the same plan the home screen shows): the askable
 * questions' cards (`askableCards`: which have a card, and those due now or, in their learning steps,
 * within the learn-ahead window); today's first answers through `reviewedAt`; the daily
 * cap, the focus and lesson progress from their tables. Its cost follows the number of askable questions,
 * not the number of stored cards (measured by `test/e2e/dailyQueue.measure.ts`).
 */
export async function loadDailyQueue(request: QueueRequest, database: AppDatabase = defaultDb): Promise<DailyQueue> {
  return database.transaction('r', [database.cards, database.reviews, database.settings, database.lessonProgress], async () => {
    const dayStart = startOfDay(request.now, request.offsetMinutes);
    const [{ due, known }, introducedToday, newPerDay, focus, progress, options] = await Promise.all([
      askableCards(database, request.now + LEARN_AHEAD_MS, request.candidates.map((c) => c.id)),
      database.reviews
        .where('reviewedAt')
        .aboveOrEqual(dayStart)
        .filter((r) => r.state === 0)
        .count(),
      readSetting(SETTING.newPerDay, DEFAULT_NEW_PER_DAY, database),
      readSetting<unknown>(SETTING.focus, null, database),
      database.lessonProgress.toArray(),
      schedulerOptions(database, request.offsetMinutes),
    ]);
    return planToday({
      now: request.now,
      cards: due,
      known,
      candidates: request.candidates,
      progress,
      focus: parseFocus(focus),
      newPerDay: typeof newPerDay === 'number' && Number.isFinite(newPerDay) ? newPerDay : DEFAULT_NEW_PER_DAY,
      introducedToday,
      options,
    });
  });
}

/**
 * Today's queue when nothing is stored yet (a first visit, presence.ts): what `loadDailyQueue` answers on
 * an empty database, worked out without opening it.
 */
export function emptyDailyQueue(request: QueueRequest): DailyQueue {
  return planToday({
    now: request.now,
    cards: [],
    known: new Set(),
    candidates: request.candidates,
    progress: [],
    focus: parseFocus(null),
    newPerDay: DEFAULT_NEW_PER_DAY,
    introducedToday: 0,
    options: schedulerOptionsFrom([], request.offsetMinutes),
  });
}

/**
 * The cards of the questions that can be asked: which ones already have a card, and the rows of those due
 * by `until`. IndexedDB charges mostly per request (about three times a row's cost in Chromium), so the
 * askable ids are read in groups of one prefix (a track, a deck): a group whose key range holds few other
 * cards is read as that range in one request, any other by key, one request each. Cards of nothing askable
 * (a question gone from the bank, a removed deck) are read only when that is cheaper than asking by key;
 * `planToday` leaves them out.
 */
async function askableCards(database: AppDatabase, until: number, askable: readonly string[]): Promise<{ due: StoredCard[]; known: Set<string> }> {
  const reads = await Promise.all(
    keyGroups(askable).map(async (ids) => {
      const lower = ids[0] ?? '';
      const upper = ids[ids.length - 1] ?? '';
      const range = database.cards.where(':id').between(lower, upper, true, true);
      if ((await range.count()) <= RANGE_READ_FACTOR * ids.length) return (await range.toArray()) as StoredCard[];
      return ((await database.cards.bulkGet(ids)) as (StoredCard | undefined)[]).filter((r): r is StoredCard => r !== undefined);
    }),
  );
  const stored = reads.flat();
  return { due: stored.filter((c) => c.due <= until), known: new Set(stored.map((c) => c.questionId)) };
}

/** A range read is chosen while it reads at most this many rows per askable id. */
const RANGE_READ_FACTOR = 2;

/** The ids sorted in key order (strings compare by code unit, as in IndexedDB), cut where their prefix (up to the first `-` or `/`) changes. */
function keyGroups(ids: readonly string[]): string[][] {
  const groups: string[][] = [];
  let prefix: string | undefined;
  for (const id of [...new Set(ids)].sort()) {
    const p = /^[^/-]*/.exec(id)?.[0] ?? '';
    if (p !== prefix) groups.push([]);
    prefix = p;
    groups[groups.length - 1]?.push(id);
  }
  return groups;
}

/** Questions whose latest answer was wrong. */
export async function missedQuestionIds(database: AppDatabase = defaultDb): Promise<string[]> {
  return (await database.cards.where('lastRating').equals(1).primaryKeys()) as string[];
}

export async function readSetting<T>(key: string, fallback: T, database: AppDatabase = defaultDb): Promise<T> {
  const row = await database.settings.get(key);
  return row === undefined ? fallback : (row.value as T);
}

export async function writeSetting(key: string, value: unknown, database: AppDatabase = defaultDb): Promise<void> {
  await database.settings.put({ key, value: value as never });
}

export { SETTING, DEFAULT_NEW_PER_DAY } from './settingKeys';

