import { useLayoutEffect } from 'react';

/**
 * While mounted, marks the page as a focused view (`<html data-focus="exam">`); the shell's stylesheet
 * hides the app's header and navigation for it, so a running exam has the screen to itself. The mark
 * goes when the view unmounts (the exam is submitted or the learner leaves).
 */
export function useFocusedView(name: string): void {
  // Before paint, so the header never flashes in and out.
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.dataset.focus = name;
    return () => {
      if (root.dataset.focus === name) delete root.dataset.focus;
    };
  }, [name]);
}
