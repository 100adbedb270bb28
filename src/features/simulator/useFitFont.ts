import { useLayoutEffect, useRef } from 'react';

export interface FitRange {
  /** Smallest font size in px (the content scrolls inside its box below this). */
  min: number;
  max: number;
  /**
   * Arrangements to try, set as the content's `data-layout` (CSS lays each out differently, e.g.
   * zones side by side or one above the other); the one that allows the largest type wins, the
   * first on a tie.
   */
  layouts?: readonly string[];
}

/**
 * The largest font size, between `min` and `max` (and the arrangement), at which `content` fits
 * inside `box` without scrolling either way. Everything in the content is sized in em, so one size scales the whole of it.
 * It is found again when the box changes size or `key` changes (another scenario, another extent),
 * never on a step of the timeline: the content reserves the room of the whole run, so its size does
 * not change from one event to the next. `null` skips fitting (the content keeps `min`).
 */
export function useFitFont<B extends HTMLElement, C extends HTMLElement>(key: string | null, range: FitRange) {
  const box = useRef<B>(null);
  const content = useRef<C>(null);
  const { min, max } = range;
  const layouts = (range.layouts ?? ['']).join(' ');
  useLayoutEffect(() => {
    const b = box.current;
    const c = content.current;
    if (!b || !c) return;
    const arrangements = layouts.split(' ');
    if (key === null) {
      c.style.fontSize = `${min}px`;
      c.dataset.layout = arrangements[0] ?? '';
      return;
    }
    let frame = 0;
    let lastWidth = -1;
    let lastHeight = -1;
    const fit = () => {
      // The box's own size (a scrollbar coming and going inside it while fitting does not count).
      const width = b.offsetWidth;
      const height = b.offsetHeight;
      if (width === lastWidth && height === lastHeight) return;
      lastWidth = width;
      lastHeight = height;
      const overflow = (px: number) => {
        c.style.fontSize = `${px}px`;
        return Math.max(0, c.scrollHeight - b.clientHeight) + Math.max(0, c.scrollWidth - b.clientWidth);
      };
      const fits = (px: number) => overflow(px) <= 1;
      const largest = () => {
        if (fits(max)) return max;
        // Nothing fits: the arrangement that overflows least wins (scored below zero).
        const least = overflow(min);
        if (least > 1) return -least;
        // Binary search to half a pixel: about seven layouts of the cluster, once per size change.
        let lo = min;
        let hi = max;
        while (hi - lo > 0.5) {
          const mid = (lo + hi) / 2;
          if (fits(mid)) lo = mid;
          else hi = mid;
        }
        return Math.floor(lo * 2) / 2;
      };
      let best = { size: -Infinity, layout: arrangements[0] ?? '' };
      for (const layout of arrangements) {
        c.dataset.layout = layout;
        const size = largest();
        if (size > best.size) best = { size, layout };
        if (size === max) break;
      }
      c.dataset.layout = best.layout;
      c.style.fontSize = `${Math.max(min, best.size)}px`;
    };
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(fit);
    });
    observer.observe(b, { box: 'border-box' });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [key, min, max, layouts]);
  return { box, content };
}
