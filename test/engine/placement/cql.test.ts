import { describe, expect, it } from 'vitest';
import { evaluateCql, parseCql, type CqlSubjectSource } from '@/engine/placement/cql';
// `=~` and `!~` are matched by re2js, installed by this import (the app loads it only where needed).
import '@/engine/placement/re2';

function instance(attrs: Record<string, string>, extra: Partial<CqlSubjectSource> = {}): CqlSubjectSource {
  return { instanceId: 'i-1', attribute: (n) => attrs[n], runningTasksCount: 0, taskGroups: [], ...extra };
}

function holds(expression: string, src: CqlSubjectSource): boolean {
  const parsed = parseCql(expression);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return evaluateCql(parsed.ast, src);
}

const t3a = instance({ 'ecs.instance-type': 't3.large', 'ecs.availability-zone': 'us-east-1a', stack: 'prod' });
const m5c = instance({ 'ecs.instance-type': 'm5.xlarge', 'ecs.availability-zone': 'us-east-1c' });

describe('cluster query language: evaluation', () => {
  it('matches instance types with =~ and its word form', () => {
    expect(holds('attribute:ecs.instance-type =~ t3.*', t3a)).toBe(true);
    expect(holds('attribute:ecs.instance-type =~ t3.*', m5c)).toBe(false);
    expect(holds('attribute:ecs.instance-type matches t3.*', t3a)).toBe(true);
    expect(holds('attribute:ecs.instance-type !~ t3.*', m5c)).toBe(true);
  });

  it('tests zones against a list with in and !in', () => {
    const expr = 'attribute:ecs.availability-zone in [us-east-1a, us-east-1b]';
    expect(holds(expr, t3a)).toBe(true);
    expect(holds(expr, m5c)).toBe(false);
    expect(holds('attribute:ecs.availability-zone !in [us-east-1a, us-east-1b]', m5c)).toBe(true);
    expect(holds('attribute:ecs.availability-zone not_in [us-east-1c]', m5c)).toBe(false);
  });

  it('supports ==, !=, exists and !exists on custom attributes', () => {
    expect(holds('attribute:stack == prod', t3a)).toBe(true);
    expect(holds('attribute:stack != prod', t3a)).toBe(false);
    expect(holds('attribute:stack exists', t3a)).toBe(true);
    expect(holds('attribute:stack !exists', m5c)).toBe(true);
    expect(holds("attribute:stack == 'prod'", t3a)).toBe(true);
  });

  it('compares numbers numerically', () => {
    const busy = instance({}, { runningTasksCount: 10 });
    expect(holds('runningTasksCount > 9', busy)).toBe(true);
    expect(holds('runningTasksCount >= 10', busy)).toBe(true);
    expect(holds('runningTasksCount < 9', busy)).toBe(false);
    expect(holds('runningTasksCount == 0', instance({}))).toBe(true);
  });

  it('combines with and/or/not and parentheses, with and binding tighter than or', () => {
    expect(holds('attribute:stack == prod && attribute:ecs.instance-type =~ m5.*', t3a)).toBe(false);
    expect(holds('attribute:stack == prod || attribute:ecs.instance-type =~ m5.*', m5c)).toBe(true);
    expect(holds('not attribute:stack exists', m5c)).toBe(true);
    expect(holds('!(attribute:stack exists)', t3a)).toBe(false);
    // a or b and c  ==  a or (b and c)
    expect(holds('attribute:stack == prod or attribute:stack == dev and attribute:stack == qa', t3a)).toBe(true);
    expect(holds('(attribute:stack == prod or attribute:stack == dev) and attribute:stack == qa', t3a)).toBe(false);
  });

  it('looks at the groups of tasks on the instance with task:group', () => {
    const db = instance({}, { taskGroups: ['service:database'] });
    expect(holds('task:group == service:database', db)).toBe(true);
    expect(holds('not(task:group == service:database)', db)).toBe(false);
    expect(holds('task:group != service:database', instance({}))).toBe(true);
  });

  it('matches the instance id with ec2InstanceId', () => {
    expect(holds("ec2InstanceId in ['i-1', 'i-2']", t3a)).toBe(true);
  });
});

