import fc from 'fast-check';
import { validateScenario, type Scenario } from '@/content/scenarioSchema';
// `=~` and `!~` are matched by re2js, installed by this import (the app loads it only where needed).
import '@/engine/placement/re2';

const ZONES = ['us-east-1a', 'us-east-1b', 'us-east-1c'];
export const EXPRESSIONS = ['attribute:ecs.instance-type =~ t3.*', 'attribute:ecs.availability-zone in [us-east-1a, us-east-1b]', 'attribute:stack == prod', 'not(attribute:stack exists)'];

const instanceArb = fc.record({
  instanceType: fc.constantFrom('t3.large', 'm5.large', 'c5.large', 'm5.xlarge'),
  availabilityZone: fc.constantFrom(...ZONES),
  cpu: fc.constantFrom(1024, 2048, 4096),
  memory: fc.constantFrom(2048, 4096, 8192),
  eniTrunking: fc.boolean(),
  stack: fc.constantFrom('prod', 'dev', undefined),
});

const strategyArb = fc.oneof(
  fc.record({ type: fc.constant('binpack'), field: fc.constantFrom('cpu', 'memory') }),
  fc.record({ type: fc.constant('spread'), field: fc.constantFrom('attribute:ecs.availability-zone', 'instanceId', 'attribute:stack') }),
  fc.record({ type: fc.constant('random') }),
);

const actionArb = (instanceIds: string[]) =>
  fc.oneof(
    fc.record({ type: fc.constant('updateService'), desiredCount: fc.integer({ min: 0, max: 8 }) }),
    fc.record({ type: fc.constant('updateService'), bump: fc.constant(true), newRevisionHealthy: fc.boolean(), desiredCount: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }) }),
    ...(instanceIds.length > 0 ? [fc.record({ type: fc.constant('stopInstance'), instanceId: fc.constantFrom(...instanceIds) })] : []),
    fc.record({ type: fc.constant('runTask'), count: fc.integer({ min: 1, max: 3 }), group: fc.constant('batch') }),
  );

/** Valid scenarios by construction: small clusters, every network mode, strategies, constraints and actions. */
export function scenarioArb(options: { serviceOnly?: boolean } = {}): fc.Arbitrary<Scenario> {
  return fc
    .record({
      seed: fc.integer({ min: 0, max: 1_000_000 }),
      kubernetes: fc.boolean(),
      fargate: fc.boolean(),
      instances: fc.array(instanceArb, { minLength: 0, maxLength: 6 }),
      networkMode: fc.constantFrom('bridge', 'host', 'awsvpc'),
      port: fc.constantFrom('none', 'static', 'dynamic'),
      cpu: fc.constantFrom(128, 256, 512),
      memory: fc.constantFrom(256, 512, 1024),
      reservation: fc.boolean(),
      healthCheck: fc.boolean(),
      desired: fc.integer({ min: 0, max: 8 }),
      strategies: fc.array(strategyArb, { maxLength: 3 }),
      distinct: fc.boolean(),
      memberOf: fc.option(fc.constantFrom(...EXPRESSIONS), { nil: undefined }),
      min: fc.constantFrom(0, 50, 100),
      max: fc.constantFrom(100, 125, 150, 200),
      breaker: fc.option(fc.record({ enable: fc.boolean(), rollback: fc.boolean() }), { nil: undefined }),
      grace: fc.constantFrom(0, 60),
      surge: fc.constantFrom<string | number>('25%', '0%', 0, 1, 2, '50%'),
      unavailable: fc.constantFrom<string | number>('25%', '0%', 0, 1, '50%'),
      scoring: fc.constantFrom('LeastAllocated', 'MostAllocated'),
    })
    .chain((r) => {
      const ids = r.instances.map((_, i) => `i-${i}`);
      return fc.record({ r: fc.constant(r), actions: fc.array(actionArb(ids), { maxLength: 3 }) });
    })
    .map(({ r, actions }) => {
      const k8s = r.kubernetes && !r.fargate;
      const fargate = r.fargate && !k8s;
      const mode = fargate ? 'awsvpc' : k8s ? 'bridge' : r.networkMode;
      const ports =
        r.port === 'none' || mode === 'awsvpc'
          ? []
          : r.port === 'static'
            ? [{ containerPort: 80, hostPort: 80 }]
            : mode === 'host'
              ? [{ containerPort: 8080 }]
              : [{ containerPort: 80, hostPort: 0 }];
      let revision = 1;
      const built = actions
        .filter((a) => !(options.serviceOnly && a.type === 'runTask'))
        .filter((a) => !(k8s && a.type === 'runTask'))
        .map((a) => {
          if (a.type === 'updateService' && 'bump' in a) {
            revision++;
            return { type: 'updateService', taskDefinition: { revision }, newRevisionHealthy: a.newRevisionHealthy, ...(a.desiredCount !== undefined ? { desiredCount: a.desiredCount } : {}) };
          }
          return a;
        });
      const data = {
        schemaVersion: 1,
        title: 'generated',
        mode: k8s ? 'kubernetes' : 'ecs',
        seed: r.seed,
        cluster: {
          instances: r.instances.map((x, i) => ({
            id: `i-${i}`,
            instanceType: x.instanceType,
            availabilityZone: x.availabilityZone,
            cpu: x.cpu,
            memory: x.memory,
            eniTrunking: x.eniTrunking,
            ...(x.stack ? { attributes: { stack: x.stack } } : {}),
          })),
        },
        taskDefinition: {
          family: 'web',
          revision: 1,
          networkMode: mode,
          ...(fargate ? { requiresCompatibilities: ['FARGATE'], cpu: 512, memory: 1024 } : {}),
          containerDefinitions: [
            {
              name: 'app',
              image: 'nginx',
              cpu: r.cpu,
              memory: r.memory,
              ...(r.reservation ? { memoryReservation: r.memory / 2 } : {}),
              ...(ports.length > 0 ? { portMappings: ports } : {}),
              ...(r.healthCheck ? { healthCheck: { command: ['CMD-SHELL', 'true'] } } : {}),
            },
          ],
        },
        ...(k8s
          ? {}
          : {
              service: {
                serviceName: 'web',
                ...(fargate ? { launchType: 'FARGATE' } : {}),
                desiredCount: r.desired,
                placementStrategy: r.strategies,
                placementConstraints: [...(r.distinct ? [{ type: 'distinctInstance' }] : []), ...(r.memberOf ? [{ type: 'memberOf', expression: r.memberOf }] : [])],
                deploymentConfiguration: { minimumHealthyPercent: r.min, maximumPercent: r.max, ...(r.breaker ? { deploymentCircuitBreaker: r.breaker } : {}) },
                healthCheckGracePeriodSeconds: r.grace,
              },
            }),
        actions: [{ type: 'createService' }, ...built],
        ...(k8s ? { kubernetes: { replicas: r.desired, strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: r.surge, maxUnavailable: r.unavailable } }, scoringStrategy: r.scoring } } : {}),
      };
      const v = validateScenario('generated.json', data);
      if (!v.ok) throw new Error(`generated an invalid scenario: ${JSON.stringify(v.issues)}`);
      return v.scenario;
    });
}
