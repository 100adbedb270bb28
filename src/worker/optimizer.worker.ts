/**
 * The optimizer worker: fsrs-browser (fsrs-rs compiled to WebAssembly) trains FSRS parameters on the
 * items it is sent. Its own worker, started only when the learner asks, so its 1.7 MB of WebAssembly is
 * never part of a page load; ending the worker cancels a run. With cross-origin isolation it trains on a
 * thread pool and shares its memory so the page can read the progress counters while it runs.
 */
import init, { Fsrs, initThreadPool, Progress } from 'fsrs-browser';
import type { OptimizerReply, OptimizerRequest } from './optimizerProtocol.ts';

const post = (reply: OptimizerReply) => self.postMessage(reply);

self.onmessage = async (event: MessageEvent<OptimizerRequest>) => {
  const { ratings, deltaTs, lengths, threads } = event.data;
  try {
    const wasm = await init();
    if (threads > 1) await initThreadPool(threads);
    const progress = Progress.new();
    const buffer = wasm.memory.buffer;
    // Progress lives in the module's memory; the page can read it only when that memory is shared with it.
    const shared = typeof SharedArrayBuffer === 'function' && buffer instanceof SharedArrayBuffer && self.crossOriginIsolated;
    post({ type: 'started', threads, ...(shared ? { buffer, pointer: progress.pointer() } : {}) });
    const parameters = new Fsrs().computeParameters(ratings, deltaTs, lengths, progress, true);
    post({ type: 'done', parameters: Array.from(parameters) });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
