import { readFileSync } from 'node:fs';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ComponentType } from 'react';
import { readLessonFiles } from '@/content/lessonIndexPlugin';
import { lessonReferences } from '@/content/lessonReferences';
import { figureCatalogue, type FigureId } from '@/features/figures/catalogue';
import { FigureContext, type FigureState } from '@/features/figures/context';
import { Figure, FRAME_MS } from '@/features/figures/Figure';
import { remarkFigures } from '@/features/figures/remarkFigures';
import { figureTexts } from '@/features/figures/texts';

const ids = Object.keys(figureCatalogue) as FigureId[];
const bodies = new Map<FigureId, ComponentType>();
beforeAll(async () => {
  for (const id of ids) bodies.set(id, (await figureCatalogue[id].load()).default);
});
afterEach(() => {
  delete document.documentElement.dataset.theme;
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the figures lessons use', () => {
  const files = readLessonFiles('content/lessons');
  const used = new Set(Object.values(files).flatMap((text) => lessonReferences(text).figures));

  it('exist in the catalogue, with words in both languages', () => {
    expect([...used].filter((id) => !(id in figureCatalogue))).toEqual([]);
    expect(Object.keys(figureTexts).sort()).toEqual([...ids].sort());
  });

  it.each(ids)('%s has a title, a description and a caption in English and Korean, with the same keys', (id) => {
    const { en, ko } = figureTexts[id];
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
    for (const words of [en, ko]) {
      expect(Object.values(words).every((v) => v.trim().length > 0)).toBe(true);
      expect(words.desc.length).toBeGreaterThan(words.title.length);
    }
    expect(ko.title).not.toEqual(en.title);
    expect(/[가-힣]/.test(ko.desc)).toBe(true);
  });
});

function renderBody(id: FigureId, state: Partial<FigureState>) {
  const entry = figureCatalogue[id] as { wide: readonly [number, number]; narrow?: readonly [number, number]; frames?: number };
  const layout = state.layout ?? 'wide';
  const [width, height] = layout === 'narrow' && entry.narrow ? entry.narrow : entry.wide;
  const frames = entry.frames ?? 1;
  const Body = bodies.get(id)!;
  const value: FigureState = { locale: 'en', layout, width, height, frame: frames - 1, frames, ...state };
  return render(
    <FigureContext.Provider value={value}>
      <Body />
    </FigureContext.Provider>,
  );
}

