import { LineCounter, parseDocument } from 'yaml';
import type { ContentIssue } from './issues.ts';
import { parseQuestionBank } from './questionBank.ts';
import type { Question } from './questionSchema.ts';
import { dottedPath, findUntrusted } from './untrusted.ts';

/** Files above this size are refused before they are parsed. */
export const MAX_DECK_BYTES = 2 * 1024 * 1024;
export const MAX_DECK_QUESTIONS = 2000;
/** Characters in one text of a question (a stem, an option, an explanation). */
export const MAX_DECK_TEXT = 20_000;

export type ParsedDeck = { ok: true; name: string; slug: string; questions: Question[] } | { ok: false; issues: ContentIssue[] };

/** A deck's id from its file name: lower-case words joined by dashes. */
export function deckSlug(fileName: string): string {
  const base = fileName.replace(/\.(ya?ml|json)$/i, '');
  const slug = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return slug || 'deck';
}

/**
 * Reads a custom question bank (the same schema as the built-in bank, as a YAML or JSON list). All or
 * nothing: any problem refuses the whole file, and every problem names the file, question id, field
 * and line. The text is kept as plain strings; the app renders it as text, never as HTML.
 */
const MAX_DECK_DEPTH = 16;

/**
 * Where `[` and `{` (outside quoted text) nest deeper than `limit`, or undefined. The YAML parser
 * recurses into flow collections, so thousands of them would overflow its stack: they are refused
 * first, by their line and column.
 */
function flowTooDeep(text: string, limit: number): { line: number; column: number } | undefined {
  let depth = 0;
  let quote: string | undefined;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      line++;
      lineStart = i + 1;
    }
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') {
      if (++depth > limit) return { line, column: i - lineStart + 1 };
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/**
 * Looks at the whole document before the question schema does: YAML syntax errors (with their line),
 * aliases that would expand it beyond its size (a "billion laughs" file), forbidden keys, deep nesting,
 * overlong or ill-formed text. Returns the first problem, or undefined.
 */
function hostileIssue(file: string, text: string): ContentIssue | undefined {
  const deep = flowTooDeep(text, MAX_DECK_DEPTH);
  if (deep) return { file, line: deep.line, message: `nested more than ${MAX_DECK_DEPTH} levels deep at line ${deep.line}, column ${deep.column}` };
  const lines = new LineCounter();
  let value: unknown;
  try {
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const error = doc.errors[0];
    if (error) return { file, line: lines.linePos(error.pos[0]).line, message: `YAML: ${error.message.split('\n')[0] ?? error.code}` };
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // The parser and toJS throw on what they cannot represent: too many aliases, too deep a document.
    return { file, message: `the file cannot be read: ${e instanceof Error ? e.message : String(e)}` };
  }
  const found = findUntrusted(value, { depth: MAX_DECK_DEPTH, stringLength: MAX_DECK_TEXT, arrayLength: MAX_DECK_QUESTIONS });
  if (!found) return undefined;
  const [index, ...rest] = found.path;
  const question = typeof index === 'number' && Array.isArray(value) ? (value[index] as { id?: unknown } | undefined) : undefined;
  // Questions are named by their id, unless the id is itself the hostile part.
  const named = typeof question?.id === 'string' && question.id.length <= 100 && !findUntrusted(question.id) ? question.id : undefined;
  const id = named ?? (typeof index === 'number' ? `#${index + 1}` : '');
  const field = [id, dottedPath(typeof index === 'number' ? rest : found.path)].filter(Boolean).join('.');
  return { file, ...(field ? { field } : {}), message: found.message };
}

export function parseCustomDeck(fileName: string, text: string): ParsedDeck {
  if (text.length > MAX_DECK_BYTES) return { ok: false, issues: [{ file: fileName, message: `the file is larger than ${MAX_DECK_BYTES / 1024 / 1024} MB` }] };
  if (!text.trim()) return { ok: false, issues: [{ file: fileName, message: 'the file is empty' }] };
  const hostile = hostileIssue(fileName, text);
  if (hostile) return { ok: false, issues: [hostile] };
  // YAML 1.2 is a superset of JSON, so one parser reads both and reports lines for both.
  let read: ReturnType<typeof parseQuestionBank>;
  try {
    read = parseQuestionBank(fileName, text);
  } catch (e) {
    return { ok: false, issues: [{ file: fileName, message: `the file cannot be read: ${e instanceof Error ? e.message : String(e)}` }] };
  }
  const { questions, issues } = read;
  const seen = new Set<string>();
  for (const q of questions) {
    if (seen.has(q.id)) issues.push({ file: fileName, field: `${q.id}.id`, message: 'duplicate id in this file' });
    seen.add(q.id);
  }
  if (!issues.length && !questions.length) issues.push({ file: fileName, message: 'the file has no questions' });
  if (questions.length > MAX_DECK_QUESTIONS) issues.push({ file: fileName, message: `a deck holds at most ${MAX_DECK_QUESTIONS} questions` });
  if (issues.length) return { ok: false, issues };
  const slug = deckSlug(fileName);
  return { ok: true, name: fileName.replace(/\.(ya?ml|json)$/i, ''), slug, questions };
}
