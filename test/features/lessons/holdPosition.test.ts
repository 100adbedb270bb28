import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdPosition } from '@/features/lessons/holdPosition';

// The page's geometry, as the browser would report it: where the target is in the document, and
// where the window is scrolled to.
let targetTop = 0;
let scrollY = 0;
const scrollTo = vi.fn((options: ScrollToOptions) => {
  scrollY = options.top ?? scrollY;
});

beforeEach(() => {
  targetTop = 5_000;
  scrollY = 0;
  scrollTo.mockClear();
  Object.defineProperty(window, 'scrollY', { configurable: true, get: () => scrollY });
  Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, get: () => 100_000 });
  vi.spyOn(window, 'scrollTo').mockImplementation(scrollTo as unknown as typeof window.scrollTo);
});
afterEach(() => vi.restoreAllMocks());

const scrolled = (y: number) => {
  scrollY = y;
  window.dispatchEvent(new Event('scroll'));
};

describe('holding a reading position', () => {
  it('scrolls to the target, and again when the text above it is laid out and moves it', () => {
    const release = holdPosition(() => targetTop, document.body);
    expect(scrollY).toBe(5_000);
    // Text above the target took its real height before the scroll event was handled: the target is
    // now 300 px lower, and the window stayed where it was.
    targetTop = 5_300;
    scrolled(5_000);
    expect(scrollY).toBe(5_300);
    release();
  });

  it('lets go when something else scrolls the page away while the target stays where it was', () => {
    holdPosition(() => targetTop, document.body);
    scrolled(9_000);
    scrollTo.mockClear();
    // Released: a later move of the target no longer scrolls the page.
    targetTop = 5_600;
    scrolled(9_000);
    expect(scrollTo).not.toHaveBeenCalled();
    expect(scrollY).toBe(9_000);
  });
});
