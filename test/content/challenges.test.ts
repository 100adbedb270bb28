import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseChallenge, type Challenge } from '@/content/challengeSchema';
import type { Diagram, DiagramNode } from '@/content/diagramSchema';
import { formatIssue } from '@/content/issues';
import { gradeDiagram, passes, runFlow, type FindingCode } from '@/engine/architecture';

const dir = path.resolve('content/challenges');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

function load(file: string): Challenge {
  const r = parseChallenge(`content/challenges/${file}`, readFileSync(path.join(dir, file), 'utf8'));
  if (!r.challenge) throw new Error(r.issues.map(formatIssue).join('\n'));
  return r.challenge;
}

const clone = (d: Diagram): Diagram => structuredClone(d);
const nodeOf = (d: Diagram, id: string): DiagramNode => {
  const found = d.nodes.find((x) => x.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
};
const setProp = (d: Diagram, id: string, key: string, value: unknown) => {
  (nodeOf(d, id).props as Record<string, unknown>)[key] = value;
  return d;
};
const dropAction = (d: Diagram, roleId: string, action: string) => {
  const r = nodeOf(d, roleId);
  if (r.kind !== 'iam-role') throw new Error(`${roleId} is not a role`);
  r.props.actions = r.props.actions.filter((a) => a !== action);
  return d;
};
const dropEdge = (d: Diagram, edgeId: string) => {
  d.edges = d.edges.filter((e) => e.id !== edgeId);
  return d;
};

/**
 * For each challenge, broken copies of the reference solution and the finding each must produce.
 * The expected codes follow from the AWS facts each challenge teaches.
 */
const BROKEN: Record<string, { name: string; mutate: (d: Diagram) => Diagram; code: FindingCode }[]> = {
  's3-upload-runs-task': [
    { name: 'task role without dynamodb:PutItem', mutate: (d) => dropAction(d, 'task-role', 'dynamodb:PutItem'), code: 'missing-permission' },
    { name: 'bucket EventBridge notifications off', mutate: (d) => setProp(d, 'uploads', 'eventBridgeNotifications', false), code: 'missing-config' },
    { name: 'no rule → task edge', mutate: (d) => dropEdge(d, 'e3'), code: 'challenge-unmet' },
  ],
  'hourly-schedule-runs-task': [
    { name: 'schedule role without ecs:RunTask', mutate: (d) => dropAction(d, 'scheduler-role', 'ecs:RunTask'), code: 'missing-permission' },
    { name: 'a role that trusts EventBridge instead of Scheduler', mutate: (d) => setProp(d, 'scheduler-role', 'purpose', 'eventbridge'), code: 'invalid-connection' },
    { name: 'runs daily instead of hourly', mutate: (d) => setProp(d, 'hourly', 'scheduleExpression', 'rate(1 day)'), code: 'challenge-unmet' },
  ],
  'sqs-poller-scales-on-backlog': [
    { name: 'task role without sqs:DeleteMessage', mutate: (d) => dropAction(d, 'task-role', 'sqs:DeleteMessage'), code: 'missing-permission' },
    { name: 'no scaling policy for the alarm', mutate: (d) => setProp(d, 'workers', 'scaling', { policy: 'none', minCapacity: 1, maxCapacity: 1 }), code: 'missing-config' },
  ],
  'task-stopped-email-alert': [
    { name: 'rule matches S3 events instead of ECS', mutate: (d) => setProp(d, 'task-stopped', 'eventPattern', { source: ['aws.s3'] }), code: 'missing-config' },
    { name: 'nobody subscribed to the topic', mutate: (d) => setProp(d, 'alerts', 'emailSubscription', undefined), code: 'challenge-unmet' },
  ],
  'alb-ec2-dynamic-ports': [
    { name: 'fixed host port', mutate: (d) => setProp(d, 'web', 'hostPort', 8080), code: 'challenge-unmet' },
    { name: 'ip target type for bridge tasks', mutate: (d) => setProp(d, 'web-alb', 'targetType', 'ip'), code: 'missing-config' },
  ],
  'alb-fargate-service': [
    { name: 'Classic Load Balancer in front of Fargate', mutate: (d) => setProp(d, 'web-alb', 'loadBalancerType', 'classic'), code: 'invalid-connection' },
    { name: 'instance target type for awsvpc tasks', mutate: (d) => setProp(d, 'web-alb', 'targetType', 'instance'), code: 'missing-config' },
  ],
  'efs-shared-storage': [
    { name: 'task role cannot write', mutate: (d) => dropAction(d, 'task-role', 'elasticfilesystem:ClientWrite'), code: 'missing-permission' },
    {
      name: 'a bucket mounted instead of EFS',
      mutate: (d) => {
        d.nodes.push({ id: 'bucket', kind: 's3', props: { eventBridgeNotifications: false, s3FilesFileSystem: false } });
        d.edges.push({ id: 'm', source: 'bucket', target: 'cms' });
        return dropEdge(d, 'e1');
      },
      code: 'invalid-connection',
    },
  ],
  'ecr-codebuild-pipeline': [
    { name: 'build role without ecr:PutImage', mutate: (d) => dropAction(d, 'build-role', 'ecr:PutImage'), code: 'missing-permission' },
    { name: 'pull permissions on the task role instead of the execution role', mutate: (d) => {
        d.nodes.push({ id: 'task-role', kind: 'iam-role', props: { purpose: 'task', actions: ['ecr:GetAuthorizationToken', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] } });
        d.edges.push({ id: 'tr', source: 'task-role', target: 'app' });
        return dropEdge(d, 'e3');
      }, code: 'misplaced-permission' },
  ],
  's3-files-mount-fargate': [
    { name: 'no S3 Files file system on the bucket', mutate: (d) => setProp(d, 'media', 's3FilesFileSystem', false), code: 'invalid-connection' },
    { name: 'EC2 launch type', mutate: (d) => setProp(setProp(d, 'transcoder', 'launchType', 'EC2'), 'transcoder', 'networkMode', 'bridge'), code: 'invalid-connection' },
    { name: 'task role without s3files:ClientMount', mutate: (d) => dropAction(d, 'task-role', 's3files:ClientMount'), code: 'missing-permission' },
  ],
};

describe('sandbox challenges', () => {
  it('has at least eight challenges with unique ids', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(new Set(files.map((f) => load(f).id)).size).toBe(files.length);
  });

  it.each(files)('%s: the reference solution passes with no findings and its flow runs to the end', (file) => {
    const c = load(file);
    expect(gradeDiagram(c.referenceSolution, c)).toEqual([]);
    const flow = runFlow(c.referenceSolution);
    expect(flow.failure).toBeUndefined();
    expect(flow.hops.length).toBeGreaterThan(1);
  });

  it.each(files)('%s: the starting nodes alone do not pass', (file) => {
    const c = load(file);
    const start: Diagram = { schemaVersion: 1, nodes: c.startingNodes, edges: [] };
    expect(passes(gradeDiagram(start, c))).toBe(false);
  });

  it.each(files)('%s: broken variants fail with the expected finding', (file) => {
    const c = load(file);
    const cases = BROKEN[c.id];
    expect(cases, `no broken variants for ${c.id}`).toBeDefined();
    for (const b of cases ?? []) {
      const findings = gradeDiagram(b.mutate(clone(c.referenceSolution)), c);
      expect(passes(findings), b.name).toBe(false);
      expect(findings.map((f) => f.code), b.name).toContain(b.code);
    }
  });
});

