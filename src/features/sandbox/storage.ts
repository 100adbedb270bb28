import { db } from '@/db/db';
import type { DiagramRow } from '@/db/rows';
import { validateDiagram, type Diagram } from '@/content/diagramSchema';

/** A saved diagram: the diagram file format plus its name and, in challenge mode, the challenge. */
export interface SavedDiagram extends DiagramRow {
  diagram: Diagram;
  challengeId?: string;
}

export function newDiagramId(): string {
  return `d-${Date.now().toString(36)}-${crypto.randomUUID().slice(0, 8)}`;
}

/** Reads a saved row, refusing (with undefined) one whose diagram no longer validates. */
export function readSaved(row: DiagramRow | undefined): SavedDiagram | undefined {
  if (!row) return undefined;
  const { diagram } = validateDiagram('saved', (row as { diagram?: unknown }).diagram);
  if (!diagram) return undefined;
  const challengeId = (row as { challengeId?: unknown }).challengeId;
  return { id: row.id, name: row.name, updatedAt: row.updatedAt, diagram, ...(typeof challengeId === 'string' ? { challengeId } : {}) };
}

export async function saveDiagram(row: SavedDiagram): Promise<void> {
  await db.diagrams.put(row);
}

/** Writes a changed diagram into its saved row (leaving the name and challenge as they are). */
export async function updateDiagram(id: string, diagram: Diagram): Promise<void> {
  await db.diagrams.update(id, { diagram, updatedAt: Date.now() } as Partial<SavedDiagram>);
}

export async function latestDiagram(): Promise<SavedDiagram | undefined> {
  const rows = await db.diagrams.orderBy('updatedAt').reverse().toArray();
  for (const r of rows) {
    const saved = readSaved(r);
    if (saved) return saved;
  }
  return undefined;
}

export async function openDiagram(id: string): Promise<SavedDiagram | undefined> {
  return readSaved(await db.diagrams.get(id));
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
