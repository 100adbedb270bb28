/**
 * The ECS cluster query language used by `memberOf` placement constraints, e.g.
 * `attribute:ecs.instance-type =~ t3.* and attribute:ecs.availability-zone in [us-east-1a, us-east-1b]`.
 * A recursive-descent parser turns an expression into a tree; a syntax error comes back as a value
 * with the character where it was found, never as an exception.
 *
 * Patterns after `=~` and `!~` are compiled at parse time by `cqlPatterns.ts` (RE2, linear time); a
 * pattern RE2 cannot match is refused with the character where the problem starts.
 *
 * Grammar (lowest precedence first):
 *   expression := and ( ("||" | "or") and )*
 *   and        := unary ( ("&&" | "and") unary )*
 *   unary      := ("!" | "not") unary | "(" expression ")" | comparison
 *   comparison := subject operator [argument]
 *   argument   := value | "[" value ("," value)* "]"
 */

import type { RE2JS } from 're2js';
import { compileWholePattern } from './cqlPatterns.ts';

export type CqlOperator = '==' | '!=' | '>' | '>=' | '<' | '<=' | 'exists' | '!exists' | 'in' | '!in' | '=~' | '!~';

export type CqlNode =
  | { kind: 'or' | 'and'; left: CqlNode; right: CqlNode }
  | { kind: 'not'; operand: CqlNode }
  | { kind: 'compare'; subject: string; operator: CqlOperator; values: string[]; pattern?: RE2JS };

export interface CqlError {
  /** 0-based offset into the expression. */
  offset: number;
  /** 1-based character number, as shown to a learner. */
  column: number;
  message: string;
}

export type CqlParseResult = { ok: true; ast: CqlNode } | { ok: false; error: CqlError };

type TokenKind = 'word' | 'string' | 'symbol' | 'end';
interface Token {
  kind: TokenKind;
  text: string;
  offset: number;
}

