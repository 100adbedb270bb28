/** Spaced repetition: the FSRS adapter, today's queue and the statistics drawn from review logs. */
export * from './rng.ts';
export * from './scheduler.ts';
export * from './queue.ts';
export * from './stats.ts';
export * from './plan.ts';
export * from './workload.ts';
export * from './personal.ts';