describe('parseChallenge', () => {
  const base = JSON.parse(readFileSync(path.join(dir, 'alb-fargate-service.json'), 'utf8'));

  it('requires the id to match the file name', () => {
    const r = parseChallenge('content/challenges/other-name.json', JSON.stringify(base));
    expect(r.issues.map(formatIssue)).toEqual(['content/challenges/other-name.json: id: the id must match the file name ("other-name")']);
  });

  it('requires the reference solution to keep every starting node', () => {
    const broken = { ...base, referenceSolution: { ...base.referenceSolution, nodes: base.referenceSolution.nodes.filter((x: { id: string }) => x.id !== 'clients') } };
    broken.referenceSolution.edges = broken.referenceSolution.edges.filter((x: { source: string }) => x.source !== 'clients');
    const r = parseChallenge('content/challenges/alb-fargate-service.json', JSON.stringify(broken));
    expect(r.issues.map(formatIssue)).toEqual([
      'content/challenges/alb-fargate-service.json: startingNodes.0.id: the reference solution must keep starting node "clients" (internet)',
    ]);
  });

  it('names the field of a malformed reference solution', () => {
    const broken = structuredClone(base);
    broken.referenceSolution.nodes[2].props.launchType = 'LAMBDA';
    const r = parseChallenge('content/challenges/alb-fargate-service.json', JSON.stringify(broken));
    expect(r.issues.map((i) => i.field)).toEqual(['referenceSolution.nodes.2.props.launchType']);
  });
});
