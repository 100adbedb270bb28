import { liveQuery } from 'dexie';
import { startTransition, useEffect, useState, type DependencyList } from 'react';

/**
 * The result of a database query, kept live: it re-runs whenever a table it read changes.
 * Undefined until the first result arrives.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: DependencyList): T | undefined {
  const [state, setState] = useState<{ deps: DependencyList; value: T } | undefined>(undefined);
  useEffect(() => {
    let first = true;
    const subscription = liveQuery(query).subscribe({
      next: (value) => {
        // The first result draws a screen as it opens: React renders it in slices, so a large screen of
        // data never blocks input. Later results follow a change (often the learner's), drawn at once.
        if (first) startTransition(() => setState({ deps, value }));
        else setState({ deps, value });
        first = false;
      },
      error: (error: unknown) => console.error(error),
    });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's deps decide when the query changes
  }, deps);
  return state && state.deps.length === deps.length && state.deps.every((d, i) => Object.is(d, deps[i])) ? state.value : undefined;
}
