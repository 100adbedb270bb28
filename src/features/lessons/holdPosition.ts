/**
 * Keeps an element at a chosen place in the viewport while the page around it is still settling.
 *
 * Lesson widgets mount as they come near the viewport and load their code asynchronously, so the
 * height of the text above a reading position changes for a while after a reload or a jump. One
 * `scrollTo` lands in the wrong place; holding re-applies the position whenever the lesson's size
 * changes, and lets go as soon as the learner (or anything else) scrolls elsewhere, types or touches,
 * or once nothing has moved for a while.
 */

/** Where the page should be scrolled to, or null when the target is gone. */
export type ScrollTarget = () => number | null;

const USER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
/** Nothing moved for this long: the page has settled. */
const QUIET_MS = 4000;
/** Never hold longer than this, whatever keeps moving. */
const MAX_MS = 20_000;
/** A scroll that ends farther than this from the target was not ours. */
const FOREIGN_PX = 8;

let releaseCurrent: (() => void) | undefined;

/** Scrolls so that `target()` is the scroll position, and keeps it so until the page settles. */
export function holdPosition(target: ScrollTarget, root: Element): () => void {
  releaseCurrent?.();
  /** The target, within what the page can scroll to now. */
  const wanted = (): number | null => {
    const top = target();
    if (top === null) return null;
    const max = document.documentElement.scrollHeight - window.innerHeight;
    return Math.max(0, Math.min(max, Math.round(top)));
  };
  /** Where the target was when the page was last scrolled to it. */
  let applied: number | null = null;
  const apply = () => {
    const top = wanted();
    applied = top;
    if (top !== null && Math.abs(window.scrollY - top) > 1) window.scrollTo({ top, behavior: 'instant' });
  };
  // A scroll that leaves the target behind came from elsewhere (a scrollbar, a link, another
  // component): whoever scrolled decides now. The browser's own scroll anchoring keeps the target put.
  // When the target itself has moved since (the text above it was laid out meanwhile), the page moved,
  // not the reader: scroll to it again.
  const onScroll = () => {
    const top = wanted();
    if (top !== null && applied !== null && Math.abs(top - applied) > FOREIGN_PX) apply();
    else if (top === null || Math.abs(window.scrollY - top) > FOREIGN_PX) release();
  };
  let quiet: ReturnType<typeof setTimeout> | undefined;
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => {
    apply();
    restartQuiet();
  }) : undefined;
  const release = () => {
    observer?.disconnect();
    clearTimeout(quiet);
    clearTimeout(cap);
    for (const type of USER_INPUT) window.removeEventListener(type, release, true);
    window.removeEventListener('scroll', onScroll);
    if (releaseCurrent === release) releaseCurrent = undefined;
  };
  function restartQuiet() {
    clearTimeout(quiet);
    quiet = setTimeout(release, QUIET_MS);
  }
  const cap = setTimeout(release, MAX_MS);
  for (const type of USER_INPUT) window.addEventListener(type, release, { capture: true, passive: true });
  observer?.observe(root);
  apply();
  window.addEventListener('scroll', onScroll, { passive: true });
  restartQuiet();
  releaseCurrent = release;
  return release;
}

/** The scroll position that puts the top of `el` at `offset` px below the top of the viewport. */
export function topOf(el: Element, offset = 0): number {
  return window.scrollY + el.getBoundingClientRect().top - offset;
}
