/**
 * The order of a practice session, relearning included: a question answered wrong is put back a few
 * places later, and keeps coming back until it is answered right or the session ends. Each place in the
 * queue has its own key, so an undo can take back exactly the copy its answer added.
 */
export interface QueueItem {
  cardId: string;
  /** Unique within the session. */
  key: number;
  /** Put back after a wrong answer (relearning), rather than part of the queue as it was built. */
  again: boolean;
}

/** How many other questions come between a wrong answer and the same question again. */
export const RELEARN_GAP = 3;

/** Queue items for `ids`, keyed from `firstKey` on. */
export function toItems(ids: readonly string[], firstKey: number): QueueItem[] {
  return ids.map((cardId, i) => ({ cardId, key: firstKey + i, again: false }));
}

/**
 * The queue with the question at `index` put back `gap` places later (or last, when fewer remain),
 * under `key`.
 */
export function putBack(queue: readonly QueueItem[], index: number, key: number, gap = RELEARN_GAP): QueueItem[] {
  const item = queue[index];
  if (!item) return [...queue];
  const at = Math.min(index + 1 + gap, queue.length);
  return [...queue.slice(0, at), { cardId: item.cardId, key, again: true }, ...queue.slice(at)];
}

/** The queue without the place keyed `key` (an undone answer's copy). */
export function withoutKey(queue: readonly QueueItem[], key: number | undefined): QueueItem[] {
  return key === undefined ? [...queue] : queue.filter((i) => i.key !== key);
}

/** Questions put back after a wrong answer that are still ahead of `index`. */
export function comingBack(queue: readonly QueueItem[], index: number): number {
  return queue.slice(index + 1).filter((i) => i.again).length;
}

/** How many times the question at `index` was already asked earlier in the queue. */
export function repeatsBefore(queue: readonly QueueItem[], index: number): number {
  const id = queue[index]?.cardId;
  return id === undefined ? 0 : queue.slice(0, index).filter((i) => i.cardId === id).length;
}
