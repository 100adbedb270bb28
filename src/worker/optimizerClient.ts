/**
 * Runs the FSRS optimizer in a dedicated worker (optimizer.worker.ts), created on the learner's request
 * and ended when the run finishes, is cancelled or passes its time limit. Says first whether this browser
 * can run it at all: WebAssembly with shared memory (which fsrs-browser's threaded build needs even on one
 * thread), and threads only under cross-origin isolation.
 */
import type { FsrsItems } from '@/engine/srs';
import type { OptimizerReply, OptimizerRequest } from './optimizerProtocol.ts';

/** 'threads' and 'single' can train (on a pool or on one thread); 'none' cannot. */
export type OptimizerSupport = 'threads' | 'single' | 'none';

export function optimizerSupport(): OptimizerSupport {
  if (typeof Worker !== 'function' || typeof WebAssembly !== 'object') return 'none';
  try {
    // The module imports a shared memory; a browser that refuses one cannot instantiate it.
    new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
  } catch {
    return 'none';
  }
  return globalThis.crossOriginIsolated && typeof SharedArrayBuffer === 'function' ? 'threads' : 'single';
}

/** A run stops after this long with a clear message (ten thousand reviews take a few seconds). */
export const OPTIMIZER_TIME_LIMIT_MS = 120_000;

export class OptimizerStopped extends Error {
  constructor(
    readonly reason: 'cancelled' | 'timeout' | 'failed',
    readonly detail = '',
  ) {
    super(reason === 'failed' ? `the optimizer failed: ${detail}` : reason === 'timeout' ? 'the optimizer ran past its time limit' : 'the optimizer was cancelled');
    this.name = 'OptimizerStopped';
  }
}

export interface OptimizerRun {
  result: Promise<number[]>;
  /** Items processed and in all, while training runs on a pool; undefined when it cannot be read. */
  progress(): { processed: number; total: number } | undefined;
  cancel(): void;
}

export function runOptimizer(items: FsrsItems, { limitMs = OPTIMIZER_TIME_LIMIT_MS, threads }: { limitMs?: number; threads: number }): OptimizerRun {
  const worker = new Worker(new URL('./optimizer.worker.ts', import.meta.url), { type: 'module', name: 'fsrs-optimizer' });
  let counters: Uint32Array | undefined;
  let settle: ((error?: OptimizerStopped, parameters?: number[]) => void) | undefined;
  const result = new Promise<number[]>((resolve, reject) => {
    const timer = setTimeout(() => settle?.(new OptimizerStopped('timeout')), limitMs);
    settle = (error, parameters) => {
      settle = undefined;
      clearTimeout(timer);
      counters = undefined;
      worker.terminate();
      if (error) reject(error);
      else resolve(parameters!);
    };
  });
  worker.onmessage = (event: MessageEvent<OptimizerReply>) => {
    const reply = event.data;
    if (reply.type === 'started') counters = reply.buffer && reply.pointer !== undefined ? new Uint32Array(reply.buffer, reply.pointer, 2) : undefined;
    else if (reply.type === 'done') settle?.(undefined, reply.parameters);
    else settle?.(new OptimizerStopped('failed', reply.message));
  };
  worker.onerror = (event) => settle?.(new OptimizerStopped('failed', event.message));
  const request: OptimizerRequest = { ...items, threads };
  worker.postMessage(request);
  return {
    result,
    progress: () => (counters && counters[1]! > 0 ? { processed: Math.min(counters[0]!, counters[1]!), total: counters[1]! } : undefined),
    cancel: () => settle?.(new OptimizerStopped('cancelled')),
  };
}
