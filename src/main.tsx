import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, applyPreferences } from './app/App';
import { preferencesStore } from './ui/preferences';
import { resolveTheme } from './ui/PreferenceControls';
import './app/styles.css';

const prefs = preferencesStore.getState();
applyPreferences(document.documentElement, prefs.language, resolveTheme(prefs.theme, matchMedia('(prefers-color-scheme: dark)').matches));

// The first render is a transition, so React renders it in slices and the page stays responsive while it does.
const root = createRoot(document.getElementById('root')!);
startTransition(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);

// The database copy of the preferences is not needed for the first paint (localStorage has it).
const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 1));
idle(() => {
  void import('./ui/preferencesSync').then((m) => m.startPreferencesSync());
  // Ask the browser to keep the learner's progress even when storage runs low.
  void import('./db/persist').then((m) => m.requestPersistentStorage());
  // Say so at once when this browser will not store anything (some private windows).
  void import('./db/status').then((m) => m.probeStorage());
});
