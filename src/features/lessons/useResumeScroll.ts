import { useEffect, useRef } from 'react';
import { recordLessonScroll } from '@/db/lessonProgress';

function scrollFraction(): number {
  const max = document.documentElement.scrollHeight - window.innerHeight;
  return max > 0 ? window.scrollY / max : 0;
}

/**
 * Restores the reading position once the lesson body has rendered, then keeps it up to date while
 * the learner scrolls (at most a few writes a second).
 */
export function useResumeScroll(lessonId: string, ready: boolean, saved: number | undefined): void {
  const restored = useRef<string | null>(null);
  useEffect(() => {
    if (!ready || saved === undefined || restored.current === lessonId) return;
    restored.current = lessonId;
    if (saved > 0.02) {
      const max = document.documentElement.scrollHeight - window.innerHeight;
      window.scrollTo({ top: saved * max, behavior: 'instant' });
    }
  }, [lessonId, ready, saved]);

  useEffect(() => {
    if (!ready) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        void recordLessonScroll(lessonId, scrollFraction());
      }, 300);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      if (timer) clearTimeout(timer);
    };
  }, [lessonId, ready]);
}
