import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Holds the place of a lesson widget and mounts it only when it comes within a screen of the viewport,
 * so a lesson loads the code of the widgets the learner reaches, not of all of them. The slot keeps a
 * minimum height while empty and while loading, so the text around it does not move.
 */
export function Deferred({ kind, children }: { kind: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [near]);
  return (
    <div ref={ref} className={`widget-slot widget-${kind}`} data-mounted={near || undefined}>
      {near ? children : null}
    </div>
  );
}
