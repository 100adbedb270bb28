/**
 * The deployment engine: `simulate(scenario)` replays a scenario (createService, updateService,
 * stopInstance, runTask) on a simulated cluster and returns `{ trace, decisions }`.
 *
 * Timing model, in simulated seconds (constants in ./timing.ts):
 * - placed → PENDING for 10 s (image pull, container start) → RUNNING;
 * - healthy one health-check interval (default 30 s, plus startPeriod) after RUNNING, so a task placed
 *   at t=0 is healthy at t=40; a task without a container health check is healthy once RUNNING;
 * - a task of a failing revision is marked unhealthy interval × retries (default 90 s) after RUNNING,
 *   never before healthCheckGracePeriodSeconds since it started, then stopped; without a health check
 *   its essential container exits when it would have become RUNNING; each counts as a failed task for
 *   the deployment circuit breaker;
 * - STOPPING lasts 30 s (SIGTERM and the default stopTimeout): the task keeps its CPU, memory, ports
 *   and ENI and counts against maximumPercent, but no longer counts for spread or distinctInstance;
 * - a stopped instance takes its tasks down at once; the service scheduler then replaces them;
 * - Kubernetes pods use the same clock (Pending 10 s, Ready 30 s after Running, Terminating 30 s); a
 *   rollout with no progress for 600 s (progressDeadlineSeconds) is reported stuck.
 * Each action runs until nothing more happens before the next one starts.
 */
export { simulate, type SimulateOptions } from './simulate.ts';
export type { DeploymentOutcome, SimulationResult, Snapshot, SnapshotTask, Trace, TraceEvent } from './trace.ts';
export { circuitBreakerThreshold, lowerBound, upperBound } from './ecs.ts';
export { resolveRollingUpdate } from './kubernetes.ts';
