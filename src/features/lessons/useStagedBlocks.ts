import { useCallback, useLayoutEffect, useRef, useState } from 'react';

/** How many of the body's top-level blocks are laid out with the first frame, and how many each later frame adds. */
const FIRST = 12;
const STEP = 12;

/** Runs `fn` after the next frame has been drawn, or after 100 ms in a tab that draws none. */
function afterNextFrame(fn: () => void): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    fn();
  };
  const fallback = setTimeout(run, 100);
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => setTimeout(run, 0)) : undefined;
  if (frame === undefined) setTimeout(run, 0);
  return () => {
    done = true;
    clearTimeout(fallback);
    if (frame !== undefined) cancelAnimationFrame(frame);
  };
}

/**
 * Lays out a long lesson body in steps. When the body with identity `key` has rendered, every top-level
 * block after the first few is hidden before the first paint, and the rest are shown a few blocks per
 * frame. Laying out a whole lesson at once is one long task on a phone; in steps, none is. Nothing
 * above a newly shown block moves.
 *
 * `complete` says when every block is shown. `showAll()` shows the rest at once: a jump to a heading,
 * or to where the learner left off, needs the whole text laid out.
 */
export function useStagedBlocks(container: () => Element | null, key: string | undefined): { complete: boolean; showAll: () => void } {
  const [completeKey, setCompleteKey] = useState<string>();
  const rest = useRef<{ key: string; blocks: HTMLElement[]; stop: () => void }>(undefined);

  /** Shows every block still hidden, at once. */
  const release = useCallback(() => {
    const staged = rest.current;
    if (!staged) return;
    staged.stop();
    for (const block of staged.blocks) block.hidden = false;
    rest.current = undefined;
  }, []);
  const finish = useCallback(
    (k: string) => {
      release();
      setCompleteKey(k);
    },
    [release],
  );

  useLayoutEffect(() => {
    const root = container();
    if (!key || !root) return;
    // Only blocks this hook hides are shown again: a block hidden by its own markup stays hidden.
    const blocks = [...root.children].slice(FIRST).filter((el): el is HTMLElement => el instanceof HTMLElement && !el.hidden);
    if (blocks.length === 0) {
      // A short body is whole already; the footer follows it in the next render.
      queueMicrotask(() => finish(key));
      return;
    }
    for (const block of blocks) block.hidden = true;
    const staged = { key, blocks, stop: () => undefined as void };
    rest.current = staged;
    const step = () => {
      for (const block of staged.blocks.splice(0, STEP)) block.hidden = false;
      if (staged.blocks.length === 0) finish(key);
      else staged.stop = afterNextFrame(step);
    };
    staged.stop = afterNextFrame(step);
    return release;
  }, [container, key, finish, release]);

  const showAll = useCallback(() => {
    if (rest.current) finish(rest.current.key);
  }, [finish]);

  return { complete: key !== undefined && completeKey === key, showAll };
}
