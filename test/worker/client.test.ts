import { afterEach, describe, expect, it } from 'vitest';
import type { EngineApi } from '@/worker/api';
import { callEngine, EngineStopped, setEngineBackend, type Backend } from '@/worker/client';

/** A fake worker whose `generate` calls wait until the test settles them. */
function fakeWorkers() {
  const started: { ended: boolean; pending: { args: unknown[]; resolve: (v: unknown) => void }[] }[] = [];
  const restore = setEngineBackend((): Backend => {
    const worker = { ended: false, pending: [] as { args: unknown[]; resolve: (v: unknown) => void }[] };
    started.push(worker);
    const api = {
      generate: (...args: unknown[]) => new Promise((resolve) => worker.pending.push({ args, resolve })),
    } as unknown as EngineApi;
    return { api, end: () => (worker.ended = true) };
  });
  return { started, restore };
}

let restore = () => undefined as void;
afterEach(() => restore());

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('engine calls off the main thread', () => {
  it('runs one call at a time per channel, in order', async () => {
    const f = fakeWorkers();
    restore = f.restore;
    const a = callEngine('practice', 'generate', ['g', 1, 'en']);
    const b = callEngine('practice', 'generate', ['g', 2, 'en']);
    await tick();
    expect(f.started).toHaveLength(1);
    expect(f.started[0]!.pending.map((p) => p.args[1])).toEqual([1]);
    f.started[0]!.pending[0]!.resolve('first');
    expect(await a.result).toBe('first');
    await tick();
    expect(f.started[0]!.pending.map((p) => p.args[1])).toEqual([1, 2]);
    f.started[0]!.pending[1]!.resolve('second');
    expect(await b.result).toBe('second');
  });

  it('stops a call at its time limit by ending its worker, and the next call gets a fresh one', async () => {
    const f = fakeWorkers();
    restore = f.restore;
    const slow = callEngine('simulator', 'generate', ['g', 1, 'en'], 20);
    await expect(slow.result).rejects.toEqual(new EngineStopped('timeout', 20));
    expect(f.started[0]!.ended).toBe(true);
    const next = callEngine('simulator', 'generate', ['g', 2, 'en']);
    await tick();
    expect(f.started).toHaveLength(2);
    f.started[1]!.pending[0]!.resolve('ok');
    expect(await next.result).toBe('ok');
  });

  it('cancels a running call by ending its worker, and a queued one without starting it', async () => {
    const f = fakeWorkers();
    restore = f.restore;
    const running = callEngine('sandbox', 'generate', ['g', 1, 'en']);
    const queued = callEngine('sandbox', 'generate', ['g', 2, 'en']);
    const after = callEngine('sandbox', 'generate', ['g', 3, 'en']);
    await tick();
    queued.cancel();
    await expect(queued.result).rejects.toMatchObject({ reason: 'cancelled' });
    running.cancel();
    await expect(running.result).rejects.toMatchObject({ reason: 'cancelled' });
    expect(f.started[0]!.ended).toBe(true);
    await tick();
    // The call behind them runs on a new worker; the cancelled one never started.
    expect(f.started[1]!.pending.map((p) => p.args[1])).toEqual([3]);
    f.started[1]!.pending[0]!.resolve('third');
    expect(await after.result).toBe('third');
  });

  it('keeps channels apart: stopping one leaves the others running', async () => {
    const f = fakeWorkers();
    restore = f.restore;
    const sim = callEngine('simulator', 'generate', ['g', 1, 'en']);
    const quiz = callEngine('practice', 'generate', ['g', 2, 'en']);
    await tick();
    sim.cancel();
    await expect(sim.result).rejects.toBeInstanceOf(EngineStopped);
    expect(f.started.map((w) => w.ended)).toEqual([true, false]);
    f.started[1]!.pending[0]!.resolve('still here');
    expect(await quiz.result).toBe('still here');
  });

  it('falls back to running in process where there is no Worker (jsdom, Node)', async () => {
    const built = await callEngine('practice', 'generate', ['gen-rolling-first-wave', 3, 'ko']).result;
    expect(built?.question).toMatchObject({ id: 'gen-rolling-first-wave-3', generator: 'gen-rolling-first-wave' });
    // Its references arrive with their titles.
    expect(Object.keys(built?.titles ?? {})).toEqual(built?.question.references);
  });
});
