import type { Challenge } from '@/content/challengeSchema';
import type { Diagram } from '@/content/diagramSchema';
import type { Locale } from '@/content/taxonomy';
import type { Finding } from '@/engine/architecture';
import { index, loaders } from 'virtual:challenge-index';

/**
 * The sandbox challenges: a small index for the picker, and each challenge loaded when it is opened
 * (validated when the app is built, so nothing is parsed here). Once loaded, a challenge is found at once.
 */
export const CHALLENGES: readonly { id: string; title: string; ko?: { title: string } }[] = [...index].sort((a, b) => a.title.localeCompare(b.title));

export const challengeTitle = (c: { title: string; ko?: { title: string } | undefined }, locale: Locale) => (locale === 'ko' && c.ko ? c.ko.title : c.title);

const loaded = new Map<string, Challenge>();
const starting = new Map<string, Record<Locale, Finding[]>>();

/** A challenge already loaded (every challenge an editor has open is). */
export function findChallenge(id: string | null | undefined): Challenge | undefined {
  return id ? loaded.get(id) : undefined;
}

export async function loadChallenge(id: string | null | undefined): Promise<Challenge | undefined> {
  if (!id) return undefined;
  const have = loaded.get(id);
  if (have) return have;
  const load = loaders[id];
  if (!load) return undefined;
  const module = await load();
  loaded.set(id, module.default);
  starting.set(id, module.starting);
  return module.default;
}

/** The findings of a loaded challenge's starting diagram as it first opens (worked out when the app was built). */
export function startingFindings(id: string, locale: Locale): Finding[] | undefined {
  return starting.get(id)?.[locale];
}

/** The diagram a challenge starts from: its starting nodes and no connections. */
export function startingDiagram(c: Challenge): Diagram {
  return { schemaVersion: 1 as const, nodes: structuredClone(c.startingNodes), edges: [] };
}
