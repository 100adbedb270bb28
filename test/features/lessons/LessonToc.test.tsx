import { readFileSync } from 'node:fs';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/app/App';
import { loadLessonBody } from '@/content/lessonBodies';
import { db } from '@/db/db';
import { preferencesStore } from '@/ui/preferences';

vi.mock('@/app/UpdatePrompt', () => ({ default: () => null }));

const PATH = '/learn/fargate/serverless-containers';

/** The h2/h3 headings of a lesson file as its author wrote them (outside code fences). */
function headingsOf(file: string): { depth: number; text: string }[] {
  let fenced = false;
  const out: { depth: number; text: string }[] = [];
  for (const line of readFileSync(`content/lessons/${file}`, 'utf8').split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const m = !fenced && /^(#{2,3}) (.+)$/.exec(line);
    if (m) out.push({ depth: m[1]!.length, text: m[2]!.replace(/`/g, '').trim() });
  }
  return out;
}

/**
 * jsdom has no IntersectionObserver: this one records what is observed, so a test can say which
 * headings have passed the reading line. Widgets (which also wait for it) stay unmounted.
 */
class FakeObserver {
  static all: FakeObserver[] = [];
  readonly targets = new Set<Element>();
  constructor(
    readonly callback: IntersectionObserverCallback,
    readonly options: IntersectionObserverInit = {},
  ) {
    FakeObserver.all.push(this);
  }
  observe(el: Element) {
    this.targets.add(el);
  }
  unobserve(el: Element) {
    this.targets.delete(el);
  }
  disconnect() {
    this.targets.clear();
  }
  takeRecords() {
    return [];
  }
}

/** Reports that these headings are above (true) or below (false) the reading line. */
function passReadingLine(changes: [Element, boolean][]) {
  const observer = FakeObserver.all.find((o) => changes.every(([el]) => o.targets.has(el)));
  if (!observer) throw new Error('no observer watches these headings');
  const entries = changes.map(([target, isIntersecting]) => ({ target, isIntersecting }) as IntersectionObserverEntry);
  act(() => observer.callback(entries, observer as unknown as IntersectionObserver));
}

// The first render of a lesson compiles its MDX; do that once, before the clock of any test starts.
beforeAll(async () => {
  await Promise.all(['fargate/01-serverless-containers.mdx', 'fargate/01-serverless-containers.ko.mdx'].map((file) => loadLessonBody({ file })));
}, 60_000);

beforeEach(async () => {
  FakeObserver.all = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  await db.lessonProgress.clear();
  preferencesStore.setState({ language: 'en', theme: 'light' });
  window.history.replaceState(null, '', PATH);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a lesson’s table of contents', () => {
  it('lists every h2 and h3 of the lesson, in order, each linking to its heading', async () => {
    render(<App />);
    const toc = await screen.findByRole('navigation', { name: 'On this page' });
    const links = within(toc).getAllByRole('link');
    const expected = headingsOf('fargate/01-serverless-containers.mdx');
    expect(links.map((a) => a.textContent)).toEqual(expected.map((h) => h.text));
    for (const [i, link] of links.entries()) {
      const heading = document.getElementById(decodeURIComponent(link.getAttribute('href')!.slice(1)));
      expect(heading?.tagName).toBe(`H${expected[i]!.depth}`);
      expect(heading?.textContent).toBe(expected[i]!.text);
      expect(screen.getByRole('article')).toContainElement(heading);
    }
  });

  it('speaks Korean with the Korean lesson', async () => {
    preferencesStore.setState({ language: 'ko' });
    render(<App />);
    const toc = await screen.findByRole('navigation', { name: '이 페이지의 내용' });
    expect(within(toc).getAllByRole('link').map((a) => a.textContent)).toEqual(headingsOf('fargate/01-serverless-containers.ko.mdx').map((h) => h.text));
    expect(within(toc).getByRole('button', { name: '이 페이지의 내용' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens and closes from its button, which says whether it is open', async () => {
    render(<App />);
    const toc = await screen.findByRole('navigation', { name: 'On this page' });
    const toggle = within(toc).getByRole('button', { name: 'On this page' });
    const list = document.getElementById(toggle.getAttribute('aria-controls')!);
    expect(toc).toContainElement(list);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('moves focus to the heading of the entry followed, by click or by keyboard, and closes', async () => {
    render(<App />);
    const toc = await screen.findByRole('navigation', { name: 'On this page' });
    await userEvent.click(within(toc).getByRole('button'));
    await userEvent.click(within(toc).getByRole('link', { name: 'Storage: four choices' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Storage: four choices' }));
    expect(within(toc).getByRole('button')).toHaveAttribute('aria-expanded', 'false');

    within(toc).getByRole('link', { name: 'Encryption with your own key' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 3, name: 'Encryption with your own key' }));
    // The address does not change: a reload goes back to where the learner was reading, not to this heading.
    expect(window.location.hash).toBe('');
  });

  it('marks the section being read as the current location', async () => {
    render(<App />);
    const toc = await screen.findByRole('navigation', { name: 'On this page' });
    const heading = (name: string) => screen.getByRole('heading', { name });
    const link = (name: string) => within(toc).getByRole('link', { name });
    await waitFor(() => expect(FakeObserver.all.some((o) => o.targets.has(heading('Sizing a task')))).toBe(true));
    expect(within(toc).queryByRole('link', { current: 'location' })).toBeNull();

    passReadingLine([
      [heading('Sizing a task'), true],
      [heading('Platform versions and patching'), true],
    ]);
    expect(link('Platform versions and patching')).toHaveAttribute('aria-current', 'location');
    expect(within(toc).getAllByRole('link', { current: 'location' })).toHaveLength(1);

    // Scrolling back up: the later heading drops below the line again.
    passReadingLine([[heading('Platform versions and patching'), false]]);
    expect(link('Sizing a task')).toHaveAttribute('aria-current', 'location');
  });
});
