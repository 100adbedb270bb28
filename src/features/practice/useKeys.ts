import { useEffect, useRef } from 'react';

export interface KeyActions {
  choose?: (index: number) => void;
  enter?: () => void;
  guessed?: () => void;
  undo?: () => void;
  flag?: () => void;
}

const LETTERS = 'abcdef';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['radio', 'checkbox'].includes(target.type);
}

/**
 * The practice keys: 1–6 or A–F choose an option, Enter checks or moves on, G marks a guess, U undoes,
 * F flags. On the whole document (practice screens, `scope` undefined) or only while focus is inside the
 * `scope` element (an embedded quiz, so a lesson's other quizzes and keys keep working); a scope still
 * null (not yet rendered) listens nowhere until it is there.
 */
export function usePracticeKeys(actions: KeyActions, scope?: HTMLElement | null): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    if (scope === null) return;
    const target: HTMLElement | Document = scope ?? document;
    const onKey = (event: Event) => {
      const e = event as KeyboardEvent;
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const a = latest.current;
      const key = e.key.toLowerCase();
      const digit = /^[1-6]$/.test(key) ? Number(key) - 1 : -1;
      const letter = key.length === 1 ? LETTERS.indexOf(key) : -1;
      if (key === 'enter') {
        if (e.target instanceof HTMLButtonElement || e.target instanceof HTMLAnchorElement || (e.target instanceof HTMLElement && e.target.tagName === 'SUMMARY')) return;
        if (!a.enter) return;
        e.preventDefault();
        a.enter();
      } else if (key === 'g' && a.guessed) {
        e.preventDefault();
        a.guessed();
      } else if (key === 'u' && a.undo) {
        e.preventDefault();
        a.undo();
      } else if (key === 'f' && a.flag) {
        e.preventDefault();
        a.flag();
      } else if ((digit >= 0 || letter >= 0) && a.choose) {
        e.preventDefault();
        a.choose(digit >= 0 ? digit : letter);
      }
    };
    target.addEventListener('keydown', onKey);
    return () => target.removeEventListener('keydown', onKey);
  }, [scope]);
}
