import { afterEach, describe, expect, it } from 'vitest';
import { ResultStore, type Slot } from '@/features/sandbox/resultStore';
import type { EngineApi } from '@/worker/api';
import { callEngine, EngineStopped, setEngineBackend, type Backend, type EngineCall } from '@/worker/client';

/** A fake engine worker whose `explain` calls wait until the test answers them, by edge id. */
function fakeWorker() {
  const asked: string[] = [];
  const answer = new Map<string, (value: unknown) => void>();
  const restore = setEngineBackend((): Backend => {
    const api = {
      explain: (_d: unknown, edgeId: string) =>
        new Promise((resolve) => {
          asked.push(edgeId);
          answer.set(edgeId, resolve);
        }),
    } as unknown as EngineApi;
    return { api, end: () => undefined };
  });
  return { asked, answer: (key: string, value: unknown) => answer.get(key)?.(value), restore };
}

const start = (key: string) => () => callEngine('sandbox', 'explain', [{ schemaVersion: 1, nodes: [], edges: [] } as never, key, 'en']) as EngineCall<unknown>;
const tick = () => new Promise((r) => setTimeout(r, 0));

/** A call the test settles by hand, whatever order the answers come in. */
function deferredCall() {
  let resolve!: (v: unknown) => void;
  const result = new Promise<unknown>((r) => (resolve = r));
  const call: EngineCall<unknown> = { result, cancel: () => undefined, withdraw: () => false };
  return { call, resolve };
}

let restore = () => undefined as void;
afterEach(() => restore());

describe('the sandbox result store', () => {
  it('shows only the answer for the latest diagram: older answers are kept but never shown, and a queued superseded call is dropped', async () => {
    const worker = fakeWorker();
    restore = worker.restore;
    const results = new ResultStore();
    const slot: Slot = {};
    results.want(slot, 'A', start('A'));
    await tick();
    // While A runs, the learner edits twice: B is superseded before it starts and never reaches the worker.
    results.want(slot, 'B', start('B'));
    results.want(slot, 'C', start('C'));
    worker.answer('A', 'answer A');
    await tick();
    expect(results.read(slot, 'C')).toEqual({ value: undefined, pending: true, error: undefined });
    await tick();
    expect(worker.asked).toEqual(['A', 'C']);
    worker.answer('C', 'answer C');
    await tick();
    expect(results.read(slot, 'C')).toEqual({ value: 'answer C', pending: false, error: undefined });
    // Undo back to A: its answer was kept, so it shows at once without asking the worker again.
    results.want(slot, 'A', start('A'));
    expect(results.read(slot, 'A').value).toBe('answer A');
    expect(worker.asked).toEqual(['A', 'C']);
  });

  it('drops a slow stale answer that arrives after the newer one: the newer stays on screen', async () => {
    const results = new ResultStore();
    const slot: Slot = {};
    const slow = deferredCall();
    const fast = deferredCall();
    results.want(slot, 'old', () => slow.call);
    results.want(slot, 'new', () => fast.call);
    fast.resolve('new findings');
    await tick();
    expect(results.read(slot, 'new').value).toBe('new findings');
    slow.resolve('old findings');
    await tick();
    expect(results.read(slot, 'new')).toEqual({ value: 'new findings', pending: false, error: undefined });
  });

  it('keeps the last answer on screen while the next is pending, with the same identity', async () => {
    const results = new ResultStore();
    const slot: Slot = {};
    const first = deferredCall();
    const findings = [{ code: 'x' }];
    results.want(slot, 'one', () => first.call);
    first.resolve(findings);
    await tick();
    expect(results.read(slot, 'one').value).toBe(findings);
    results.want(slot, 'two', () => deferredCall().call);
    const pending = results.read(slot, 'two');
    expect(pending.pending).toBe(true);
    expect(pending.value).toBe(findings);
  });

  it('holds a key a caller awaits: a screen moving on does not drop it, and a stopped call can be asked again', async () => {
    const worker = fakeWorker();
    restore = worker.restore;
    const results = new ResultStore();
    const slot: Slot = {};
    results.want(slot, 'A', start('A'));
    const checked = results.await('B', start('B'));
    results.want(slot, 'B', start('B'));
    results.want(slot, 'C', start('C'));
    await tick();
    worker.answer('A', 'answer A');
    await tick();
    await tick();
    expect(worker.asked).toEqual(['A', 'B']);
    worker.answer('B', 'answer B');
    expect(await checked).toEqual({ status: 'done', value: 'answer B' });

    const timedOut = deferredCall();
    const failing: EngineCall<unknown> = { ...timedOut.call, result: Promise.reject(new EngineStopped('timeout', 8000)) };
    results.want(slot, 'D', () => failing);
    await tick();
    expect(results.read(slot, 'D').error).toEqual(new EngineStopped('timeout', 8000));
    const again = deferredCall();
    results.retry('D', () => again.call);
    expect(results.read(slot, 'D').pending).toBe(true);
    again.resolve('answer D');
    await tick();
    expect(results.read(slot, 'D').value).toBe('answer D');
  });
});
