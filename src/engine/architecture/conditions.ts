import type { DiagramNode } from '../contracts/diagram.ts';
import type { Condition } from './types.ts';

/** Reads a dotted path from a node's props ("scaling.policy", "eventPattern.detail-type"). */
export function propAt(node: DiagramNode, path: string): unknown {
  let value: unknown = node.props;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

export function holds(c: Condition, source: DiagramNode, target: DiagramNode): boolean {
  const v = propAt(c.on === 'source' ? source : target, c.path);
  switch (c.op) {
    case 'eq':
      return v === c.value;
    case 'ne':
      return v !== c.value;
    case 'in':
      return Array.isArray(c.value) && c.value.includes(v);
    case 'notIn':
      return !(Array.isArray(c.value) && c.value.includes(v));
    case 'truthy':
      return Boolean(v);
    case 'falsy':
      return !v;
    case 'absent':
      return v === undefined;
    case 'zeroOrAbsent':
      return v === undefined || v === 0;
    case 'allowsValue':
      return v === undefined || (Array.isArray(v) && v.includes(c.value));
  }
}

export function allHold(cs: readonly Condition[] | undefined, source: DiagramNode, target: DiagramNode): boolean {
  return !cs || cs.every((c) => holds(c, source, target));
}

const patternCache = new Map<string, RegExp>();

function patternOf(granted: string): RegExp {
  let re = patternCache.get(granted);
  if (!re) {
    const body = granted
      .toLowerCase()
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    re = new RegExp(`^${body}$`);
    patternCache.set(granted, re);
  }
  return re;
}

/** IAM action names are case-insensitive and may use * wildcards ("s3:*", "s3:Get*", "*"). */
export function allows(granted: readonly string[], action: string): boolean {
  const a = action.toLowerCase();
  return granted.some((g) => (g.includes('*') ? patternOf(g).test(a) : g.toLowerCase() === a));
}

export function missingActions(granted: readonly string[], needed: readonly string[]): string[] {
  return needed.filter((a) => !allows(granted, a));
}
