import type { ReactNode } from 'react';

/**
 * A screen's title. It takes focus after a navigation (see the app layout), so screen reader users hear
 * where they arrived; tabIndex -1 lets it take focus without entering the tab order.
 */
export function PageTitle({ children }: { children: ReactNode }) {
  return (
    <h1 tabIndex={-1} data-page-title>
      {children}
    </h1>
  );
}

export function Loading({ label }: { label: string }) {
  return (
    <p role="status" className="loading">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}
