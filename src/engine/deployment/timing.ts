/**
 * Timing model of the simulator, in simulated seconds. Real values vary with image size, health check
 * settings and load balancer deregistration delay; these keep the lifecycle in the right order and
 * make walkthroughs easy to follow.
 *
 * - A placed task is PENDING for PENDING_SECONDS (image pull, container start), then RUNNING.
 * - With a container health check, a RUNNING task becomes healthy after startPeriod + one interval
 *   (default interval 30 s): placed at t=0 → RUNNING at 10 → healthy at 40. Without a health check a
 *   task counts as healthy as soon as it is RUNNING.
 * - A task of a revision that fails (`newRevisionHealthy: false`) is marked unhealthy after
 *   startPeriod + interval × retries (default 30 × 3 = 90 s after RUNNING), but never before the
 *   service's healthCheckGracePeriodSeconds has passed since it started; it is then stopped. Without a
 *   health check its essential container exits instead and the task stops when it would have started
 *   RUNNING. Either way it counts as one failed task for the deployment circuit breaker.
 * - Stopping a task (scale-in, replacement, failed health check) puts it in STOPPING for
 *   STOPPING_SECONDS (SIGTERM, the default 30 s stopTimeout, draining); it keeps its CPU, memory,
 *   ports and ENI and counts against maximumPercent until it is STOPPED.
 * - An instance that is stopped takes its tasks with it at once (no draining).
 * - Kubernetes pods follow the same clock: Pending 10 s, Ready one readiness period (30 s) after
 *   Running, Terminating 30 s; a rollout that makes no progress for PROGRESS_DEADLINE_SECONDS (the
 *   Deployment default, 600 s) is reported as stuck (ProgressDeadlineExceeded).
 */
export const PENDING_SECONDS = 10;
export const DEFAULT_HEALTH_INTERVAL = 30;
export const DEFAULT_HEALTH_RETRIES = 3;
export const STOPPING_SECONDS = 30;
export const PROGRESS_DEADLINE_SECONDS = 600;
