import { describe, expect, it } from 'vitest';
import { playedRun, readScenarioLibrary } from '@/content/scenarioLibrary';
import { simulate } from '@/engine/deployment';
import { clusterAt } from '@/features/simulator/playback';
// `=~` and `!~` are matched by re2js, installed by this import (the app loads it only where needed).
import '@/engine/placement/re2';

describe('the traces lesson widgets play, computed at build time', () => {
  it.each(readScenarioLibrary().scenarios.map((s) => [s.slug, s.scenario] as const))('%s: shows the same cluster at every event as the engine’s full run', (_slug, scenario) => {
    const played = playedRun(scenario);
    const full = simulate(scenario, { explain: true });
    expect(played.trace).toEqual(full.trace);
    for (let i = 0; i <= full.trace.events.length; i++) expect(clusterAt(scenario, played, i)).toEqual(clusterAt(scenario, full, i));
  });
});
