/** The architecture sandbox engine: rules for connections, grading, policies and request flows. */
export { canConnect, type ConnectResult } from './canConnect.ts';
export type { ChallengeOptions } from './challenge.ts';
export { kindName } from './names.ts';
export { explainEdge, generatePolicies, gradeDiagram, type EdgeExplanation } from './grade.ts';
export { edgeStatus, passes, type EdgeStatus } from './verdicts.ts';
export { runFlow, type FlowHop, type FlowResult } from './flow.ts';
export { decideRequest, resourceMatches, type DecisionStatement, type PolicyDecision, type PolicyRequest } from './policyDecision.ts';
export { CONNECTION_RULES, MISPLACEMENT_RULES, ruleFor, judge, TRUSTED_SERVICE } from './rules.ts';
export type { GeneratedPolicy, PolicyDocument, PolicyStatement } from './policies.ts';
export type { ConnectionRule, Finding, FindingCode, Severity, Verdict } from './types.ts';
export type { Locale } from './text.ts';
