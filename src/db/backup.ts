import { z } from '@/content/zod';
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

const MAX_ROWS = 500_000;
/** Row checking stops after this many problems: a file of half a million bad rows is refused at once. */
const MAX_ROW_PROBLEMS = 200;

const tablesSchema = z.strictObject(
  Object.fromEntries(TABLE_NAMES.map((name) => [name, z.array(tableRows[name]).max(MAX_ROWS).default([])])) as {
    [K in TableName]: z.ZodDefault<z.ZodArray<(typeof tableRows)[K]>>;
  },
);

/** The fields around the tables, the same in the envelope and the whole backup. */
const header = {
  format: z.literal(BACKUP_FORMAT, { error: `expected "${BACKUP_FORMAT}"; this is not a Container Lab backup` }),
  schemaVersion: z.literal(BACKUP_SCHEMA_VERSION, { error: `expected ${BACKUP_SCHEMA_VERSION}` }),
  dbVersion: z
    .int()
    .min(1)
    .max(CURRENT_VERSION, { error: `this backup was made by a newer version of Container Lab (database version above ${CURRENT_VERSION})` }),
  exportedAt: z.iso.datetime(),
};

/** The envelope with the rows left unchecked: they are checked one by one, stopping early (`checkRows`). */
const envelopeSchema = z.strictObject({
  ...header,
  tables: z.strictObject(Object.fromEntries(TABLE_NAMES.map((name) => [name, z.array(z.unknown()).max(MAX_ROWS).default([])])) as Record<TableName, z.ZodDefault<z.ZodArray<z.ZodUnknown>>>),
});

const backupSchema = z.strictObject({
  ...header,
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
  // The longest texts a backup holds are a custom deck's (20,000 characters at most); nothing is nested deeply.
  const hostile = findUntrusted(raw, { depth: 32, stringLength: 100_000, arrayLength: MAX_ROWS });
  if (hostile) return { ok: false, problems: [`${bracketPath(hostile.path)}: ${hostile.message}`] };
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, problems: capProblems(envelope.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`)) };
  const rows = checkRows(envelope.data.tables);
  if (rows.problems.length) return { ok: false, problems: capProblems(rows.problems, rows.stoppedEarly) };
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: capProblems(parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`)) };
  const problems = duplicateKeys(parsed.data);
  if (problems.length) return { ok: false, problems: capProblems(problems) };
  const rowCount = TABLE_NAMES.reduce((sum, n) => sum + parsed.data.tables[n].length, 0);
  return { ok: true, backup: parsed.data, rowCount };
}

function formatPath(path: PropertyKey[]): string {
  return bracketPath(path.map((p) => (typeof p === 'number' ? p : String(p))));
}

/** Checks every row against its table's shape, stopping once MAX_ROW_PROBLEMS problems are found. */
function checkRows(tables: Record<TableName, unknown[]>): { problems: string[]; stoppedEarly: boolean } {
  const problems: string[] = [];
  for (const name of TABLE_NAMES) {
    const schema = tableRows[name];
    const list = tables[name];
    for (let index = 0; index < list.length; index++) {
      const result = schema.safeParse(list[index]);
      if (result.success) continue;
      for (const issue of result.error.issues) problems.push(`${formatPath(['tables', name, index, ...issue.path])}: ${issue.message}`);
      if (problems.length >= MAX_ROW_PROBLEMS) return { problems, stoppedEarly: index < list.length - 1 || name !== TABLE_NAMES[TABLE_NAMES.length - 1] };
    }
  }
  return { problems, stoppedEarly: false };
}

function capProblems(problems: string[], stoppedEarly = false): string[] {
  if (problems.length <= MAX_PROBLEMS && !stoppedEarly) return problems;
  const more = problems.length - MAX_PROBLEMS;
  return [...problems.slice(0, MAX_PROBLEMS), stoppedEarly ? `…and more problems (checking stopped after ${problems.length})` : `…and ${more} more problems`];
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
