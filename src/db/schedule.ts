/**
 * The scheduler's options as the learner set them (desired retention, exam date, personal parameters),
 * read from settings rows. `schedulerOptionsFrom` works on plain rows, so a screen that reads IndexedDB
 * without Dexie gets the same options as practice.
 */
import { RETENTION_RANGE, validParameters, type SchedulerOptions } from '@/engine/srs';
import type { AppDatabase } from './db';
import { SETTING } from './settingKeys';

/** Parameters trained on the learner's reviews, with the measures shown before they were applied. */
export interface StoredParameters {
  w: number[];
  trainedAt: number;
  reviews: number;
  /** Log loss and RMSE (bins) on the spaced reviews it was trained on, default then optimized, as shown before applying. */
  defaultLogLoss?: number;
  optimizedLogLoss?: number;
  defaultRmse?: number;
  optimizedRmse?: number;
}

/** `YYYY-MM-DD` → the start of that local day (epoch ms), or undefined for anything else. */
export function examDayStart(date: unknown, offsetMinutes: number): number | undefined {
  if (typeof date !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(utc) ? utc - offsetMinutes * 60_000 : undefined;
}

export function retentionFrom(value: unknown): number {
  return typeof value === 'number' && value >= RETENTION_RANGE.min && value <= RETENTION_RANGE.max ? value : RETENTION_RANGE.default;
}

export function parametersFrom(value: unknown): StoredParameters | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Partial<StoredParameters>;
  const w = Array.isArray(v.w) ? validParameters(v.w) : undefined;
  return w ? ({ ...v, w } as StoredParameters) : undefined;
}

export function schedulerOptionsFrom(settings: readonly { key: string; value: unknown }[], offsetMinutes: number): SchedulerOptions {
  const get = (key: string) => settings.find((s) => s.key === key)?.value;
  const examDay = examDayStart(get(SETTING.examDate), offsetMinutes);
  const parameters = parametersFrom(get(SETTING.parameters));
  return {
    retention: retentionFrom(get(SETTING.retention)),
    ...(examDay !== undefined ? { examDay } : {}),
    ...(parameters ? { parameters: parameters.w } : {}),
  };
}

/** The options from the database (inside the caller's transaction when there is one). */
export async function schedulerOptions(database: AppDatabase, offsetMinutes: number): Promise<SchedulerOptions> {
  const rows = await database.settings.bulkGet([SETTING.retention, SETTING.examDate, SETTING.parameters]);
  return schedulerOptionsFrom(
    rows.flatMap((r) => (r ? [r] : [])),
    offsetMinutes,
  );
}
