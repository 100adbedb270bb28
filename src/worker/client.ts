/**
 * Calls the engines off the main thread. Each channel (simulator, sandbox, practice) has its own
 * worker and runs one call at a time, so a call can be cancelled — or stopped at its time limit — by
 * ending that worker without touching the others; the next call starts a fresh one. Where the browser
 * has no Worker (jsdom tests) the same functions run in process. The CLIs call the engines directly.
 */
import { wrap, type Remote } from 'comlink';
import type { EngineApi, EngineMethod } from './api.ts';

export type Channel = 'simulator' | 'sandbox' | 'practice';

/** The default time limit of one engine call. */
export const ENGINE_TIME_LIMIT_MS = 8_000;

export class EngineStopped extends Error {
  constructor(
    readonly reason: 'cancelled' | 'timeout',
    readonly limitMs = 0,
  ) {
    super(reason === 'timeout' ? `the engine was stopped after ${limitMs / 1000} s` : 'the engine call was cancelled');
    this.name = 'EngineStopped';
  }
}

type Args<M extends EngineMethod> = Parameters<EngineApi[M]>;
type Result<M extends EngineMethod> = Awaited<ReturnType<EngineApi[M]>>;

interface Job {
  method: EngineMethod;
  args: unknown[];
  limitMs: number;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  timer?: ReturnType<typeof setTimeout>;
}

export interface EngineCall<T> {
  result: Promise<T>;
  /** Stops the call: dropped if it has not started, its worker ended if it is running. */
  cancel(): void;
  /** Drops the call only if it has not started (a running one goes on); says whether it was dropped. */
  withdraw(): boolean;
}

/** Where calls run; `end` stops a worker. In process nothing can be stopped, so no time limit applies. */
export type Backend = { api: Remote<EngineApi> | EngineApi; end(): void; inProcess?: boolean };

function defaultBackend(): Backend {
  // Only tests run without a Worker; the production build leaves the in-process copy of the engines out.
  if (import.meta.env.MODE === 'test' && typeof Worker === 'undefined') {
    // In process: the same functions, loaded on demand.
    const api = import('./api.ts').then((m) => m.engineApi);
    const proxy = new Proxy({} as EngineApi, {
      get: (_t, method: EngineMethod) => async (...args: unknown[]) => ((await api)[method] as (...a: unknown[]) => unknown)(...args),
    });
    return { api: proxy, end: () => undefined, inProcess: true };
  }
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'engine' });
  return { api: wrap<EngineApi>(worker), end: () => worker.terminate() };
}

let startBackend: () => Backend = defaultBackend;
const lanes = new Map<Channel, Lane>();

/** Replaces how workers are started (tests); returns a function that restores the default. */
export function setEngineBackend(start: () => Backend): () => void {
  startBackend = start;
  lanes.clear();
  return () => {
    startBackend = defaultBackend;
    lanes.clear();
  };
}

class Lane {
  private backend: Backend | undefined;
  private queue: Job[] = [];
  private running: Job | undefined;

  call<M extends EngineMethod>(method: M, args: Args<M>, limitMs: number): EngineCall<Result<M>> {
    let job!: Job;
    const result = new Promise<Result<M>>((resolve, reject) => {
      job = { method, args, limitMs, resolve: resolve as (v: unknown) => void, reject };
    });
    this.queue.push(job);
    this.pump();
    return {
      result,
      cancel: () => this.stop(job, new EngineStopped('cancelled')),
      withdraw: () => this.running !== job && this.queue.includes(job) && (this.stop(job, new EngineStopped('cancelled')), true),
    };
  }

  private pump(): void {
    if (this.running) return;
    const job = this.queue.shift();
    if (!job) return;
    this.running = job;
    this.backend ??= startBackend();
    const fn = this.backend.api[job.method] as (...a: unknown[]) => Promise<unknown>;
    if (!this.backend.inProcess) job.timer = setTimeout(() => this.stop(job, new EngineStopped('timeout', job.limitMs)), job.limitMs);
    fn(...job.args).then(
      (value) => this.settle(job, () => job.resolve(value)),
      (error: unknown) => this.settle(job, () => job.reject(error)),
    );
  }

  private settle(job: Job, done: () => void): void {
    if (this.running !== job) return;
    clearTimeout(job.timer);
    this.running = undefined;
    done();
    this.pump();
  }

  private stop(job: Job, why: EngineStopped): void {
    if (this.running === job) {
      clearTimeout(job.timer);
      this.running = undefined;
      // A running call cannot be interrupted inside the worker: end the worker, start afresh next time.
      this.backend?.end();
      this.backend = undefined;
      job.reject(why);
      this.pump();
      return;
    }
    const i = this.queue.indexOf(job);
    if (i >= 0) {
      this.queue.splice(i, 1);
      job.reject(why);
    }
  }
}

/** Starts an engine call on a channel's worker. */
export function callEngine<M extends EngineMethod>(channel: Channel, method: M, args: Args<M>, limitMs = ENGINE_TIME_LIMIT_MS): EngineCall<Result<M>> {
  let lane = lanes.get(channel);
  if (!lane) lanes.set(channel, (lane = new Lane()));
  return lane.call(method, args, limitMs);
}
