import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideRequest, resourceMatches, type DecisionStatement } from '@/engine/architecture';

const allow = (Sid: string, Action: string[], Resource: string[]): DecisionStatement => ({ Sid, Effect: 'Allow', Action, Resource });
const deny = (Sid: string, Action: string[], Resource: string[]): DecisionStatement => ({ Sid, Effect: 'Deny', Action, Resource });

describe('IAM policy decisions', () => {
  const policy = [
    allow('ReadWrite', ['s3:GetObject', 's3:PutObject'], ['arn:aws:s3:::app-data/*']),
    allow('List', ['s3:ListBucket'], ['arn:aws:s3:::app-data']),
    deny('NoSecrets', ['s3:*'], ['arn:aws:s3:::app-data/secrets/*']),
  ];

  it('allows a call an Allow matches and no Deny does, naming the statement', () => {
    expect(decideRequest(policy, { action: 's3:GetObject', resource: 'arn:aws:s3:::app-data/a.csv' })).toEqual({ decision: 'allow', allowedBy: ['ReadWrite'] });
  });

  it('lets an explicit Deny win over a matching Allow', () => {
    expect(decideRequest(policy, { action: 's3:GetObject', resource: 'arn:aws:s3:::app-data/secrets/db.env' })).toEqual({ decision: 'explicit-deny', deniedBy: ['NoSecrets'], allowedBy: ['ReadWrite'] });
  });

  it('denies implicitly, saying whether the action or only the resource is not covered', () => {
    expect(decideRequest(policy, { action: 's3:DeleteObject', resource: 'arn:aws:s3:::app-data/a.csv' })).toEqual({ decision: 'implicit-deny', reason: 'action' });
    // The object pattern app-data/* covers neither the bucket ARN nor a bucket whose name starts the same.
    expect(decideRequest(policy, { action: 's3:GetObject', resource: 'arn:aws:s3:::app-data-archive/a.csv' })).toEqual({ decision: 'implicit-deny', reason: 'resource' });
    expect(decideRequest(policy, { action: 's3:PutObject', resource: 'arn:aws:s3:::app-data' })).toEqual({ decision: 'implicit-deny', reason: 'resource' });
  });

  it('reads action names without case and resource ARNs with case, * spanning slashes and colons', () => {
    expect(decideRequest(policy, { action: 'S3:getobject', resource: 'arn:aws:s3:::app-data/x/y/z' }).decision).toBe('allow');
    expect(decideRequest(policy, { action: 's3:GetObject', resource: 'arn:aws:s3:::App-Data/x' }).decision).toBe('implicit-deny');
    expect(resourceMatches('arn:aws:dynamodb:*:*:table/dev-*', 'arn:aws:dynamodb:us-east-1:111122223333:table/dev-carts')).toBe(true);
    expect(resourceMatches('arn:aws:dynamodb:us-east-1:111122223333:table/orders', 'arn:aws:dynamodb:us-east-1:111122223333:table/orders/index/by-customer')).toBe(false);
    expect(resourceMatches('arn:aws:s3:::log?', 'arn:aws:s3:::logs')).toBe(true);
    expect(resourceMatches('arn:aws:s3:::a.b', 'arn:aws:s3:::axb')).toBe(false);
  });

  it('never allows what a Deny matches, and never allows without an Allow, whatever the statements', () => {
    const word = fc.constantFrom('s3:GetObject', 's3:PutObject', 's3:*', 's3:Get*', 'dynamodb:Query', '*');
    const arn = fc.constantFrom('arn:aws:s3:::a/*', 'arn:aws:s3:::a', 'arn:aws:s3:::a/b/*', '*', 'arn:aws:s3:::b/*');
    const statement = fc.record({ Sid: fc.constantFrom('S1', 'S2'), Effect: fc.constantFrom('Allow' as const, 'Deny' as const), Action: fc.array(word, { minLength: 1, maxLength: 2 }), Resource: fc.array(arn, { minLength: 1, maxLength: 2 }) });
    const call = fc.record({ action: fc.constantFrom('s3:GetObject', 's3:PutObject', 'dynamodb:Query'), resource: fc.constantFrom('arn:aws:s3:::a/x', 'arn:aws:s3:::a', 'arn:aws:s3:::a/b/c', 'arn:aws:s3:::b/x') });
    fc.assert(
      fc.property(fc.array(statement, { maxLength: 4 }), call, (statements, request) => {
        const d = decideRequest(statements, request);
        const removedDenies = decideRequest(statements.filter((s) => s.Effect === 'Allow'), request);
        if (d.decision === 'allow') expect(removedDenies.decision).toBe('allow');
        if (!statements.some((s) => s.Effect === 'Allow')) expect(d.decision).not.toBe('allow');
        if (d.decision === 'explicit-deny') expect(d.deniedBy.length).toBeGreaterThan(0);
      }),
    );
  });
});