describe.each(ids)('figure %s', (id) => {
  it.each([
    ['en', 'light', 'wide'],
    ['ko', 'dark', 'wide'],
    ['en', 'dark', 'narrow'],
    ['ko', 'light', 'narrow'],
  ] as const)('renders in %s, %s theme, %s layout, as an image named by its title and described', (locale, theme, layout) => {
    document.documentElement.dataset.theme = theme;
    const { container } = renderBody(id, { locale, layout });
    const image = screen.getByRole('img', { name: figureTexts[id][locale].title });
    expect(image).toHaveAccessibleDescription(figureTexts[id][locale].desc);
    // Every label is drawn as text in the lesson's language, none left empty.
    const labels = [...container.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(labels.length).toBeGreaterThan(2);
    if (locale === 'ko') expect(labels.some((l) => /[가-힣]/.test(l))).toBe(true);
  });

  const frames = (figureCatalogue[id] as { frames?: number }).frames ?? 1;
  if (frames > 1) {
    it('draws every frame of its animation, showing more as the frames advance', () => {
      const shown: number[] = [];
      for (let frame = 0; frame < frames; frame++) {
        const { container, unmount } = renderBody(id, { frame });
        shown.push(container.querySelectorAll('.fig-shown').length);
        unmount();
      }
      expect(shown.at(-1)).toBeGreaterThan(shown[0]!);
    });
  }
});

describe('<Figure>', () => {
  const animated = ids.find((id) => ((figureCatalogue[id] as { frames?: number }).frames ?? 1) > 1)!;
  const frames = (figureCatalogue[animated] as { frames: number }).frames;

  it('shows the caption and the drawing of a known figure, in the lesson language', async () => {
    render(<Figure id="vm-vs-container" caption="A caption" locale="ko" />);
    expect(screen.getByText('A caption').tagName).toBe('FIGCAPTION');
    expect(await screen.findByRole('img', { name: figureTexts['vm-vs-container'].ko.title })).toBeInTheDocument();
  });

  it('says so when the id is unknown', () => {
    render(<Figure id="no-such-figure" locale="en" />);
    expect(screen.getByText('There is no figure "no-such-figure".')).toBeInTheDocument();
  });

  it('starts an animated figure paused on its last frame and plays it from the first frame on its button', async () => {
    vi.useFakeTimers();
    render(<Figure id={animated} caption="c" locale="en" />);
    await act(async () => {
      await vi.runOnlyPendingTimersAsync();
    });
    const button = screen.getByRole('button', { name: 'Play animation' });
    expect(screen.getByText(`Step ${frames} of ${frames}`)).toBeInTheDocument();
    fireEvent.click(button);
    expect(screen.getByRole('button', { name: 'Pause animation' })).toBeInTheDocument();
    expect(screen.getByText(`Step 1 of ${frames}`)).toBeInTheDocument();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(FRAME_MS);
    });
    expect(screen.getByText(`Step 2 of ${frames}`)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Pause animation' }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(FRAME_MS * 3);
    });
    expect(screen.getByText(`Step 2 of ${frames}`)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Play animation' }));
    for (let i = 0; i < frames; i++) {
      await act(async () => {
        await vi.advanceTimersByTimeAsync(FRAME_MS);
      });
    }
    expect(screen.getByText(`Step ${frames} of ${frames}`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Play animation' })).toBeInTheDocument();
  });

  it('leaves the controls out and shows the whole picture for people who prefer reduced motion', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduced-motion'), addEventListener() {}, removeEventListener() {} }));
    render(<Figure id={animated} caption="c" locale="en" />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('remarkFigures', () => {
  const figure = (attributes: { name: string; value: string }[]) => ({ type: 'mdxJsxFlowElement', name: 'Figure', attributes: attributes.map((a) => ({ type: 'mdxJsxAttribute', ...a })) });

  it('writes the caption and the language of the lesson into each figure', () => {
    const ko = figure([{ name: 'id', value: 'vm-vs-container' }]);
    const en = figure([{ name: 'id', value: 'vm-vs-container' }]);
    remarkFigures()({ type: 'root', children: [ko] }, { path: 'content/lessons/foundations/02-containers-vs-vms.ko.mdx' });
    remarkFigures()({ type: 'root', children: [en] }, { path: 'content/lessons/foundations/02-containers-vs-vms.mdx' });
    expect(ko.attributes.map((a) => [a.name, a.value])).toEqual([
      ['id', 'vm-vs-container'],
      ['caption', figureTexts['vm-vs-container'].ko.caption],
      ['locale', 'ko'],
    ]);
    expect(en.attributes.find((a) => a.name === 'caption')?.value).toBe(figureTexts['vm-vs-container'].en.caption);
  });

  it('leaves an unknown id for the content tests to report', () => {
    const node = figure([{ name: 'id', value: 'nope' }]);
    remarkFigures()({ type: 'root', children: [node] }, { path: 'x.mdx' });
    expect(node.attributes).toHaveLength(1);
  });
});

describe('the figure styles', () => {
  const css = readFileSync('src/features/figures/figures.css', 'utf8');
  it('give every tone a colour in the dark theme as well as the light one', () => {
    const tones = [...css.matchAll(/--fig-([a-z]+)-bg:/g)].map((m) => m[1]);
    const light = css.slice(0, css.indexOf(":root[data-theme='dark']"));
    const dark = css.slice(css.indexOf(":root[data-theme='dark']"));
    for (const tone of new Set(tones)) {
      expect(light).toContain(`--fig-${tone}-bg:`);
      expect(dark).toContain(`--fig-${tone}-bg:`);
    }
  });
});
