import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});

// Screens load their chunks and read IndexedDB before they show anything; a loaded two-core machine can
// take longer than Testing Library's default second for that, so findBy* and waitFor wait up to 10 s.
configure({ asyncUtilTimeout: 10_000 });

// jsdom does not implement scrolling; the app calls it on navigation.
window.scrollTo = (() => undefined) as typeof window.scrollTo;
