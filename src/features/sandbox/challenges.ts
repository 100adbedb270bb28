import { challengeSchema, type Challenge } from '@/content/challengeSchema';

const files = import.meta.glob<unknown>('/content/challenges/*.json', { eager: true, import: 'default' });

/** Every sandbox challenge, validated (the content tests keep them valid), ordered by title. */
export const CHALLENGES: readonly Challenge[] = Object.values(files)
  .map((raw) => challengeSchema.safeParse(raw))
  .flatMap((r) => (r.success ? [r.data] : []))
  .sort((a, b) => a.title.localeCompare(b.title));

export function findChallenge(id: string | null | undefined): Challenge | undefined {
  return id ? CHALLENGES.find((c) => c.id === id) : undefined;
}

/** The diagram a challenge starts from: its starting nodes and no connections. */
export function startingDiagram(c: Challenge) {
  return { schemaVersion: 1 as const, nodes: structuredClone(c.startingNodes), edges: [] };
}
