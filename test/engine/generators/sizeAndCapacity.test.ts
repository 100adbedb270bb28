import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awsvpcCapacityGenerator, fargateSizeGenerator } from '@/engine/generators';
import type { GeneratedQuestion } from '@/engine/generators';
import { ENI_LIMITS, fargateOracle } from './oracles';
// `=~` and `!~` are matched by re2js, installed by this import (the app loads it only where needed).
import '@/engine/placement/re2';

const seedArb = fc.nat({ max: 1_000_000 });
const fixedSeeds = Array.from({ length: 24 }, (_, i) => i);

/** The Fargate options the stem asks for (accepted or rejected), worked out from the documented table. */
function expectedFargate(q: GeneratedQuestion): string[] {
  const wantValid = q.stem.endsWith('Which combination does Amazon ECS accept?');
  if (!wantValid) expect(q.stem).toMatch(/Which one does Amazon ECS reject\?$/);
  return q.options
    .filter((o) => {
      const m = /^(\d+) CPU units \([\d.]+ vCPU\) and (\d+) MiB \([\d.]+ GB\)$/.exec(o.text);
      if (!m) throw new Error(`unexpected option: ${o.text}`);
      return fargateOracle(Number(m[1]), Number(m[2])) === wantValid;
    })
    .map((o) => o.id);
}

describe('the Fargate task size generator', () => {
  it('answers what the documented size table allows, on fixed and arbitrary seeds', () => {
    for (const seed of fixedSeeds) expect(expectedFargate(fargateSizeGenerator.generate(seed))).toEqual(fargateSizeGenerator.generate(seed).answer);
    fc.assert(
      fc.property(seedArb, (seed) => {
        expect(expectedFargate(fargateSizeGenerator.generate(seed))).toEqual(fargateSizeGenerator.generate(seed).answer);
      }),
      { numRuns: 80 },
    );
  });

  it('writes vCPU and GB that match the CPU units and MiB', () => {
    for (const seed of fixedSeeds) {
      for (const o of fargateSizeGenerator.generate(seed).options) {
        const [, cpu, vcpu, mib, gb] = /^(\d+) CPU units \(([\d.]+) vCPU\) and (\d+) MiB \(([\d.]+) GB\)$/.exec(o.text)!.map(Number);
        expect([vcpu, gb]).toEqual([cpu! / 1024, mib! / 1024]);
      }
    }
  });

  it('builds its invalid sizes from the mistakes it models: too little memory, too much, off-step, an unknown CPU', () => {
    const ranges: Record<number, [number, number]> = { 256: [512, 2048], 512: [1024, 4096], 1024: [2048, 8192], 2048: [4096, 16384], 4096: [8192, 30720], 8192: [16384, 61440], 16384: [32768, 122880] };
    const kinds = new Set<string>();
    for (const seed of fixedSeeds) {
      for (const o of fargateSizeGenerator.generate(seed).options) {
        const [, cpu, , memory] = /^(\d+) CPU units \(([\d.]+) vCPU\) and (\d+) MiB/.exec(o.text)!.map(Number);
        if (fargateOracle(cpu!, memory!)) continue;
        const range = ranges[cpu!];
        kinds.add(!range ? 'cpu' : memory! < range[0] ? 'below' : memory! > range[1] ? 'above' : 'step');
      }
    }
    expect([...kinds].sort()).toEqual(['above', 'below', 'cpu', 'step']);
  });
});

/** The instance options that can run every task, worked out from the ENI table and the sizes in the text. */
function expectedCapacity(q: GeneratedQuestion): string[] {
  const [, cpu, memory] = /each task reserves (\d+) CPU units and (\d+) MiB/.exec(q.stem)!.map(Number);
  const need = Number(/can run all (\d+) tasks\?$/.exec(q.stem)![1]);
  return q.options
    .filter((o) => {
      const m = /^(\S+) \((\d+) vCPU, (\d+) GiB\)(?:, ENI trunking (on|off)| (with ENI trunking turned on|without ENI trunking))$/.exec(o.text);
      if (!m) throw new Error(`unexpected option: ${o.text}`);
      const trunking = m[4] === 'on' || m[5] === 'with ENI trunking turned on';
      const enis = ENI_LIMITS[m[1]!]![trunking ? 1 : 0];
      const fits = Math.min(enis, Math.floor((Number(m[2]) * 1024) / cpu!), Math.floor((Number(m[3]) * 1024) / memory!));
      return fits >= need;
    })
    .map((o) => o.id);
}

describe('the awsvpc capacity generator', () => {
  it('answers the one instance whose ENIs, CPU and memory all hold the tasks, on fixed and arbitrary seeds', () => {
    for (const seed of fixedSeeds) expect(expectedCapacity(awsvpcCapacityGenerator.generate(seed))).toEqual(awsvpcCapacityGenerator.generate(seed).answer);
    fc.assert(
      fc.property(seedArb, (seed) => {
        expect(expectedCapacity(awsvpcCapacityGenerator.generate(seed))).toEqual(awsvpcCapacityGenerator.generate(seed).answer);
      }),
      { numRuns: 60 },
    );
  });

  it('offers the mistakes it models: the key without trunking, a T3 with trunking on, too few ENIs or too little CPU and memory', () => {
    const wrong = fixedSeeds.flatMap((seed) => {
      const q = awsvpcCapacityGenerator.generate(seed);
      return q.options.filter((o) => !q.answer.includes(o.id));
    });
    expect(wrong.some((o) => o.text.startsWith('t3.') && /trunking (on|turned on)/.test(o.text))).toBe(true);
    expect(wrong.some((o) => o.explanation.includes('T-family types do not support ENI trunking'))).toBe(true);
    const twins = fixedSeeds.filter((seed) => {
      const q = awsvpcCapacityGenerator.generate(seed);
      const key = q.options.find((o) => q.answer.includes(o.id))!.text.split(' ')[0];
      return q.options.filter((o) => o.text.startsWith(`${key} `)).length === 2;
    });
    expect(twins.length).toBeGreaterThan(fixedSeeds.length / 3);
  });
});
