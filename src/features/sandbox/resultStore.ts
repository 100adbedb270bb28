/**
 * The engine's answers for the sandbox, kept by what they depend on: an external store (for
 * `useSyncExternalStore`) of outcomes by key, with the calls still on their way. A screen reads the
 * answer for the key it wants now and, until that arrives, the last answer it showed: an answer for an
 * older key is kept for later (undo brings it back at once) but never shown in place of a newer one.
 * When a screen moves on to a newer key, the call for the older one is dropped if it has not started.
 */
import { EngineStopped, type EngineCall } from '@/worker/client';

export type Outcome<T> = { status: 'done'; value: T } | { status: 'error'; error: unknown };

/** What a screen shows for one key: the answer (or the last one shown while it is pending), or why there is none. */
export interface ResultView<T> {
  value: T | undefined;
  pending: boolean;
  error: unknown;
}

/** One place on screen that shows one kind of answer (a sandbox's findings, its policies …). */
export interface Slot {
  wanted?: string;
  shown?: unknown;
}

/** Outcomes kept: a few diagrams × languages × challenge views. */
const KEPT = 64;

export class ResultStore {
  private outcomes = new Map<string, Outcome<unknown>>();
  private calls = new Map<string, { call: EngineCall<unknown>; done: Promise<Outcome<unknown>> }>();
  /** Keys a slot wants or a caller awaits: their calls are never withdrawn. */
  private holds = new Map<string, number>();
  private listeners = new Set<() => void>();
  private version = 0;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes whenever an outcome arrives or is cleared. */
  getVersion = (): number => this.version;

  /** The outcome known for a key, if any. */
  outcome<T>(key: string): Outcome<T> | undefined {
    const hit = this.outcomes.get(key);
    if (hit) {
      // Recently read outcomes are the last to be forgotten.
      this.outcomes.delete(key);
      this.outcomes.set(key, hit);
    }
    return hit as Outcome<T> | undefined;
  }

  /** The outcome for `key`, starting its call unless the outcome is known or already on its way. */
  fetch<T>(key: string, start: () => EngineCall<T>): Promise<Outcome<T>> {
    const known = this.outcome<T>(key);
    if (known) return Promise.resolve(known);
    const running = this.calls.get(key);
    if (running) return running.done as Promise<Outcome<T>>;
    const call = start();
    const done = call.result.then(
      (value): Outcome<unknown> => ({ status: 'done', value }),
      (error: unknown): Outcome<unknown> => ({ status: 'error', error }),
    );
    this.calls.set(key, { call, done });
    void done.then((outcome) => {
      if (this.calls.get(key)?.call === call) this.calls.delete(key);
      // A cancelled or withdrawn call leaves no outcome: whoever wants the key later starts it again.
      if (outcome.status === 'error' && outcome.error instanceof EngineStopped && outcome.error.reason === 'cancelled') return;
      this.remember(key, outcome);
    });
    return done as Promise<Outcome<T>>;
  }

  /** Like `fetch`, holding the key while the caller awaits it, so a screen moving on does not withdraw it. */
  async await<T>(key: string, start: () => EngineCall<T>): Promise<Outcome<T>> {
    this.hold(key, 1);
    try {
      return await this.fetch(key, start);
    } finally {
      this.hold(key, -1);
    }
  }

  /** A slot now shows `key`: its call starts if needed, and a queued call for the key it showed before is dropped. */
  want(slot: Slot, key: string, start: () => EngineCall<unknown>): void {
    const before = slot.wanted;
    if (before !== key) {
      slot.wanted = key;
      this.hold(key, 1);
      if (before !== undefined) {
        this.hold(before, -1);
        if (!this.held(before)) this.calls.get(before)?.call.withdraw();
      }
    }
    void this.fetch(key, start);
  }

  /** What a slot shows for `key` now (call during render; `want` starts the call in an effect). */
  read<T>(slot: Slot, key: string): ResultView<T> {
    const outcome = this.outcome<T>(key);
    if (outcome?.status === 'done') {
      // The newest answer this slot has shown; it stays on screen while the next key is pending.
      slot.shown = outcome.value;
      return { value: outcome.value, pending: false, error: undefined };
    }
    return { value: slot.shown as T | undefined, pending: !outcome, error: outcome?.error };
  }

  /** Records an answer known without asking the engine (worked out at build time, or trivially empty). */
  prime(key: string, value: unknown): void {
    // Called while rendering: the answer equals what the engine would give, so no one needs telling.
    if (!this.outcomes.has(key)) this.outcomes.set(key, { status: 'done', value });
  }

  /** Forgets a failed outcome, so that the next fetch asks again. */
  forgetError(key: string): void {
    if (this.outcomes.get(key)?.status !== 'error') return;
    this.outcomes.delete(key);
    this.changed();
  }

  /** Forgets a failed outcome and asks again. */
  retry(key: string, start: () => EngineCall<unknown>): void {
    this.forgetError(key);
    void this.fetch(key, start);
  }

  private remember(key: string, outcome: Outcome<unknown>): void {
    this.outcomes.set(key, outcome);
    if (this.outcomes.size > KEPT) this.outcomes.delete(this.outcomes.keys().next().value as string);
    this.changed();
  }

  private changed(): void {
    this.version++;
    for (const listener of [...this.listeners]) listener();
  }

  private hold(key: string, by: number): void {
    const n = (this.holds.get(key) ?? 0) + by;
    if (n > 0) this.holds.set(key, n);
    else this.holds.delete(key);
  }

  private held(key: string): boolean {
    return this.holds.has(key);
  }
}
