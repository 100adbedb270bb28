/**
 * What the simulator's URL says: which library scenario (`?scenario=slug`), which event (`at=N`) and
 * whether to show it in presenter mode (`present=1`). A library scenario is shared with that short
 * link; an edited scenario travels whole in the hash (`#share=…&at=N`, see share.ts), which keeps
 * `at` and `present` there. The URL follows the screen, so a reload comes back to the same place.
 */
import { useEffect } from 'react';
import type { PlaybackStore } from './store';

export interface LinkParams {
  scenario: string | null;
  at: number;
  present: boolean;
}

function position(text: string | null): number {
  const n = Number(text ?? '0');
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : 0;
}

/** Reads `scenario`, `at` and `present` from the query, or `at` and `present` from a share hash. */
export function readLink(location: { search: string; hash: string }): LinkParams {
  const query = new URLSearchParams(location.search);
  const hash = new URLSearchParams(location.hash.replace(/^#/, ''));
  const from = hash.has('share') ? hash : query;
  return { scenario: query.get('scenario'), at: position(from.get('at')), present: from.get('present') === '1' };
}

/** The query of a simulator URL: `?scenario=slug&at=N&present=1`, leaving out what is not set. */
export function linkSearch({ scenario, at, present }: LinkParams): string {
  const q = new URLSearchParams();
  if (scenario) q.set('scenario', scenario);
  if (at > 0) q.set('at', String(at));
  if (present) q.set('present', '1');
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** A short link to a library scenario at an event: well under 200 characters. */
export function libraryLink(origin: string, params: LinkParams): string {
  return `${origin}/simulator${linkSearch(params)}`;
}

/** A share hash (`share=…&at=N`) with its position and presenter flag replaced. */
export function withHashState(hash: string, at: number, present: boolean): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (at > 0) params.set('at', String(at));
  else params.delete('at');
  if (present) params.set('present', '1');
  else params.delete('present');
  return `#${params.toString()}`;
}

const WRITE_DELAY = 250;

/**
 * Keeps the URL in step with the screen: the library scenario shown (none for the learner's own; a
 * shared scenario keeps its hash), the event (written once the playback rests, not at every step of
 * a play) and presenter mode.
 */
export function useLinkSync(store: PlaybackStore, scenario: string | null, shared: boolean, ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    let timer: number | undefined;
    const write = () => {
      const { position: at, presenter: present, playing } = store.getState();
      if (playing) return;
      const { pathname, search, hash } = window.location;
      const next = shared && hash.includes('share=') ? `${pathname}${search}${withHashState(hash, at, present)}` : `${pathname}${linkSearch({ scenario, at, present })}`;
      if (next !== pathname + search + hash) window.history.replaceState(window.history.state, '', next);
    };
    const later = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(write, WRITE_DELAY);
    };
    write();
    const unsubscribe = store.subscribe((s, before) => {
      if (s.position !== before.position || s.presenter !== before.presenter || s.playing !== before.playing) later();
    });
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, [store, scenario, shared, ready]);
}
