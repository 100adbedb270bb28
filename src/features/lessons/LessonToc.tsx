/**
 * A lesson's table of contents: its h2 and h3 headings as links. Beside the text on wide screens
 * (sticky), a collapsed disclosure at the top on phones. The section being read is marked as the
 * current location while the learner scrolls.
 */
import { useEffect, useId, useState, type MouseEvent } from 'react';
import type { TocEntry } from '@/content/rehypeLessonToc';
import { useT } from '@/ui/i18n';
import { holdPosition, topOf } from './holdPosition';

/** A heading counts as "being read" once its top passes this fraction of the viewport's height. */
const READING_LINE = 0.35;

/**
 * The id of the last heading whose top has passed the reading line, kept live with an
 * IntersectionObserver whose root reaches far above the viewport and stops at the reading line, so
 * "intersecting" means "above the line" and a jump of any length reports every heading it crossed.
 */
export function useCurrentHeading(ids: readonly string[]): string | undefined {
  const [current, setCurrent] = useState<string>();
  const key = ids.join('\n');
  useEffect(() => {
    if (typeof IntersectionObserver !== 'function') return;
    const order = key.split('\n');
    const above = new Set<string>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) above.add(entry.target.id);
          else above.delete(entry.target.id);
        }
        setCurrent(order.findLast((id) => above.has(id)));
      },
      { rootMargin: `100000px 0px -${Math.round((1 - READING_LINE) * 100)}% 0px` },
    );
    for (const id of order) {
      const heading = document.getElementById(id);
      if (heading) observer.observe(heading);
    }
    return () => observer.disconnect();
  }, [key]);
  return current;
}

/** How far below the top of the viewport a heading lands after a jump (room for a sticky header). */
function landingOffset(): number {
  const value = getComputedStyle(document.documentElement).getPropertyValue('--sticky-top');
  return (Number.parseFloat(value) || 0) + 8;
}

/** Scrolls a heading to the top, keeps it there while widgets above it load, and moves focus to it. */
export function goToHeading(id: string, root: Element): boolean {
  const heading = document.getElementById(id);
  if (!heading) return false;
  holdPosition(() => (heading.isConnected ? topOf(heading, landingOffset()) : null), root);
  // The heading takes focus, so the next Tab continues from the section and a screen reader reads it.
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
  return true;
}

export function LessonToc({ entries, root, beforeJump }: { entries: readonly TocEntry[]; root: () => Element | null; beforeJump?: () => void }) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const current = useCurrentHeading(entries.map((e) => e.id));
  if (entries.length === 0) return null;

  const follow = (e: MouseEvent<HTMLAnchorElement>, target: string) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const container = root();
    // The whole text is laid out first, so the heading is where it will stay.
    beforeJump?.();
    if (!container || !goToHeading(target, container)) return;
    e.preventDefault();
    setOpen(false);
  };

  return (
    <nav className="toc" aria-labelledby={`${id}-title`} data-open={open || undefined}>
      <h2 id={`${id}-title`} className="toc-title">
        {t('lesson.toc')}
      </h2>
      <button type="button" className="toc-toggle" aria-expanded={open} aria-controls={`${id}-list`} onClick={() => setOpen(!open)}>
        <span>{t('lesson.toc')}</span>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" className="toc-chevron">
          <path d="m6 9 6 6 6-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
      <ol id={`${id}-list`} className="toc-list">
        {entries.map((entry) => (
          <li key={entry.id} className={`toc-depth-${entry.depth}`}>
            <a href={`#${entry.id}`} aria-current={current === entry.id ? 'location' : undefined} onClick={(e) => follow(e, entry.id)}>
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
