import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as FsrsBrowserModule from 'fsrs-browser';
import { describe, expect, it } from 'vitest';
import { createRng, DEFAULT_PARAMETERS, evaluateParameters, fsrsItems, MIN_SPACED_REVIEWS, spacedReviewCount, validParameters, type DayReview } from '@/engine/srs';
import { KNOWN_PARAMETERS, syntheticHistories } from './syntheticLearner';

/**
 * The optimizer the app ships (fsrs-browser, fsrs-rs compiled to WebAssembly) run on a synthetic learner
 * whose answers are drawn from known parameters, single-threaded as the app's fallback runs it: trained on
 * part of the questions, its parameters must predict the other questions' answers better than the defaults.
 */

type FsrsBrowser = typeof FsrsBrowserModule;

async function loadOptimizer(): Promise<FsrsBrowser> {
  // The package's thread helper registers a worker message listener on `self` when imported.
  const g = globalThis as unknown as { self?: unknown; addEventListener?: unknown };
  g.self ??= globalThis;
  g.addEventListener ??= () => undefined;
  const mod = (await import('fsrs-browser')) as FsrsBrowser;
  const wasm = readFileSync(createRequire(import.meta.url).resolve('fsrs-browser/fsrs_browser_bg.wasm'));
  mod.initSync({ module: wasm });
  return mod;
}

describe('the optimizer on a synthetic learner', () => {
  it('trains parameters whose log loss on held-out questions is below the defaults’', async () => {
    const histories = syntheticHistories(20261206, 600, 7);
    // Held out by question, drawn with a seeded generator: a quarter of the questions.
    const rng = createRng('held-out');
    const train: DayReview[][] = [];
    const heldOut: DayReview[][] = [];
    for (const h of histories) (rng() < 0.25 ? heldOut : train).push(h);
    expect(spacedReviewCount(train)).toBeGreaterThan(MIN_SPACED_REVIEWS);

    const optimizer = await loadOptimizer();
    const items = fsrsItems(train);
    const progress = optimizer.Progress.new();
    const started = performance.now();
    const trained = Array.from(new optimizer.Fsrs().computeParameters(items.ratings, items.deltaTs, items.lengths, progress, true));
    const ms = performance.now() - started;

    const w = validParameters(trained);
    expect(w, 'the optimizer returns 21 finite weights').toBeDefined();
    expect(trained).not.toEqual(DEFAULT_PARAMETERS.map((x) => Math.fround(x)));
    const defaults = evaluateParameters(heldOut, DEFAULT_PARAMETERS);
    const optimized = evaluateParameters(heldOut, w!);
    const truth = evaluateParameters(heldOut, KNOWN_PARAMETERS);
    console.log(
      `optimizer: ${items.lengths.length} items from ${spacedReviewCount(train)} spaced reviews in ${Math.round(ms)} ms; held-out ${defaults.count} reviews: ` +
        `log loss default ${defaults.logLoss.toFixed(4)} → optimized ${optimized.logLoss.toFixed(4)} (truth ${truth.logLoss.toFixed(4)}); ` +
        `RMSE (bins) ${defaults.rmseBins.toFixed(4)} → ${optimized.rmseBins.toFixed(4)} (truth ${truth.rmseBins.toFixed(4)})`,
    );
    expect(optimized.logLoss).toBeLessThan(defaults.logLoss);
    expect(optimized.rmseBins).toBeLessThan(defaults.rmseBins);
  }, 120_000);
});
