import type { DiagramRow } from '@/db/rows';
import { peekTable } from '@/db/peek';
import type { Diagram } from '@/content/diagramSchema';

/**
 * Saved diagrams in the app's database. The database library and the diagram schema are loaded when a
 * diagram is first written or opened, not with the sandbox: a challenge opened from a lesson shows before
 * either, and the latest diagram is found by reading IndexedDB directly (`peekTable`).
 */
export interface SavedDiagram extends DiagramRow {
  diagram: Diagram;
  challengeId?: string;
}

const database = async () => (await import('@/db/db')).db;

export function newDiagramId(): string {
  return `d-${Date.now().toString(36)}-${crypto.randomUUID().slice(0, 8)}`;
}

/**
 * What reading a saved row gives: the diagram (upgraded to the current format), or why it cannot be
 * opened. A row from a newer version of the app is never opened, so nothing is ever written over it.
 */
export type SavedRead = { ok: true; saved: SavedDiagram } | { ok: false; row: DiagramRow; newerVersion?: number };

export async function readSavedRow(row: DiagramRow): Promise<SavedRead> {
  const { restoreDiagram } = await import('@/content/diagramSchema');
  const restored = restoreDiagram('saved', (row as { diagram?: unknown }).diagram);
  if (!restored.diagram) return { ok: false, row, ...(restored.newerVersion !== undefined ? { newerVersion: restored.newerVersion } : {}) };
  const challengeId = (row as { challengeId?: unknown }).challengeId;
  return { ok: true, saved: { id: row.id, name: row.name, updatedAt: row.updatedAt, diagram: restored.diagram, ...(typeof challengeId === 'string' ? { challengeId } : {}) } };
}

/** Reads a saved row, refusing (with undefined) one that cannot be opened. */
export async function readSaved(row: DiagramRow | undefined): Promise<SavedDiagram | undefined> {
  if (!row) return undefined;
  const read = await readSavedRow(row);
  return read.ok ? read.saved : undefined;
}

/** Writes a whole saved diagram: its name, challenge and diagram as they are now. */
export async function saveDiagram(row: SavedDiagram): Promise<void> {
  await (await database()).diagrams.put({ ...row, name: row.name.slice(0, 200) });
}

/**
 * The most recently changed diagram that can be opened, and the more recent ones that were made by a
 * newer version of the app (left as they are; the caller says so).
 */
export async function latestDiagram(): Promise<{ saved?: SavedDiagram; newer: DiagramRow[] }> {
  const rows = (await peekTable<DiagramRow>('diagrams')).sort((a, b) => b.updatedAt - a.updatedAt);
  const newer: DiagramRow[] = [];
  for (const r of rows) {
    const read = await readSavedRow(r);
    if (read.ok) return { saved: read.saved, newer };
    if (read.newerVersion !== undefined) newer.push(r);
  }
  return { newer };
}

/** One saved diagram by id; undefined when there is no such row. */
export async function openDiagram(id: string): Promise<SavedRead | undefined> {
  const row = await (await database()).diagrams.get(id);
  return row ? readSavedRow(row) : undefined;
}

export async function listDiagrams(): Promise<DiagramRow[]> {
  return (await database()).diagrams.orderBy('updatedAt').reverse().toArray();
}

export async function deleteDiagram(id: string): Promise<void> {
  await (await database()).diagrams.delete(id);
}
