import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { mdxComponents } from '@/app/mdx/registry';
import { createPlaybackStore } from '@/features/simulator/store';
import { presenterKey } from '@/features/simulator/Presenter';
import { preferencesStore } from '@/ui/preferences';

beforeEach(() => {
  preferencesStore.setState({ language: 'en', theme: 'light' });
});

describe('<Simulator scenario="slug" /> in a lesson', () => {
  it('loads on demand and plays a library scenario, with a link to the full simulator', async () => {
    const Simulator = mdxComponents.Simulator!;
    render(<Simulator scenario="distinct-instance" />);
    const figure = await screen.findByRole('figure', { name: /^Simulator: / });
    // The trace arrives from the engine after the figure has taken its place.
    await waitFor(() => expect(figure).toHaveAttribute('aria-busy', 'false'));
    const scrub = within(figure).getByRole('slider', { name: 'Position' });
    await userEvent.click(within(figure).getByRole('button', { name: 'Step forward' }));
    expect(scrub).toHaveValue('1');
    expect(within(figure).getByRole('link', { name: /Open in the simulator/ })).toHaveAttribute('href', '/simulator?scenario=distinct-instance');
  });

  it('says so when the scenario does not exist', async () => {
    const Simulator = mdxComponents.Simulator!;
    render(<Simulator scenario="no-such-thing" />);
    expect(await screen.findByRole('note')).toHaveTextContent('There is no simulator scenario named "no-such-thing".');
  });

  it('is shown in Korean when the learner reads in Korean', async () => {
    preferencesStore.setState({ language: 'ko', theme: 'light' });
    const Simulator = mdxComponents.Simulator!;
    render(<Simulator scenario="distinct-instance" />);
    const figure = await screen.findByRole('figure', { name: /^시뮬레이터: / });
    expect(within(figure).getByRole('button', { name: '재생' })).toBeInTheDocument();
  });
});

describe('presenter keys', () => {
  it('Space plays and pauses, arrows step, Escape leaves; typing in a field is left alone', () => {
    const store = createPlaybackStore({ presenter: true });
    store.getState().load(5);
    const body = document.body;
    expect(presenterKey(store, { key: 'ArrowRight', target: body })).toBe(true);
    expect(presenterKey(store, { key: 'ArrowRight', target: body })).toBe(true);
    expect(store.getState().position).toBe(2);
    presenterKey(store, { key: 'ArrowLeft', target: body });
    expect(store.getState().position).toBe(1);
    presenterKey(store, { key: ' ', target: body });
    expect(store.getState().playing).toBe(true);
    presenterKey(store, { key: ' ', target: body });
    expect(store.getState().playing).toBe(false);
    expect(presenterKey(store, { key: 'ArrowRight', target: document.createElement('input') })).toBe(false);
    presenterKey(store, { key: 'Escape', target: body });
    expect(store.getState().presenter).toBe(false);
  });
});
