import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { PlaybackStore } from './store';

/** Elements that use these keys themselves: fields, the scrubber and the speed list. */
const OWN_KEYS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/**
 * The simulator's keys, the same on the page, in a lesson's widget and in presenter mode: Space plays
 * or pauses, ← and → step, Home and End go to the first and the last event (and, in presenter mode,
 * Escape leaves). Returns whether the key was used. Fields keep their keys, and Space on a button or a
 * disclosure still presses it.
 */
export function stageKey(store: PlaybackStore, e: Pick<KeyboardEvent, 'key' | 'target'> & Partial<Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey'>>, { presenter = false } = {}): boolean {
  if (e.altKey || e.ctrlKey || e.metaKey) return false;
  const target = e.target as HTMLElement | null;
  const tag = target?.tagName ?? '';
  const s = store.getState();
  if (presenter && e.key === 'Escape') {
    s.setPresenter(false);
    return true;
  }
  if (OWN_KEYS.has(tag) || target?.isContentEditable) return false;
  switch (e.key) {
    case ' ':
    case 'Spacebar':
      if (tag === 'BUTTON' || tag === 'SUMMARY' || tag === 'A') return false;
      s.toggle();
      return true;
    case 'ArrowRight':
      s.step(1);
      return true;
    case 'ArrowLeft':
      s.step(-1);
      return true;
    case 'Home':
      s.seek(0);
      return true;
    case 'End':
      s.seek(s.length);
      return true;
    default:
      return false;
  }
}

/** A keydown handler for the element that holds a simulator (its stage or widget). */
export function stageKeyHandler(store: PlaybackStore) {
  return (e: ReactKeyboardEvent) => {
    if (stageKey(store, e.nativeEvent)) e.preventDefault();
  };
}
