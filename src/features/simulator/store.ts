import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';

/** Transient playback state: where on the timeline, playing or not, how fast, which placement is explained. */
export interface PlaybackState {
  /** How many trace events have been applied (0 = before the first). */
  position: number;
  /** Number of events in the trace. */
  length: number;
  playing: boolean;
  speed: number;
  /** Index of the taskPlaced event shown in "Why here?", or null for the latest one. */
  selected: number | null;
  presenter: boolean;
}

export interface PlaybackActions {
  load(length: number, position?: number): void;
  seek(position: number): void;
  step(delta: number): void;
  play(): void;
  pause(): void;
  toggle(): void;
  setSpeed(speed: number): void;
  select(eventIndex: number | null): void;
  setPresenter(on: boolean): void;
}

export type PlaybackStore = StoreApi<PlaybackState & PlaybackActions>;

export const SPEEDS = [0.5, 1, 2, 4] as const;

const clamp = (n: number, length: number) => Math.max(0, Math.min(Math.round(n), length));

export function createPlaybackStore(initial: Partial<PlaybackState> = {}): PlaybackStore {
  return createStore<PlaybackState & PlaybackActions>()((set, get) => ({
    position: 0,
    length: 0,
    playing: false,
    speed: 1,
    selected: null,
    presenter: false,
    ...initial,
    load: (length, position = 0) => set({ length, position: clamp(position, length), playing: false, selected: null }),
    seek: (position) => set({ position: clamp(position, get().length), playing: false }),
    step: (delta) => set({ position: clamp(get().position + delta, get().length), playing: false }),
    play: () => {
      const { position, length } = get();
      // Playing from the end starts again from the beginning.
      set({ playing: length > 0, position: position >= length ? 0 : position });
    },
    pause: () => set({ playing: false }),
    toggle: () => (get().playing ? get().pause() : get().play()),
    setSpeed: (speed) => set({ speed }),
    select: (selected) => set({ selected }),
    setPresenter: (presenter) => set({ presenter }),
  }));
}

/** Advances one event while playing; stops at the end. Called by the playback clock. */
export function tick(store: PlaybackStore): void {
  const { position, length, playing } = store.getState();
  if (!playing) return;
  if (position >= length) store.setState({ playing: false });
  else store.setState({ position: position + 1, playing: position + 1 < length });
}

export function usePlayback<T>(store: PlaybackStore, selector: (s: PlaybackState & PlaybackActions) => T): T {
  return useStore(store, selector);
}
