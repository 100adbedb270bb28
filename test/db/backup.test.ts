import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, exportBackup, importBackup, parseBackup } from '@/db/backup';
import { createDatabase, type AppDatabase } from '@/db/db';
import { CURRENT_VERSION } from '@/db/schema';

const NOW = new Date('2026-03-01T09:00:00.000Z');
let db: AppDatabase;
let counter = 0;

async function seed(target: AppDatabase): Promise<void> {
  await target.settings.put({ key: 'preferences', value: { language: 'en', theme: 'light' } });
  await target.lessonProgress.bulkPut([
    { lessonId: 'docker/images-containers-dockerfile', status: 'completed', lastVisitedAt: 10, completedAt: 20, scroll: 1 },
    { lessonId: 'ecs/launch-types', status: 'started', lastVisitedAt: 30, scroll: 0.25, place: { locale: 'ko', block: 12, offset: -40 } },
  ]);
  await target.reviews.add({ questionId: 'q1', reviewedAt: 40 });
  await target.diagrams.put({ id: 'd1', name: '<script>alert(1)</script>', updatedAt: 50 });
}

async function snapshot(target: AppDatabase): Promise<unknown> {
  return (await exportBackup(target, NOW)).tables;
}

beforeEach(async () => {
  db = createDatabase(`backup-test-${++counter}`);
  await seed(db);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('export', () => {
  it('writes every table with the format, schema version and database version', async () => {
    const backup = await exportBackup(db, NOW);
    expect(backup).toMatchObject({ format: BACKUP_FORMAT, schemaVersion: 1, dbVersion: CURRENT_VERSION, exportedAt: NOW.toISOString() });
    expect(Object.keys(backup.tables).sort()).toEqual(['cards', 'diagrams', 'exams', 'lessonProgress', 'reviews', 'settings']);
    expect(backup.tables.lessonProgress).toHaveLength(2);
  });
});

describe('round trip', () => {
  it('restores exactly what was exported into an empty database', async () => {
    const text = JSON.stringify(await exportBackup(db, NOW));
    const other = createDatabase(`backup-target-${counter}`);
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(parsed.rowCount).toBe(5);
    await importBackup(other, parsed.backup);
    expect(await snapshot(other)).toEqual(await snapshot(db));
    other.close();
    await Dexie.delete(other.name);
  });

  it('replaces what was there before, rather than merging', async () => {
    const backup = await exportBackup(db, NOW);
    await db.lessonProgress.put({ lessonId: 'iam/roles-and-trust', status: 'started', lastVisitedAt: 99, scroll: 0 });
    await importBackup(db, backup);
    expect(await db.lessonProgress.get('iam/roles-and-trust')).toBeUndefined();
  });
});

describe('bad files are refused with what and where, and change nothing', () => {
  async function expectRefused(text: string, expected: RegExp): Promise<void> {
    const before = await snapshot(db);
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.join('\n')).toMatch(expected);
    expect(await snapshot(db)).toEqual(before);
  }

  it('an empty file', () => expectRefused('   ', /empty/));
  it('a file that is not JSON, with its line and column', () => expectRefused('{\n  "format": nope\n}', /line 2, column 13/));
  it('a truncated file', async () => {
    const full = JSON.stringify(await exportBackup(db, NOW), null, 2);
    await expectRefused(full.slice(0, Math.floor(full.length / 2)), /truncated/);
  });
  it('some other JSON document', () => expectRefused('{"hello":"world"}', /format: expected "container-lab-backup"/));
  it('a row with a wrong field, naming table, index and field', async () => {
    const backup = await exportBackup(db, NOW);
    (backup.tables.lessonProgress[1] as { status: string }).status = 'finished';
    await expectRefused(JSON.stringify(backup), /tables\.lessonProgress\[1\]\.status/);
  });
  it('a reading place that points before the first block', async () => {
    const backup = await exportBackup(db, NOW);
    (backup.tables.lessonProgress[1] as { place: { block: number } }).place.block = -1;
    await expectRefused(JSON.stringify(backup), /tables\.lessonProgress\[1\]\.place\.block/);
  });
  it('an unknown table', async () => {
    const backup = await exportBackup(db, NOW);
    await expectRefused(JSON.stringify({ ...backup, tables: { ...backup.tables, secrets: [] } }), /secrets/);
  });
  it('a backup from a newer version of the app', async () => {
    const backup = await exportBackup(db, NOW);
    await expectRefused(JSON.stringify({ ...backup, dbVersion: CURRENT_VERSION + 1 }), /newer version/);
  });
  it('duplicate primary keys', async () => {
    const backup = await exportBackup(db, NOW);
    backup.tables.lessonProgress.push({ ...backup.tables.lessonProgress[0]! });
    await expectRefused(JSON.stringify(backup), /tables\.lessonProgress\[2\]\.lessonId: duplicate of tables\.lessonProgress\[0\]/);
  });
  it('a prototype-pollution attempt, without polluting anything', async () => {
    const backup = await exportBackup(db, NOW);
    const text = JSON.stringify(backup).replace('"format"', '"__proto__":{"polluted":true},"format"');
    await expectRefused(text, /forbidden key "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('caps a long list of problems', async () => {
    const backup = await exportBackup(db, NOW);
    const rows = Array.from({ length: 40 }, (_, i) => ({ lessonId: `x/${i}`, status: 'bad', lastVisitedAt: 1, scroll: 0 }));
    const parsed = parseBackup(JSON.stringify({ ...backup, tables: { ...backup.tables, lessonProgress: rows } }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.at(-1)).toMatch(/and 20 more problems/);
  });
});

describe('all or nothing', () => {
  it('a failure inside the import transaction leaves the database as it was', async () => {
    const before = await snapshot(db);
    const backup = await exportBackup(db, NOW);
    // Passes validation (no id), but the second review collides with the first inside the transaction.
    backup.tables.reviews = [{ id: 7, questionId: 'a', reviewedAt: 1 }, { id: 7, questionId: 'b', reviewedAt: 2 }].map((r, i) =>
      i === 0 ? r : { ...r },
    );
    const forced = { ...backup, tables: { ...backup.tables } };
    await expect(importBackup(db, forced)).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });
});
