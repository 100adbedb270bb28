import { describe, expect, it } from 'vitest';
import { createPlaybackStore, tick } from '@/features/simulator/store';

describe('playback store', () => {
  it('steps, seeks and clamps to the trace', () => {
    const store = createPlaybackStore();
    store.getState().load(5);
    store.getState().step(1);
    store.getState().step(1);
    expect(store.getState().position).toBe(2);
    store.getState().step(-5);
    expect(store.getState().position).toBe(0);
    store.getState().seek(99);
    expect(store.getState().position).toBe(5);
  });

  it('plays one event per tick and stops at the end; playing at the end starts over', () => {
    const store = createPlaybackStore();
    store.getState().load(2);
    store.getState().play();
    tick(store);
    expect(store.getState()).toMatchObject({ position: 1, playing: true });
    tick(store);
    expect(store.getState()).toMatchObject({ position: 2, playing: false });
    store.getState().toggle();
    expect(store.getState()).toMatchObject({ position: 0, playing: true });
    store.getState().toggle();
    expect(store.getState().playing).toBe(false);
  });

  it('restores a position when a trace is loaded (share links)', () => {
    const store = createPlaybackStore();
    store.getState().load(10, 7);
    expect(store.getState().position).toBe(7);
    store.getState().load(3, 7);
    expect(store.getState().position).toBe(3);
  });
});
