import { act, render, screen, waitFor } from '@testing-library/react';
import { useCallback, useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { useStagedBlocks } from '@/features/lessons/useStagedBlocks';

function Body({ blocks, hiddenByMarkup = -1 }: { blocks: number; hiddenByMarkup?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const container = useCallback(() => ref.current, []);
  const { complete, showAll } = useStagedBlocks(container, 'lesson-a');
  return (
    <>
      <div ref={ref}>
        {Array.from({ length: blocks }, (_, i) => (
          <p key={i} hidden={i === hiddenByMarkup}>
            Block {i}
          </p>
        ))}
      </div>
      <button type="button" onClick={showAll}>
        Jump
      </button>
      {complete && <footer>Footer</footer>}
    </>
  );
}

const shown = () => screen.getAllByText(/^Block \d+$/).filter((p) => !p.hidden).length;

describe('a long lesson body laid out in steps', () => {
  it('shows the opening blocks first and the rest over the next frames, then the footer', async () => {
    render(<Body blocks={40} />);
    expect(shown()).toBe(12);
    expect(screen.queryByText('Footer')).toBeNull();
    await waitFor(() => expect(shown()).toBe(40));
    expect(await screen.findByText('Footer')).toBeInTheDocument();
  });

  it('shows everything at once when asked (a jump needs the whole text)', () => {
    render(<Body blocks={40} />);
    act(() => screen.getByRole('button', { name: 'Jump' }).click());
    expect(shown()).toBe(40);
    expect(screen.getByText('Footer')).toBeInTheDocument();
  });

  it('leaves a short body whole', async () => {
    render(<Body blocks={5} />);
    expect(shown()).toBe(5);
    expect(await screen.findByText('Footer')).toBeInTheDocument();
  });

  it('never shows a block its own markup hides', async () => {
    render(<Body blocks={30} hiddenByMarkup={20} />);
    expect(await screen.findByText('Footer')).toBeInTheDocument();
    expect(shown()).toBe(29);
    expect(screen.getByText('Block 20').hidden).toBe(true);
  });
});
