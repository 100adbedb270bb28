import { liveQuery } from 'dexie';
import { useEffect, useState, type DependencyList } from 'react';

/**
 * The result of a database query, kept live: it re-runs whenever a table it read changes.
 * Undefined until the first result arrives.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: DependencyList): T | undefined {
  const [state, setState] = useState<{ deps: DependencyList; value: T } | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ deps, value }),
      error: (error: unknown) => console.error(error),
    });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's deps decide when the query changes
  }, deps);
  return state && state.deps.length === deps.length && state.deps.every((d, i) => Object.is(d, deps[i])) ? state.value : undefined;
}
