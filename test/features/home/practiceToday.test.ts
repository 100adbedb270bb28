import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { practiceCandidates } from '@/content/practiceCandidates';
import { createDatabase, type AppDatabase } from '@/db/db';
import { peekFrom } from '@/db/peek';
import type { SettingRow } from '@/db/rows';
import { loadDailyQueue, recordAnswer } from '@/db/practice';
import { startOfDay } from '@/engine/srs';
import { GENERATOR_CATALOG } from '@/engine/generators/catalog';
import { index as coreIndex } from 'virtual:question-bank';
import { practiceToday } from '@/features/home/practiceToday';

const T0 = Date.UTC(2026, 5, 1, 8, 0);
const MIN = 60_000;
const opened: AppDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('the candidates every plan starts from', () => {
  it('lists the bank in curriculum order, each generator right after its lesson’s questions, custom decks last', () => {
    const deck = { slug: 'mine', questions: [{ id: 'x', track: 'ecs' }] };
    const ids = practiceCandidates([deck]).map((c) => c.id);
    expect(ids).toHaveLength(coreIndex.length + GENERATOR_CATALOG.length + 1);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 3)).toEqual(coreIndex.slice(0, 3).map((q) => q.id));
    expect(ids.at(-1)).toBe('mine/x');
    for (const g of GENERATOR_CATALOG) {
      const at = ids.indexOf(g.id);
      const lessonOfPrevious = coreIndex.find((q) => q.id === ids[at - 1])?.lesson ?? GENERATOR_CATALOG.find((x) => x.id === ids[at - 1])?.lesson;
      expect(lessonOfPrevious).toBe(g.lesson);
      expect(coreIndex.find((q) => q.id === ids[at + 1])?.lesson).not.toBe(g.lesson);
    }
  });
});

describe('home and the practice hub', () => {
  it('show the same counts: home from raw rows, practice through Dexie, both from one plan', async () => {
    const db = createDatabase(`today-${Math.random()}`);
    opened.push(db);
    const first = coreIndex[0]!.id;
    const second = coreIndex[1]!.id;
    await db.settings.bulkPut([
      { key: 'practice.newPerDay', value: 6 },
      { key: 'practice.focus', value: { kind: 'tracks', tracks: ['ecs', 'foundations'] } },
    ]);
    await db.lessonProgress.put({ lessonId: 'ecs/placement', status: 'completed', lastVisitedAt: T0, scroll: 1 });
    const answer = (id: string, outcome: 'wrong' | 'right', now: number) => recordAnswer({ questionId: id, deck: 'core', outcome, chosen: ['a'], timeMs: 1000, mode: 'daily', now, offsetMinutes: 0 }, db);
    await answer(first, 'wrong', T0 - 2 * 86_400_000); // yesterday: due now
    await answer(second, 'wrong', T0); // today: one of the six new questions already introduced
    const now = T0 + 2 * MIN;
    const hub = await loadDailyQueue({ now, offsetMinutes: 0, candidates: practiceCandidates() }, db);
    const rows = {
      cards: await db.cards.toArray(),
      reviewsToday: await peekFrom<{ state?: number }>('reviews', 'reviewedAt', startOfDay(now, 0), db.name),
      exams: [],
      settings: await db.settings.toArray(),
      lessonProgress: await db.lessonProgress.toArray(),
    };
    expect(rows.reviewsToday).toHaveLength(1);
    const home = await practiceToday(rows, now);
    expect(home).toEqual({ due: hub.due.length, fresh: hub.fresh.length });
    expect(hub.due.sort()).toEqual([first, second].sort());
    expect(hub.fresh).toHaveLength(5);
    // The completed ECS lesson's questions come first.
    expect(hub.fresh.every((id) => coreIndex.find((q) => q.id === id)?.lesson === 'ecs/placement' || GENERATOR_CATALOG.some((g) => g.id === id && g.lesson === 'ecs/placement'))).toBe(true);
  });

  it('agree without the index too: a fresh profile, a narrow focus with a large cap, cards not yet due', async () => {
    const profiles: { settings: SettingRow[]; answered?: string[] }[] = [
      { settings: [] },
      { settings: [{ key: 'practice.focus', value: { kind: 'tracks', tracks: ['iam'] } }, { key: 'practice.newPerDay', value: 500 }] },
      { settings: [{ key: 'practice.focus', value: { kind: 'exam', exam: 'SAA-C03' } }, { key: 'practice.newPerDay', value: 1000 }] },
      { settings: [{ key: 'practice.focus', value: { kind: 'tracks', tracks: ['iam'] } }, { key: 'practice.newPerDay', value: 500 }], answered: coreIndex.filter((q) => q.track === 'iam').slice(0, 3).map((q) => q.id) },
    ];
    for (const profile of profiles) {
      const db = createDatabase(`today-${Math.random()}`);
      opened.push(db);
      await db.settings.bulkPut(profile.settings);
      // Answered right two days ago: not due today, no longer new.
      for (const id of profile.answered ?? []) await recordAnswer({ questionId: id, deck: 'core', outcome: 'right', chosen: ['a'], timeMs: 1000, mode: 'daily', now: T0 - 2 * 86_400_000, offsetMinutes: 0 }, db);
      const hub = await loadDailyQueue({ now: T0, offsetMinutes: 0, candidates: practiceCandidates() }, db);
      const rows = { cards: await db.cards.toArray(), reviewsToday: [], exams: [], settings: await db.settings.toArray(), lessonProgress: [] };
      expect(await practiceToday(rows, T0)).toEqual({ due: hub.due.length, fresh: hub.fresh.length });
    }
  });
});
