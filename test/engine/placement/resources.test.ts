import { describe, expect, it } from 'vitest';
import { eniTaskLimit, fargateSizeProblem } from '@/engine/placement/limits';
import { taskSpec } from '@/engine/deployment/service';
import type { Scenario } from '@/content/scenarioSchema';
import { ClusterState, instance, placeMany, spec } from './helpers';
// `=~` and `!~` are matched by re2js, installed by this import (the app loads it only where needed).
import '@/engine/placement/re2';

const binpackMemory = [{ type: 'binpack', field: 'memory' }] as const;

describe('resource filter', () => {
  it('skips instances without enough CPU units or memory', () => {
    const cluster = new ClusterState([instance('small-cpu', 'a', 256, 8192), instance('small-mem', 'a', 4096, 512), instance('ok', 'a', 4096, 8192)]);
    const { ids, results } = placeMany(cluster, 1, spec(512, 1024), binpackMemory);
    expect(ids).toEqual(['ok']);
    const verdicts = results[0]?.decision.instances ?? [];
    expect(verdicts.find((v) => v.instanceId === 'small-cpu')).toMatchObject({ step: 'resources', shortfalls: [{ resource: 'cpu', required: 512, available: 256, shortBy: 256 }] });
    expect(verdicts.find((v) => v.instanceId === 'small-mem')).toMatchObject({ step: 'resources', shortfalls: [{ resource: 'memory', required: 1024, available: 512, shortBy: 512 }] });
  });

  it('reserves memoryReservation when set, else memory, and task-level memory over both', () => {
    const base = { schemaVersion: 1, title: 't', mode: 'ecs', seed: 1, cluster: { instances: [] }, actions: [] } as const;
    const td = (extra: object, containers: object[]) => ({ ...base, taskDefinition: { family: 'f', revision: 1, containerDefinitions: containers, ...extra } }) as unknown as Scenario;
    expect(taskSpec(td({}, [{ name: 'a', image: 'x', memory: 512, memoryReservation: 128 }, { name: 'b', image: 'x', memory: 256 }])).memory).toBe(384);
    expect(taskSpec(td({ memory: 2048 }, [{ name: 'a', image: 'x', memory: 512, memoryReservation: 128 }])).memory).toBe(2048);
  });

  it('lets one task per instance hold a static host port', () => {
    const cluster = new ClusterState([instance('i-1', 'a', 4096, 8192), instance('i-2', 'b', 4096, 8192)]);
    const { ids, results } = placeMany(cluster, 3, spec(128, 128, { staticPorts: [80] }), binpackMemory);
    expect(ids.slice(0, 2).sort()).toEqual(['i-1', 'i-2']);
    expect(ids[2]).toBeNull();
    expect(results[2]?.reason).toMatch(/no container instance met all of its requirements.*is already using a port required by your task/);
  });

  it('never places a task that needs a port the ECS agent reserves', () => {
    for (const port of [22, 2375, 2376, 51678, 51679, 51680]) {
      const cluster = new ClusterState([instance('i-1', 'a', 4096, 8192)]);
      expect(placeMany(cluster, 1, spec(128, 128, { staticPorts: [port] }), binpackMemory).ids).toEqual([null]);
    }
    const cluster = new ClusterState([instance('i-1', 'a', 4096, 8192)]);
    expect(placeMany(cluster, 1, spec(128, 128, { staticPorts: [8080] }), binpackMemory).ids).toEqual(['i-1']);
  });

  it('gives dynamic host ports from 32768–60999, 28232 per instance', () => {
    const cluster = new ClusterState([instance('i-1', 'a', 1_000_000, 1_000_000)]);
    const inst = cluster.instances[0]!;
    expect(cluster.freeDynamicPorts(inst)).toBe(60999 - 32768 + 1);
    cluster.occupy(inst, spec(0, 0, { dynamicPorts: 28231 }));
    expect(placeMany(cluster, 2, spec(1, 1, { dynamicPorts: 1 }), binpackMemory).ids).toEqual(['i-1', null]);
  });
});

describe('awsvpc ENI limits', () => {
  it('uses the documented task limits without and with ENI trunking', () => {
    expect(eniTaskLimit('c5.large', false)).toBe(2);
    expect(eniTaskLimit('c5.large', true)).toBe(10);
    expect(eniTaskLimit('m5.xlarge', false)).toBe(3);
    expect(eniTaskLimit('m5.xlarge', true)).toBe(20);
    expect(eniTaskLimit('m5.4xlarge', true)).toBe(60);
    expect(eniTaskLimit('r5.large', true)).toBe(10);
  });

  it('leaves T-family instances unchanged by trunking: they are not eligible', () => {
    expect(eniTaskLimit('t3.large', false)).toBe(2);
    expect(eniTaskLimit('t3.large', true)).toBe(2);
    expect(eniTaskLimit('t3.micro', true)).toBe(1);
  });

  it('stops placing awsvpc tasks when the instance has no free ENI', () => {
    const plain = new ClusterState([instance('c5', 'a', 8192, 16384, { instanceType: 'c5.large' })]);
    expect(placeMany(plain, 3, spec(128, 128, { eni: true }), binpackMemory).ids).toEqual(['c5', 'c5', null]);
    const trunked = new ClusterState([instance('c5', 'a', 8192, 16384, { instanceType: 'c5.large', eniTrunking: true })]);
    const { ids } = placeMany(trunked, 11, spec(128, 128, { eni: true }), binpackMemory);
    expect(ids.filter((x) => x === 'c5')).toHaveLength(10);
    expect(ids[10]).toBeNull();
  });
});

describe('Fargate task sizes', () => {
  it('accepts the documented cpu/memory combinations', () => {
    for (const [cpu, mem] of [[256, 512], [256, 2048], [512, 4096], [1024, 8192], [2048, 16384], [4096, 30720], [8192, 61440], [16384, 122880], [16384, 32768]]) {
      expect(fargateSizeProblem(cpu!, mem!)).toBeUndefined();
    }
  });

  it('rejects combinations outside the table', () => {
    for (const [cpu, mem] of [[256, 4096], [256, 1536], [512, 512], [1024, 1024], [2048, 17408], [4096, 4096], [8192, 18432], [16384, 36864], [128, 512]]) {
      expect(fargateSizeProblem(cpu!, mem!)).toBeDefined();
    }
  });
});

describe('ClusterState.clear', () => {
  it('empties every instance so a replay starts from scratch', () => {
    const cluster = new ClusterState([instance('i-1', 'a', 1024, 1024)]);
    placeMany(cluster, 2, spec(512, 512, { staticPorts: [80] }), binpackMemory);
    cluster.clear();
    const { ids } = placeMany(cluster, 1, spec(1024, 1024, { staticPorts: [80] }), binpackMemory);
    expect(ids).toEqual(['i-1']);
    expect(cluster.spreadCount('service:web', 'instanceId', 'i-1')).toBe(1);
  });
});
