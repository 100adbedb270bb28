import { z } from 'zod';
import { findJsonSyntaxError } from '@/content/jsonSyntax';
import { bracketPath, findUntrusted } from '@/content/untrusted';
import type { AppDatabase } from './db';
import { TABLE_NAMES, tableRows, type TableName } from './rows';
import { CURRENT_VERSION } from './schema';

export const BACKUP_FORMAT = 'container-lab-backup';
export const BACKUP_SCHEMA_VERSION = 1;
/** Files above this size are refused before they are read. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
const MAX_PROBLEMS = 20;

const PRIMARY_KEY: Record<TableName, string> = {
  settings: 'key',
  lessonProgress: 'lessonId',
  cards: 'questionId',
  reviews: 'id',
  exams: 'id',
  diagrams: 'id',
};

const tablesSchema = z.strictObject(
  Object.fromEntries(TABLE_NAMES.map((name) => [name, z.array(tableRows[name]).max(500_000).default([])])) as {
    [K in TableName]: z.ZodDefault<z.ZodArray<(typeof tableRows)[K]>>;
  },
);

const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT, { error: `expected "${BACKUP_FORMAT}"; this is not a Container Lab backup` }),
  schemaVersion: z.literal(BACKUP_SCHEMA_VERSION, { error: `expected ${BACKUP_SCHEMA_VERSION}` }),
  dbVersion: z
    .int()
    .min(1)
    .max(CURRENT_VERSION, { error: `this backup was made by a newer version of Container Lab (database version above ${CURRENT_VERSION})` }),
  exportedAt: z.iso.datetime(),
  tables: tablesSchema,
});

export type Backup = z.infer<typeof backupSchema>;

export type ParsedBackup =
  | { ok: true; backup: Backup; rowCount: number }
  | { ok: false; problems: string[] };

/** Everything in the database as one backup document. */
export async function exportBackup(db: AppDatabase, now: Date): Promise<Backup> {
  return db.transaction('r', TABLE_NAMES.map((n) => db.table(n)), async () => {
    const tables = {} as Record<TableName, unknown[]>;
    for (const name of TABLE_NAMES) tables[name] = await db.table(name).toArray();
    return {
      format: BACKUP_FORMAT,
      schemaVersion: BACKUP_SCHEMA_VERSION,
      dbVersion: CURRENT_VERSION,
      exportedAt: now.toISOString(),
      tables: tables as Backup['tables'],
    } as Backup;
  });
}

export function backupFileName(now: Date): string {
  return `container-lab-backup-${now.toISOString().slice(0, 10)}.json`;
}

function jsonProblem(text: string): string {
  const error = findJsonSyntaxError(text);
  if (!error) return 'not valid JSON';
  if (error.truncated) return 'the file ends too early: it looks truncated';
  return `not valid JSON at line ${error.line}, column ${error.column}: ${error.message}`;
}

/**
 * Reads and validates a backup file's text. Never throws: every problem is returned as a message that
 * says what is wrong and where (`tables.lessonProgress[2].status: …`).
 */
export function parseBackup(text: string): ParsedBackup {
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, problems: [`the file is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB`] };
  if (!text.trim()) return { ok: false, problems: ['the file is empty'] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problems: [jsonProblem(text)] };
  }
  // A backup may hold custom decks, whose texts can be long; nothing in it is nested deeply.
  const hostile = findUntrusted(raw, { depth: 32, stringLength: 1_000_000 });
  if (hostile) return { ok: false, problems: [`${bracketPath(hostile.path)}: ${hostile.message}`] };
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) {
    const all = parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
    return { ok: false, problems: capProblems(all) };
  }
  const problems = duplicateKeys(parsed.data);
  if (problems.length) return { ok: false, problems: capProblems(problems) };
  const rowCount = TABLE_NAMES.reduce((sum, n) => sum + parsed.data.tables[n].length, 0);
  return { ok: true, backup: parsed.data, rowCount };
}

function formatPath(path: PropertyKey[]): string {
  return bracketPath(path.map((p) => (typeof p === 'number' ? p : String(p))));
}

function capProblems(problems: string[]): string[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), `…and ${problems.length - MAX_PROBLEMS} more problems`];
}

function duplicateKeys(backup: Backup): string[] {
  const problems: string[] = [];
  for (const name of TABLE_NAMES) {
    const key = PRIMARY_KEY[name];
    const seen = new Map<unknown, number>();
    backup.tables[name].forEach((row, index) => {
      const value = (row as Record<string, unknown>)[key];
      if (value === undefined) return;
      const first = seen.get(value);
      if (first !== undefined) problems.push(`tables.${name}[${index}].${key}: duplicate of tables.${name}[${first}]`);
      else seen.set(value, index);
    });
  }
  return problems;
}

/**
 * Replaces the whole database with the backup, in one transaction: if anything fails, nothing changes.
 */
export async function importBackup(db: AppDatabase, backup: Backup): Promise<void> {
  await db.transaction('rw', TABLE_NAMES.map((n) => db.table(n)), async () => {
    for (const name of TABLE_NAMES) await db.table(name).clear();
    for (const name of TABLE_NAMES) await db.table(name).bulkAdd(backup.tables[name]);
  });
}
