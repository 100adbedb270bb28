/**
 * Figures the placement engine takes from the AWS documentation.
 *
 * ENI task limits: Amazon ECS Developer Guide, "Elastic network interface trunking" and its table of
 * supported instance types (task limit without / with ENI trunking). Without trunking an instance can
 * attach (maximum network interfaces − 1) task ENIs, because the primary interface counts against the
 * EC2 limit. T-family instances are not eligible for trunking, so turning it on changes nothing there;
 * their limits come from the EC2 "maximum network interfaces" figures (t3.micro 2, t3.small/medium/large 3,
 * t3.xlarge/2xlarge 4).
 */
export const ENI_TASK_LIMITS: Readonly<Record<string, { without: number; with?: number }>> = {
  't3.nano': { without: 1 },
  't3.micro': { without: 1 },
  't3.small': { without: 2 },
  't3.medium': { without: 2 },
  't3.large': { without: 2 },
  't3.xlarge': { without: 3 },
  't3.2xlarge': { without: 3 },
  'm5.large': { without: 2, with: 10 },
  'm5.xlarge': { without: 3, with: 20 },
  'm5.2xlarge': { without: 3, with: 40 },
  'm5.4xlarge': { without: 7, with: 60 },
  'm5.8xlarge': { without: 7, with: 60 },
  'm5.12xlarge': { without: 7, with: 60 },
  'm5.16xlarge': { without: 14, with: 120 },
  'm5.24xlarge': { without: 14, with: 120 },
  'm6i.large': { without: 2, with: 10 },
  'm6i.xlarge': { without: 3, with: 20 },
  'm6i.2xlarge': { without: 3, with: 40 },
  'm6i.4xlarge': { without: 7, with: 60 },
  'm6i.8xlarge': { without: 7, with: 90 },
  'c5.large': { without: 2, with: 10 },
  'c5.xlarge': { without: 3, with: 20 },
  'c5.2xlarge': { without: 3, with: 40 },
  'c5.4xlarge': { without: 7, with: 60 },
  'c5.9xlarge': { without: 7, with: 60 },
  'c5.12xlarge': { without: 7, with: 60 },
  'c5.18xlarge': { without: 14, with: 120 },
  'c5.24xlarge': { without: 14, with: 120 },
  'c6i.large': { without: 2, with: 10 },
  'c6i.xlarge': { without: 3, with: 20 },
  'c6i.2xlarge': { without: 3, with: 40 },
  'c6i.4xlarge': { without: 7, with: 60 },
  'r5.large': { without: 2, with: 10 },
  'r5.xlarge': { without: 3, with: 20 },
  'r5.2xlarge': { without: 3, with: 40 },
  'r5.4xlarge': { without: 7, with: 60 },
  'r5.12xlarge': { without: 7, with: 60 },
  'r5.16xlarge': { without: 14, with: 120 },
  'r5.24xlarge': { without: 14, with: 120 },
  'r6i.large': { without: 2, with: 10 },
  'r6i.xlarge': { without: 3, with: 20 },
  'r6i.2xlarge': { without: 3, with: 40 },
};

/** How many awsvpc tasks an instance can hold, or undefined when the type is not in the table. */
export function eniTaskLimit(instanceType: string, trunking: boolean): number | undefined {
  const row = ENI_TASK_LIMITS[instanceType];
  if (!row) return undefined;
  return trunking && row.with !== undefined ? row.with : row.without;
}

/** Ports the ECS container agent reserves on every container instance. */
export const RESERVED_PORTS: readonly number[] = [22, 2375, 2376, 51678, 51679, 51680];
/** The ephemeral range dynamic host ports come from (hostPort 0 or absent, bridge mode). */
export const DYNAMIC_PORT_FIRST = 32768;
export const DYNAMIC_PORT_LAST = 60999;
export const DYNAMIC_PORT_COUNT = DYNAMIC_PORT_LAST - DYNAMIC_PORT_FIRST + 1;

/**
 * Valid Fargate task sizes (Amazon ECS Developer Guide, "Task CPU and memory"; RegisterTaskDefinition):
 * 256 → 512, 1024, 2048; 512 → 1024–4096 by 1024; 1024 → 2048–8192 by 1024; 2048 → 4096–16384 by 1024;
 * 4096 → 8192–30720 by 1024; 8192 → 16384–61440 by 4096; 16384 → 32768–122880 by 8192 (MiB).
 */
const FARGATE_SIZES: ReadonlyArray<{ cpu: number; min: number; max: number; step: number }> = [
  { cpu: 256, min: 512, max: 2048, step: 512 },
  { cpu: 512, min: 1024, max: 4096, step: 1024 },
  { cpu: 1024, min: 2048, max: 8192, step: 1024 },
  { cpu: 2048, min: 4096, max: 16384, step: 1024 },
  { cpu: 4096, min: 8192, max: 30720, step: 1024 },
  { cpu: 8192, min: 16384, max: 61440, step: 4096 },
  { cpu: 16384, min: 32768, max: 122880, step: 8192 },
];

/** Returns undefined for a valid Fargate size, or a sentence saying what is wrong. */
export function fargateSizeProblem(cpu: number, memory: number): string | undefined {
  const row = FARGATE_SIZES.find((r) => r.cpu === cpu);
  if (!row) return `Fargate task cpu must be one of ${FARGATE_SIZES.map((r) => r.cpu).join(', ')} CPU units, not ${cpu}`;
  // 256 CPU units allow 512, 1024 and 2048 MiB (not 1536), so that row is checked against its list.
  const allowed = cpu === 256 ? [512, 1024, 2048] : undefined;
  const ok = allowed ? allowed.includes(memory) : memory >= row.min && memory <= row.max && (memory - row.min) % row.step === 0;
  if (ok) return undefined;
  const range = allowed ? allowed.join(', ') : `${row.min}–${row.max} in steps of ${row.step}`;
  return `Fargate task with cpu ${cpu} needs memory ${range} MiB, not ${memory}`;
}

/** The task-level CPU values Fargate offers, in CPU units (1024 = 1 vCPU). */
export const FARGATE_CPU_VALUES: readonly number[] = FARGATE_SIZES.map((r) => r.cpu);

/** Every memory value (MiB) Fargate accepts with `cpu`, ascending; empty when `cpu` is not offered. */
export function fargateMemoryChoices(cpu: number): number[] {
  const row = FARGATE_SIZES.find((r) => r.cpu === cpu);
  if (!row) return [];
  const out: number[] = [];
  for (let m = row.min; m <= row.max; m += row.step) if (fargateSizeProblem(cpu, m) === undefined) out.push(m);
  return out;
}
