import type { ContentIssue } from './issues.ts';
import { parseQuestionBank } from './questionBank.ts';
import type { Question } from './questionSchema.ts';

/** Files above this size are refused before they are parsed. */
export const MAX_DECK_BYTES = 2 * 1024 * 1024;
export const MAX_DECK_QUESTIONS = 2000;

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
export function parseCustomDeck(fileName: string, text: string): ParsedDeck {
  if (text.length > MAX_DECK_BYTES) return { ok: false, issues: [{ file: fileName, message: `the file is larger than ${MAX_DECK_BYTES / 1024 / 1024} MB` }] };
  if (!text.trim()) return { ok: false, issues: [{ file: fileName, message: 'the file is empty' }] };
  // YAML 1.2 is a superset of JSON, so one parser reads both and reports lines for both.
  const { questions, issues } = parseQuestionBank(fileName, text);
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
