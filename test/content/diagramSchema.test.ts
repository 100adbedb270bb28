import { describe, expect, it } from 'vitest';
import { parseDiagram } from '@/content/diagramSchema';
import { formatIssue } from '@/content/issues';
import { scheduleExpressionProblem } from '@/content/scheduleExpression';

const wrap = (nodes: unknown[], edges: unknown[] = []) => JSON.stringify({ schemaVersion: 1, nodes, edges });
const issues = (text: string) => parseDiagram('d.json', text).issues.map(formatIssue);

describe('parseDiagram', () => {
  it('accepts a minimal diagram and fills in documented defaults', () => {
    const r = parseDiagram('d.json', wrap([{ id: 'b', kind: 's3' }, { id: 't', kind: 'ecs-task', props: { launchType: 'FARGATE' } }]));
    expect(r.issues).toEqual([]);
    expect(r.diagram?.nodes[0]?.props).toEqual({ eventBridgeNotifications: false, s3FilesFileSystem: false });
    expect(r.diagram?.nodes[1]?.props).toEqual({ launchType: 'FARGATE', networkMode: 'awsvpc' });
  });

  it('names the field path of a bad prop', () => {
    expect(issues(wrap([{ id: 'lb', kind: 'alb', props: { targetType: 'lambda' } }]))).toEqual([
      'd.json: nodes.0.props.targetType: Invalid option: expected one of "instance"|"ip"',
    ]);
  });

  it('rejects unknown kinds, unknown props and dangling edges', () => {
    const out = issues(wrap([{ id: 'x', kind: 'lambda' }, { id: 'q', kind: 'sqs', props: { visibility: 30 } }]));
    expect(out[0]).toMatch(/^d\.json: nodes\.0\.kind: /);
    expect(out[1]).toMatch(/^d\.json: nodes\.1\.props: .*visibility/);
    expect(issues(wrap([{ id: 'q', kind: 'sqs' }], [{ id: 'e', source: 'q', target: 'nowhere' }]))).toEqual(['d.json: edges.0.target: no node with id "nowhere"']);
  });

  it('rejects duplicate ids and self-loops', () => {
    const out = issues(wrap([{ id: 'a', kind: 'sqs' }, { id: 'a', kind: 'sns' }], [{ id: 'e', source: 'a', target: 'a' }]));
    expect(out).toContain('d.json: nodes.1.id: duplicate node id "a"');
    expect(out).toContain('d.json: edges.0.target: an edge cannot connect a node to itself');
  });

  it('checks IAM action syntax and EFS settings', () => {
    expect(issues(wrap([{ id: 'r', kind: 'iam-role', props: { purpose: 'task', actions: ['GetObject'] } }]))[0]).toMatch(/^d\.json: nodes\.0\.props\.actions\.0: an IAM action/);
    expect(issues(wrap([{ id: 'f', kind: 'efs', props: { iamAuthorization: true } }]))).toEqual([
      'd.json: nodes.0.props.transitEncryption: EFS IAM authorization requires transit encryption',
    ]);
  });

  it('validates schedule expressions and reports them on their field', () => {
    expect(issues(wrap([{ id: 's', kind: 'eventbridge-schedule', props: { scheduleExpression: 'every hour' } }]))[0]).toMatch(
      /^d\.json: nodes\.0\.props\.scheduleExpression: a schedule expression is rate/,
    );
  });

  it('reports JSON syntax errors with the file name', () => {
    expect(issues('{')[0]).toMatch(/^d\.json: not valid JSON/);
  });
});

describe('scheduleExpressionProblem', () => {
  it.each(['rate(1 hour)', 'rate(5 minutes)', 'rate(2 days)', 'cron(0 * * * ? *)', 'cron(0 12 ? * MON-FRI *)', 'cron(15 10 1 * ? 2027)', 'at(2026-12-01T09:30:00)'])(
    'accepts %s',
    (x) => expect(scheduleExpressionProblem(x, true)).toBeUndefined(),
  );

  it.each([
    ['rate(1 hours)', /singular/],
    ['rate(5 minute)', /plural/],
    ['rate(0 minutes)', /positive/],
    ['rate(1 week)', /minute\(s\), hour\(s\) or day\(s\)/],
    ['cron(0 * * * *)', /six fields/],
    ['cron(0 * * * * *)', /day-of-month or day-of-week must be "\?"/],
    ['cron(0 * 1 * MON *)', /day-of-month or day-of-week must be "\?"/],
    ['at(2026-13-01T00:00:00)', /at\(2026-11-22T09:00:00\)/],
  ])('rejects %s', (x, message) => expect(scheduleExpressionProblem(x, true)).toMatch(message));

  it('allows one-time at() schedules only in EventBridge Scheduler', () => {
    expect(scheduleExpressionProblem('at(2026-12-01T09:30:00)', false)).toMatch(/only in EventBridge Scheduler/);
  });
});
