/** What practice has for today, from raw rows (the home screen reads them without loading Dexie). */
export interface PracticeToday {
  due: number;
  newPerDay: number;
  examInProgress?: { exam: string; deadline: number };
}

export function practiceToday(
  cards: readonly { due: number }[],
  exams: readonly { status: string; exam?: string | undefined; deadline?: number | undefined; startedAt: number }[],
  settings: readonly { key: string; value: unknown }[],
  now: number,
): PracticeToday {
  const cap = settings.find((s) => s.key === 'practice.newPerDay')?.value;
  const running = exams.filter((e) => e.status === 'in-progress' && (e.deadline ?? 0) > now).sort((a, b) => b.startedAt - a.startedAt)[0];
  return {
    due: cards.filter((c) => c.due <= now).length,
    newPerDay: typeof cap === 'number' && Number.isFinite(cap) ? cap : 20,
    ...(running ? { examInProgress: { exam: running.exam ?? '', deadline: running.deadline ?? 0 } } : {}),
  };
}