describe('cluster query language: syntax errors come back with their position', () => {
  const error = (expr: string) => {
    const r = parseCql(expr);
    if (r.ok) throw new Error('expected a syntax error');
    return r.error;
  };

  it('a missing value after an operator points at the end', () => {
    const e = error('attribute:ecs.instance-type =~');
    expect(e.column).toBe(31);
    expect(e.offset).toBe(30);
    expect(e.message).toContain('at character 31');
  });

  it('an unknown operator points at the operator', () => {
    expect(error('attribute:stack === prod').column).toBe(17);
    expect(error('attribute:stack is prod').column).toBe(17);
  });

  it('an unclosed parenthesis and an unclosed list point where the closer was expected', () => {
    expect(error('(attribute:stack exists').column).toBe(24);
    expect(error("attribute:ecs.availability-zone in [us-east-1a, us-east-1b").column).toBe(59);
  });

  it('an unknown subject, trailing garbage and an empty expression', () => {
    expect(error('color == red').column).toBe(1);
    expect(error('attribute:stack exists prod').column).toBe(24);
    expect(error('   ').column).toBe(1);
    expect(error("attribute:stack == 'prod").column).toBe(20);
  });

  it('never throws, whatever the input', () => {
    for (const s of ['', '(', ')', '[', '!', '&&', 'and', 'attribute:', "'", 'a ==', 'attribute:x in [', 'attribute:x =~ (']) {
      expect(() => parseCql(s)).not.toThrow();
    }
  });
});

describe('cluster query language: patterns are matched in linear time (RE2)', () => {
  const error = (expr: string) => {
    const r = parseCql(expr);
    if (r.ok) throw new Error('expected a syntax error');
    return r.error;
  };

  it('answers at once on a pattern that makes a backtracking engine run for minutes', () => {
    const hostile = instance({ 'ecs.instance-type': `${'a'.repeat(34)}!` });
    const started = performance.now();
    expect(holds('attribute:ecs.instance-type =~ a*a*a*a*a*a*a*a*a*a*a*a*b', hostile)).toBe(false);
    expect(holds("attribute:ecs.instance-type !~ '(a*)*b'", instance({ 'ecs.instance-type': `${'a'.repeat(50_000)}!` }))).toBe(true);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('matches the whole value, as before, in both the symbol and the word forms', () => {
    expect(holds('attribute:ecs.instance-type =~ t3', t3a)).toBe(false);
    expect(holds("attribute:ecs.instance-type =~ 't3\\.(large|xlarge)'", t3a)).toBe(true);
    expect(holds("attribute:ecs.instance-type not_matches '[mc]5\\..*'", t3a)).toBe(true);
    expect(holds('task:group =~ service:.*', instance({}, { taskGroups: ['service:web'] }))).toBe(true);
  });

  it('refuses backreferences and lookaround with the position where they start', () => {
    const back = error("attribute:stack =~ '(a)\\1'");
    expect(back.column).toBe(24);
    expect(back.message).toMatch(/backreferences .* not supported/);
    const ahead = error("attribute:stack =~ 'pro(?=d)'");
    expect(ahead.column).toBe(24);
    expect(ahead.message).toContain('lookahead');
    expect(error("attribute:stack !~ '(?<!x)y'").message).toContain('negative lookbehind');
    expect(error('attribute:stack =~ "(?<=x)y"').column).toBe(21);
  });

  it('does not mistake escaped characters or class members for unsupported constructs', () => {
    expect(holds("attribute:stack =~ 'pro\\\\1d'", instance({ stack: 'pro\\1d' }))).toBe(true);
    expect(holds("attribute:stack =~ '\\(\\?=x'", instance({ stack: '(?=x' }))).toBe(true);
    expect(holds("attribute:stack =~ '[(?=]+'", instance({ stack: '?=(' }))).toBe(true);
  });

  it('reports other invalid patterns with the offending part and its position', () => {
    const e = error("attribute:stack =~ 'ab[c-'");
    expect(e.message).toContain('missing closing ]');
    expect(e.column).toBe(23);
    expect(error('attribute:stack =~ a{2000}').message).toContain('invalid repeat count');
  });
});
