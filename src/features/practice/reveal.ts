/**
 * Brings a just-shown verdict into view when any of it is hidden: above the top of the screen, or
 * behind the sticky action bar at the bottom. It scrolls to the verdict's top, so the explanations
 * below it follow on screen; when the verdict is already in full view, nothing moves.
 */
export function revealVerdict(verdict: HTMLElement | null): void {
  if (!verdict || typeof verdict.scrollIntoView !== 'function') return;
  const box = verdict.getBoundingClientRect();
  const bar = verdict.closest('.session, .quiz')?.querySelector('.action-bar');
  const bottom = window.innerHeight - (bar ? bar.getBoundingClientRect().height : 0);
  if (box.top < 0 || box.bottom > bottom) verdict.scrollIntoView({ block: 'start' });
}
