import { allows } from './conditions.ts';

/**
 * How IAM decides one request against identity-based policy statements: an explicit Deny in any
 * statement that matches wins; otherwise a matching Allow allows; otherwise the request is implicitly
 * denied. Action names are case-insensitive and resource ARNs case-sensitive; both take `*` wildcards
 * (resources also `?`). Conditions, NotAction/NotResource, permissions boundaries, session policies and
 * SCPs are outside this model: questions built on it say that no other policy applies.
 */

export interface DecisionStatement {
  Sid: string;
  Effect: 'Allow' | 'Deny';
  Action: readonly string[];
  Resource: readonly string[];
}

export interface PolicyRequest {
  action: string;
  resource: string;
}

export type PolicyDecision =
  | { decision: 'allow'; allowedBy: string[] }
  | { decision: 'explicit-deny'; deniedBy: string[]; allowedBy: string[] }
  | { decision: 'implicit-deny'; reason: 'action' | 'resource' };

const resourcePatterns = new Map<string, RegExp>();

/** ARN patterns: `*` any run of characters (slashes and colons included), `?` one character. */
export function resourceMatches(pattern: string, resource: string): boolean {
  let re = resourcePatterns.get(pattern);
  if (!re) {
    const body = pattern
      .split('')
      .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
      .join('');
    re = new RegExp(`^${body}$`);
    resourcePatterns.set(pattern, re);
  }
  return re.test(resource);
}

const matchesAction = (s: DecisionStatement, action: string) => allows(s.Action, action);
const matchesResource = (s: DecisionStatement, resource: string) => s.Resource.some((r) => resourceMatches(r, resource));

/**
 * The decision for one request. For an implicit deny, `reason` says what no Allow covers: the action
 * itself ('action'), or only the resource while some Allow names the action ('resource').
 */
export function decideRequest(statements: readonly DecisionStatement[], request: PolicyRequest): PolicyDecision {
  const matching = statements.filter((s) => matchesAction(s, request.action) && matchesResource(s, request.resource));
  const deniedBy = matching.filter((s) => s.Effect === 'Deny').map((s) => s.Sid);
  const allowedBy = matching.filter((s) => s.Effect === 'Allow').map((s) => s.Sid);
  if (deniedBy.length) return { decision: 'explicit-deny', deniedBy, allowedBy };
  if (allowedBy.length) return { decision: 'allow', allowedBy };
  const actionAllowed = statements.some((s) => s.Effect === 'Allow' && matchesAction(s, request.action));
  return { decision: 'implicit-deny', reason: actionAllowed ? 'resource' : 'action' };
}
