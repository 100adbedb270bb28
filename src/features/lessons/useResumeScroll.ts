/**
 * Restores the reading position of a lesson exactly, and keeps it up to date while the learner scrolls.
 *
 * The position is stored as a place in the text — the block of the lesson body at the top of the
 * viewport and how far into it the viewport starts — rather than a fraction of the page height: the
 * page's height changes as widgets mount and load, a block does not move relative to its own top.
 */
import { useEffect, useRef } from 'react';
import type { ReadingPlace } from '@/db/lessonProgress';
import { holdPosition, topOf } from './holdPosition';
import { writeScroll } from './progressWrites';

/** The blocks a reading place can point at: each top-level element of the body, then the footer. */
function blocksOf(article: Element): Element[] {
  return [...article.querySelectorAll(':scope .prose > *, :scope > .lesson-footer')];
}

function scrollFraction(): number {
  const max = document.documentElement.scrollHeight - window.innerHeight;
  return max > 0 ? window.scrollY / max : 0;
}

/** The first block still (partly) on screen below the top of the viewport, and how much of it is above. */
export function readingPlace(article: Element, locale: string): ReadingPlace | undefined {
  const blocks = blocksOf(article);
  for (const [block, el] of blocks.entries()) {
    const rect = el.getBoundingClientRect();
    if (rect.bottom > 0 && rect.height > 0) return { locale, block, offset: Math.round(-rect.top) };
  }
  return undefined;
}

/** The element named by the address's #fragment, when it is inside the lesson. */
function fragmentTarget(article: Element): Element | null {
  const hash = window.location.hash.slice(1);
  if (!hash) return null;
  let id = hash;
  try {
    id = decodeURIComponent(hash);
  } catch {
    // keep the raw fragment
  }
  const el = document.getElementById(id);
  return el && article.contains(el) ? el : null;
}

interface Saved {
  scroll: number;
  place?: ReadingPlace | undefined;
}

/**
 * Once the lesson body has rendered (`ready`), scrolls to the #fragment of the address, or else to the
 * saved place (when it was saved in the language shown now) or fraction, and holds it there while the
 * widgets above it load. Then records the place as the learner scrolls (at most a few writes a second).
 */
export function useResumeScroll(lessonId: string, locale: string, article: () => Element | null, ready: boolean, saved: Saved | null | undefined): void {
  const restored = useRef<string | null>(null);
  const key = `${lessonId} ${locale}`;
  useEffect(() => {
    const root = article();
    if (!ready || !root || restored.current === key) return;
    restored.current = key;
    const fragment = fragmentTarget(root);
    if (fragment) {
      holdPosition(() => (fragment.isConnected ? topOf(fragment) : null), root);
      return;
    }
    if (!saved) return;
    const place = saved.place;
    if (place && place.locale === locale) {
      holdPosition(() => {
        const el = blocksOf(root)[place.block];
        return el?.isConnected ? topOf(el, -place.offset) : null;
      }, root);
    } else if (saved.scroll > 0.02) {
      holdPosition(() => saved.scroll * (document.documentElement.scrollHeight - window.innerHeight), root);
    }
  }, [key, locale, ready, saved, article]);

  useEffect(() => {
    if (!ready) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        const root = article();
        if (root) writeScroll(lessonId, scrollFraction(), readingPlace(root, locale));
      }, 300);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      if (timer) clearTimeout(timer);
    };
  }, [lessonId, locale, ready, article]);
}