const WORD_OPERATORS: Record<string, CqlOperator> = {
  equals: '==',
  not_equals: '!=',
  greater_than: '>',
  greater_than_equal: '>=',
  less_than: '<',
  less_than_equal: '<=',
  exists: 'exists',
  not_exists: '!exists',
  in: 'in',
  not_in: '!in',
  matches: '=~',
  not_matches: '!~',
};
const FIXED_SUBJECTS = new Set(['ec2InstanceId', 'runningTasksCount', 'task:group', 'agentConnected', 'agentVersion', 'registeredAt']);
const WORD_BREAK = /[\s()[\],!=<>&|'"]/;
const OPERATOR_CHARS = /[=!<>~&|]/;

class SyntaxFault {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === "'" || ch === '"') {
      const end = src.indexOf(ch, i + 1);
      if (end < 0) throw new SyntaxFault(i, `unterminated quoted value starting`);
      tokens.push({ kind: 'string', text: src.slice(i + 1, end), offset: i });
      i = end + 1;
      continue;
    }
    if (OPERATOR_CHARS.test(ch)) {
      // Take the whole run of operator characters so that "===" is one (unknown) operator.
      let j = i;
      while (j < src.length && OPERATOR_CHARS.test(src[j] as string)) j++;
      const run = src.slice(i, j);
      tokens.push({ kind: 'symbol', text: run, offset: i });
      i = j;
      continue;
    }
    if ('()[],'.includes(ch)) {
      tokens.push({ kind: 'symbol', text: ch, offset: i });
      i++;
      continue;
    }
    let j = i;
    while (j < src.length && !WORD_BREAK.test(src[j] as string)) j++;
    if (j === i) throw new SyntaxFault(i, `unexpected character "${ch}"`);
    tokens.push({ kind: 'word', text: src.slice(i, j), offset: i });
    i = j;
  }
  tokens.push({ kind: 'end', text: '', offset: src.length });
  return tokens;
}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.pos] as Token;
  }
  private take(): Token {
    const t = this.peek();
    if (t.kind !== 'end') this.pos++;
    return t;
  }
  private isSymbol(text: string): boolean {
    const t = this.peek();
    return t.kind === 'symbol' && t.text === text;
  }
  private isWord(text: string): boolean {
    const t = this.peek();
    return t.kind === 'word' && t.text.toLowerCase() === text;
  }
  private describe(t: Token): string {
    return t.kind === 'end' ? 'the end of the expression' : `"${t.text}"`;
  }

  parseAll(): CqlNode {
    if (this.peek().kind === 'end') throw new SyntaxFault(0, 'the expression is empty');
    const node = this.parseOr();
    const t = this.peek();
    if (t.kind !== 'end') throw new SyntaxFault(t.offset, `expected "and", "or" or the end of the expression but found ${this.describe(t)}`);
    return node;
  }

  private parseOr(): CqlNode {
    let left = this.parseAnd();
    while (this.isSymbol('||') || this.isWord('or')) {
      this.take();
      left = { kind: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): CqlNode {
    let left = this.parseUnary();
    while (this.isSymbol('&&') || this.isWord('and')) {
      this.take();
      left = { kind: 'and', left, right: this.parseUnary() };
    }
    return left;
  }

  private parseUnary(): CqlNode {
    if (this.isSymbol('!') || this.isWord('not')) {
      this.take();
      return { kind: 'not', operand: this.parseUnary() };
    }
    if (this.isSymbol('(')) {
      const open = this.take();
      const inner = this.parseOr();
      if (!this.isSymbol(')')) {
        const t = this.peek();
        throw new SyntaxFault(t.offset, `expected ")" to close the "(" at character ${open.offset + 1} but found ${this.describe(t)}`);
      }
      this.take();
      return inner;
    }
    return this.parseComparison();
  }

  private parseComparison(): CqlNode {
    const subjectToken = this.take();
    if (subjectToken.kind !== 'word') {
      throw new SyntaxFault(subjectToken.offset, `expected a subject such as attribute:ecs.instance-type but found ${this.describe(subjectToken)}`);
    }
    const subject = subjectToken.text;
    if (!subject.startsWith('attribute:') && !FIXED_SUBJECTS.has(subject)) {
      throw new SyntaxFault(subjectToken.offset, `unknown subject "${subject}" (use attribute:NAME, ec2InstanceId, runningTasksCount or task:group)`);
    }
    if (subject === 'attribute:') throw new SyntaxFault(subjectToken.offset, 'attribute: needs a name, e.g. attribute:ecs.instance-type');
    const operator = this.parseOperator(subject);
    if (operator === 'exists' || operator === '!exists') return { kind: 'compare', subject, operator, values: [] };
    const argStart = this.peek();
    const values = operator === 'in' || operator === '!in' ? this.parseList() : [this.parseValue()];
    if (operator === '=~' || operator === '!~') {
      const source = values[0] ?? '';
      // A quoted value starts one character after its quote.
      const start = argStart.offset + (argStart.kind === 'string' ? 1 : 0);
      return { kind: 'compare', subject, operator, values, pattern: compilePattern(source, start) };
    }
    return { kind: 'compare', subject, operator, values };
  }

  private parseOperator(subject: string): CqlOperator {
    const t = this.take();
    if (t.kind === 'symbol') {
      if (t.text === '!') {
        const next = this.peek();
        if (next.kind === 'word' && (next.text === 'exists' || next.text === 'in')) {
          this.take();
          return next.text === 'exists' ? '!exists' : '!in';
        }
        throw new SyntaxFault(next.offset, `expected "exists" or "in" after "!" but found ${this.describe(next)}`);
      }
      if (['==', '!=', '>', '>=', '<', '<=', '=~', '!~'].includes(t.text)) return t.text as CqlOperator;
    }
    if (t.kind === 'word' && WORD_OPERATORS[t.text]) return WORD_OPERATORS[t.text] as CqlOperator;
    throw new SyntaxFault(t.offset, `expected an operator after "${subject}" but found ${this.describe(t)}`);
  }

  private parseValue(): string {
    const t = this.take();
    if (t.kind === 'word' || t.kind === 'string') return t.text;
    throw new SyntaxFault(t.offset, `expected a value but found ${this.describe(t)}`);
  }

  private parseList(): string[] {
    const open = this.take();
    if (open.kind !== 'symbol' || open.text !== '[') throw new SyntaxFault(open.offset, `expected "[" to start a list but found ${this.describe(open)}`);
    const values = [this.parseValue()];
    while (this.isSymbol(',')) {
      this.take();
      values.push(this.parseValue());
    }
    if (!this.isSymbol(']')) {
      const t = this.peek();
      throw new SyntaxFault(t.offset, `expected "," or "]" in the list but found ${this.describe(t)}`);
    }
    this.take();
    return values;
  }
}

/** Compiles a `=~` pattern for a whole-value match, or throws a SyntaxFault at the offending character. */
function compilePattern(source: string, start: number): RE2JS {
  const compiled = compileWholePattern(source);
  if ('pattern' in compiled) return compiled.pattern;
  throw new SyntaxFault(start + compiled.index, compiled.message);
}

export function parseCql(expression: string): CqlParseResult {
  try {
    return { ok: true, ast: new Parser(tokenize(expression)).parseAll() };
  } catch (e) {
    if (e instanceof SyntaxFault) {
      return { ok: false, error: { offset: e.offset, column: e.offset + 1, message: `${e.message} at character ${e.offset + 1}` } };
    }
    throw e;
  }
}

/** What an expression can ask about one container instance. */
export interface CqlSubjectSource {
  instanceId: string;
  attribute(name: string): string | undefined;
  runningTasksCount: number;
  taskGroups: Iterable<string>;
}

function compareOne(actual: string, operator: CqlOperator, values: string[], pattern: RE2JS | undefined): boolean {
  const v = values[0] ?? '';
  const na = Number(actual);
  const nv = Number(v);
  const numeric = actual.trim() !== '' && v.trim() !== '' && Number.isFinite(na) && Number.isFinite(nv);
  const cmp = numeric ? na - nv : actual < v ? -1 : actual > v ? 1 : 0;
  switch (operator) {
    case '==':
      return numeric ? cmp === 0 : actual === v;
    case '!=':
      return numeric ? cmp !== 0 : actual !== v;
    case '>':
      return cmp > 0;
    case '>=':
      return cmp >= 0;
    case '<':
      return cmp < 0;
    case '<=':
      return cmp <= 0;
    case 'in':
      return values.includes(actual);
    case '!in':
      return !values.includes(actual);
    case '=~':
      return pattern?.testExact(actual) ?? false;
    case '!~':
      return !(pattern?.testExact(actual) ?? false);
    default:
      return false;
  }
}

/** Evaluates a parsed expression against one instance. */
export function evaluateCql(node: CqlNode, src: CqlSubjectSource): boolean {
  switch (node.kind) {
    case 'or':
      return evaluateCql(node.left, src) || evaluateCql(node.right, src);
    case 'and':
      return evaluateCql(node.left, src) && evaluateCql(node.right, src);
    case 'not':
      return !evaluateCql(node.operand, src);
    case 'compare':
      return evaluateCompare(node, src);
  }
}

function evaluateCompare(node: Extract<CqlNode, { kind: 'compare' }>, src: CqlSubjectSource): boolean {
  const { subject, operator, values, pattern } = node;
  if (subject === 'task:group') {
    // A multi-valued subject: positive operators hold when any task group on the instance matches,
    // negative ones when none does (so `task:group != database` keeps instances without database tasks).
    const groups = [...src.taskGroups];
    if (operator === 'exists') return groups.length > 0;
    if (operator === '!exists') return groups.length === 0;
    const negative: Partial<Record<CqlOperator, CqlOperator>> = { '!=': '==', '!in': 'in', '!~': '=~' };
    const positive = negative[operator];
    if (positive) return !groups.some((g) => compareOne(g, positive, values, pattern));
    return groups.some((g) => compareOne(g, operator, values, pattern));
  }
  let actual: string | undefined;
  if (subject === 'ec2InstanceId') actual = src.instanceId;
  else if (subject === 'runningTasksCount') actual = String(src.runningTasksCount);
  else if (subject === 'agentConnected') actual = 'true';
  else if (subject.startsWith('attribute:')) actual = src.attribute(subject.slice('attribute:'.length));
  if (operator === 'exists') return actual !== undefined;
  if (operator === '!exists') return actual === undefined;
  if (actual === undefined) return operator === '!=' || operator === '!in' || operator === '!~';
  return compareOne(actual, operator, values, pattern);
}
