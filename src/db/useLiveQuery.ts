import { liveQuery } from 'dexie';
import { startTransition, useEffect, useState, type DependencyList } from 'react';
import { whenDatabase } from './presence';

/**
 * The result of a database query, kept live: it re-runs whenever a table it read changes.
 * Undefined until the first result arrives.
 *
 * `absent` is what the query answers while nothing is stored at all (a first visit): given it, the hook
 * shows that at once, without opening (and so creating) the database, and runs the query once the database
 * exists (presence.ts). It must be exactly what the query would answer on an empty database.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: DependencyList, absent?: () => T): T | undefined {
  const [state, setState] = useState<{ deps: DependencyList; value: T } | undefined>(undefined);
  useEffect(() => {
    let first = true;
    const show = (value: T) => {
      // The first result draws a screen as it opens: React renders it in slices, so a large screen of
      // data never blocks input. Later results follow a change (often the learner's), drawn at once.
      if (first) startTransition(() => setState({ deps, value }));
      else setState({ deps, value });
      first = false;
    };
    let subscription: { unsubscribe: () => void } | undefined;
    const subscribe = () => {
      subscription = liveQuery(query).subscribe({ next: show, error: (error: unknown) => console.error(error) });
    };
    const stop = absent ? whenDatabase({ onAbsent: () => show(absent()), onPresent: subscribe }) : (subscribe(), undefined);
    return () => {
      stop?.();
      subscription?.unsubscribe();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's deps decide when the query changes
  }, deps);
  return state && state.deps.length === deps.length && state.deps.every((d, i) => Object.is(d, deps[i])) ? state.value : undefined;
}
