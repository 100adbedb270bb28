/** Messages between the page and the optimizer worker. */
export interface OptimizerRequest {
  ratings: Uint32Array;
  deltaTs: Uint32Array;
  lengths: Uint32Array;
  /** Threads of the pool; 1 trains on the worker's own thread (no SharedArrayBuffer needed for threads). */
  threads: number;
}

export type OptimizerReply =
  | { type: 'started'; threads: number; buffer?: SharedArrayBuffer; pointer?: number }
  | { type: 'done'; parameters: number[] }
  | { type: 'failed'; message: string };
