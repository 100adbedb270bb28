import type { NodeKind, RolePurpose } from '../contracts/diagram.ts';

export type Verdict = 'valid' | 'anti-pattern' | 'invalid';
export type Side = 'source' | 'target';
export type Severity = 'error' | 'warning';

/**
 * A test on one end of a connection: the prop at `path` (dotted) of the source or target node.
 * - eq / ne / in / notIn compare the value; truthy / falsy test it; absent: undefined;
 * - zeroOrAbsent: 0 or undefined (a dynamic host port);
 * - allowsValue: an array prop that is absent (matches anything) or includes `value` (event patterns).
 */
export interface Condition {
  on: Side;
  path: string;
  op: 'eq' | 'ne' | 'in' | 'notIn' | 'truthy' | 'falsy' | 'absent' | 'zeroOrAbsent' | 'allowsValue';
  value?: unknown;
}

/** A setting that must hold for the connection to work in AWS. */
export interface ConfigRequirement {
  type: 'config';
  when?: Condition[];
  expect: Condition;
  severity: Severity;
  /** Which node the finding points at. */
  node: Side;
  message: string;
  /** The error AWS would give at run time, shown by the flow when the requirement fails. */
  flowError: string;
}

/** Where a granted action applies: the ARN of the source or target node, every resource, or role ARNs. */
export type ResourceRef = Side | '*' | 'pass-roles';

/** IAM actions that a role of the source or target node must allow. */
export interface PermissionRequirement {
  type: 'permission';
  when?: Condition[];
  /** The node that holds (uses) the role. */
  holder: Side;
  role: RolePurpose;
  /** Actions to allow; 'edge' uses the edge's own actions or the rule's defaultActions. */
  actions: readonly string[] | 'edge';
  resource: ResourceRef;
  severity: Severity;
  why: string;
}

export type Requirement = ConfigRequirement | PermissionRequirement;

/** A statement the target's resource-based policy needs (for example an SNS topic policy for EventBridge). */
export interface ResourcePolicyGrant {
  on: Side;
  principal: string;
  actions: readonly string[];
  /** Limit the grant to requests made on behalf of the other end (aws:SourceArn). */
  sourceArnOf?: Side;
  why: string;
}

export interface RuleVariant {
  when: Condition[];
  verdict: Verdict;
  explanation: string;
  docUrl: string;
}

/** One kind pair: the AWS integration a connection stands for, what it needs and whether it is sound. */
export interface ConnectionRule {
  id: string;
  source: NodeKind;
  target: NodeKind;
  integration: string;
  verdict: Verdict;
  explanation: string;
  docUrl: string;
  /** Who acts, for explanations: e.g. "task role (ecs-tasks.amazonaws.com)". */
  principal?: string;
  defaultActions?: readonly string[];
  requires: readonly Requirement[];
  resourcePolicies?: readonly ResourcePolicyGrant[];
  /** Checked in order; the first whose conditions all hold replaces verdict and explanation. */
  variants?: readonly RuleVariant[];
  /** How the flow animates this hop; {source}, {target} and {actions} are filled in. */
  flow?: { action: string; caption: string };
  /** API calls: the flow continues into the target only when the call writes (reads trigger nothing). */
  continuesOnWriteOnly?: boolean;
  /**
   * attach: a role attachment, never a hop of the flow; startup: walked when the task starts
   * (image pulls, volume mounts), before its own outgoing connections.
   */
  setup?: 'attach' | 'startup';
}

/** Permissions that belong to one role but are often put on another. */
export interface MisplacementRule {
  id: string;
  holderKinds: readonly NodeKind[];
  foundOn: RolePurpose;
  belongsOn: RolePurpose;
  actions: readonly string[];
  verdict: Verdict;
  explanation: string;
  docUrl: string;
}

export type FindingCode =
  | 'invalid-connection'
  | 'antipattern'
  | 'missing-permission'
  | 'missing-config'
  | 'misplaced-permission'
  | 'challenge-unmet';

export interface Finding {
  severity: Severity;
  code: FindingCode;
  message: string;
  nodeId?: string;
  edgeId?: string;
  ruleId?: string;
  docUrl?: string;
  /** For a finding that sums up unmet parts of a challenge's goal without naming them: how many there are. */
  parts?: number;
}
