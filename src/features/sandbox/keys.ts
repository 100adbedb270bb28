/**
 * Keyboard input as the editor sees it, and the one test every key path uses for "is the user typing?":
 * a shortcut never fires while focus is in a text field, a list box or an editable region.
 */

/** The parts of a keyboard event the shortcuts look at (a DOM KeyboardEvent has them all). */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  repeat?: boolean;
}

/** Input types that take keys for themselves (text entry, arrows on a slider or a radio group). */
const NOT_TYPING = new Set(['checkbox', 'button', 'submit', 'reset', 'file', 'image', 'color']);

/** Whether keys pressed at `target` belong to a field (text, number, select, contenteditable). */
export function isTyping(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  if (el.closest('.nokey')) return true;
  if (el.isContentEditable) return true;
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !NOT_TYPING.has((el as HTMLInputElement).type);
  return false;
}

/** Where focus is for a shortcut: in a field, on the canvas (or nowhere in particular), or in a panel. */
export type FocusZone = 'typing' | 'canvas' | 'panel';

export function focusZone(target: EventTarget | null): FocusZone {
  if (isTyping(target)) return 'typing';
  if (!target || typeof (target as Element).closest !== 'function') return 'canvas';
  const el = target as Element;
  if (el === document.body || el === document.documentElement) return 'canvas';
  return el.closest('.sb-canvas, .sb-toolbar, .sb-editor-keys') ? 'canvas' : 'panel';
}

/** Ctrl on Windows and Linux, ⌘ on a Mac: either counts. */
export const mod = (e: KeyLike) => e.ctrlKey || e.metaKey;
