import { db } from '@/db/db';
import type { DiagramRow } from '@/db/rows';
import { restoreDiagram, type Diagram } from '@/content/diagramSchema';

/** A saved diagram: the diagram file format plus its name and, in challenge mode, the challenge. */
export interface SavedDiagram extends DiagramRow {
  diagram: Diagram;
  challengeId?: string;
}

export function newDiagramId(): string {
  return `d-${Date.now().toString(36)}-${crypto.randomUUID().slice(0, 8)}`;
}

/**
 * What reading a saved row gives: the diagram (upgraded to the current format), or why it cannot be
 * opened. A row from a newer version of the app is never opened, so nothing is ever written over it.
 */
export type SavedRead = { ok: true; saved: SavedDiagram } | { ok: false; row: DiagramRow; newerVersion?: number };

export function readSavedRow(row: DiagramRow): SavedRead {
  const restored = restoreDiagram('saved', (row as { diagram?: unknown }).diagram);
  if (!restored.diagram) return { ok: false, row, ...(restored.newerVersion !== undefined ? { newerVersion: restored.newerVersion } : {}) };
  const challengeId = (row as { challengeId?: unknown }).challengeId;
  return { ok: true, saved: { id: row.id, name: row.name, updatedAt: row.updatedAt, diagram: restored.diagram, ...(typeof challengeId === 'string' ? { challengeId } : {}) } };
}

/** Reads a saved row, refusing (with undefined) one that cannot be opened. */
export function readSaved(row: DiagramRow | undefined): SavedDiagram | undefined {
  if (!row) return undefined;
  const read = readSavedRow(row);
  return read.ok ? read.saved : undefined;
}

export async function saveDiagram(row: SavedDiagram): Promise<void> {
  await db.diagrams.put(row);
}

/** Writes a changed diagram into its saved row (leaving the name and challenge as they are). */
export async function updateDiagram(id: string, diagram: Diagram): Promise<void> {
  await db.diagrams.update(id, { diagram, updatedAt: Date.now() } as Partial<SavedDiagram>);
}

/**
 * The most recently changed diagram that can be opened, and the more recent ones that were made by a
 * newer version of the app (left as they are; the caller says so).
 */
export async function latestDiagram(): Promise<{ saved?: SavedDiagram; newer: DiagramRow[] }> {
  const rows = await db.diagrams.orderBy('updatedAt').reverse().toArray();
  const newer: DiagramRow[] = [];
  for (const r of rows) {
    const read = readSavedRow(r);
    if (read.ok) return { saved: read.saved, newer };
    if (read.newerVersion !== undefined) newer.push(r);
  }
  return { newer };
}

/** One saved diagram by id; undefined when there is no such row. */
export async function openDiagram(id: string): Promise<SavedRead | undefined> {
  const row = await db.diagrams.get(id);
  return row ? readSavedRow(row) : undefined;
}

export async function listDiagrams(): Promise<DiagramRow[]> {
  return db.diagrams.orderBy('updatedAt').reverse().toArray();
}

export async function renameDiagram(id: string, name: string): Promise<void> {
  await db.diagrams.update(id, { name: name.slice(0, 200), updatedAt: Date.now() });
}

export async function deleteDiagram(id: string): Promise<void> {
  await db.diagrams.delete(id);
}
