import type { DiagramRow } from '@/db/rows';
import type { Diagram } from '@/content/diagramSchema';

/**
 * Saved diagrams in the app's database. The database and the diagram schema are loaded when a diagram is
 * first read or written, not with the sandbox: a challenge opened from a lesson shows before either.
 */
export interface SavedDiagram extends DiagramRow {
  diagram: Diagram;
  challengeId?: string;
}

const database = async () => (await import('@/db/db')).db;

export function newDiagramId(): string {
  return `d-${Date.now().toString(36)}-${crypto.randomUUID().slice(0, 8)}`;
}

/** Reads a saved row, refusing (with undefined) one whose diagram no longer validates. */
export async function readSaved(row: DiagramRow | undefined): Promise<SavedDiagram | undefined> {
  if (!row) return undefined;
  const { validateDiagram } = await import('@/content/diagramSchema');
  const { diagram } = validateDiagram('saved', (row as { diagram?: unknown }).diagram);
  if (!diagram) return undefined;
  const challengeId = (row as { challengeId?: unknown }).challengeId;
  return { id: row.id, name: row.name, updatedAt: row.updatedAt, diagram, ...(typeof challengeId === 'string' ? { challengeId } : {}) };
}

/** Writes a whole saved diagram: its name, challenge and diagram as they are now. */
export async function saveDiagram(row: SavedDiagram): Promise<void> {
  await (await database()).diagrams.put({ ...row, name: row.name.slice(0, 200) });
}

export async function latestDiagram(): Promise<SavedDiagram | undefined> {
  const rows = await (await database()).diagrams.orderBy('updatedAt').reverse().toArray();
  for (const r of rows) {
    const saved = await readSaved(r);
    if (saved) return saved;
  }
  return undefined;
}

export async function openDiagram(id: string): Promise<SavedDiagram | undefined> {
  return readSaved(await (await database()).diagrams.get(id));
}

export async function listDiagrams(): Promise<DiagramRow[]> {
  return (await database()).diagrams.orderBy('updatedAt').reverse().toArray();
}

export async function deleteDiagram(id: string): Promise<void> {
  await (await database()).diagrams.delete(id);
}
