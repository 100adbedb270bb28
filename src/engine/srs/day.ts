/**
 * The learner's calendar day. Apart from the scheduler, so that a screen which only counts by day (home)
 * does not load ts-fsrs.
 */
/** Start of the learner's local day containing `now`; `offsetMinutes` is minutes east of UTC. */
export function startOfDay(now: number, offsetMinutes: number): number {
  const shifted = now + offsetMinutes * 60_000;
  return shifted - (((shifted % 86_400_000) + 86_400_000) % 86_400_000) - offsetMinutes * 60_000;
}

/** The learner's local calendar day of `time`, as YYYY-MM-DD. */
export function dayKey(time: number, offsetMinutes: number): string {
  const local = new Date(time + offsetMinutes * 60_000);
  return local.toISOString().slice(0, 10);
}
