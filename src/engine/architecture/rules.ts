import type { DiagramEdge, DiagramNode, NodeKind, RolePurpose } from '../contracts/diagram.ts';
import { allHold } from './conditions.ts';
import { COMPUTE_RULES } from './rulesCompute.ts';
import { EVENT_RULES } from './rulesEvents.ts';
import { MISPLACEMENT_RULES, SETUP_RULES } from './rulesSetup.ts';
import { tx, type Locale } from './text.ts';
import type { ConnectionRule, Verdict } from './types.ts';

export { MISPLACEMENT_RULES };

/** Every connection the sandbox knows, one rule per (source kind → target kind). */
export const CONNECTION_RULES: readonly ConnectionRule[] = [...EVENT_RULES, ...COMPUTE_RULES, ...SETUP_RULES];

const key = (source: NodeKind, target: NodeKind) => `${source}>${target}`;

/** Rules indexed by kind pair, built once. */
export const RULE_INDEX: ReadonlyMap<string, ConnectionRule> = (() => {
  const index = new Map<string, ConnectionRule>();
  for (const rule of CONNECTION_RULES) {
    const k = key(rule.source, rule.target);
    if (index.has(k)) throw new Error(`two rules for ${k}`);
    index.set(k, rule);
  }
  return index;
})();

export function ruleFor(source: NodeKind, target: NodeKind): ConnectionRule | undefined {
  return RULE_INDEX.get(key(source, target));
}

/** The service principal that may assume a role of each purpose (its trust policy). */
export const TRUSTED_SERVICE: Readonly<Record<RolePurpose, string>> = {
  task: 'ecs-tasks.amazonaws.com',
  execution: 'ecs-tasks.amazonaws.com',
  eventbridge: 'events.amazonaws.com',
  scheduler: 'scheduler.amazonaws.com',
  codebuild: 'codebuild.amazonaws.com',
};

export { ROLE_NAMES } from './text.ts';

export interface Judgement {
  verdict: Verdict;
  explanation: string;
  docUrl: string;
}

/** The verdict for a connection between two concrete nodes: the first matching variant, else the rule's own. */
export function judge(rule: ConnectionRule, source: DiagramNode, target: DiagramNode, locale: Locale = 'en'): Judgement {
  for (const v of rule.variants ?? []) {
    if (allHold(v.when, source, target)) return { verdict: v.verdict, explanation: tx(v.explanation, locale), docUrl: v.docUrl };
  }
  return { verdict: rule.verdict, explanation: tx(rule.explanation, locale), docUrl: rule.docUrl };
}

/** The API calls an edge stands for: its own list, else the rule's defaults. */
export function edgeActions(rule: ConnectionRule, edge: DiagramEdge): readonly string[] {
  return edge.actions ?? rule.defaultActions ?? [];
}
