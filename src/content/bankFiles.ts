/** Reads and checks the whole question bank from disk (English files and their Korean translations). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentIssue } from './issues.ts';
import { checkQuestionBanks } from './questionBank.ts';
import type { Question, QuestionTranslation } from './questionSchema.ts';
import { checkTranslations } from './questionTranslations.ts';

/** Every `.yaml` file of a folder as `{ "<prefix>/<name>": text }`, sorted by name. */
export function readYamlFiles(dir: string, prefix: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => [`${prefix}/${f}`, readFileSync(path.join(dir, f), 'utf8')]),
  );
}

export interface BankOnDisk {
  questions: Question[];
  ko: Record<string, QuestionTranslation>;
  issues: ContentIssue[];
  /** The files read, relative to the root, for watching. */
  files: string[];
}

export function readBank(root = process.cwd()): BankOnDisk {
  const dir = path.join(root, 'content', 'questions');
  const files = readYamlFiles(dir, 'content/questions');
  const koFiles = readYamlFiles(path.join(dir, 'ko'), 'content/questions/ko');
  const { questions, issues } = checkQuestionBanks(files);
  const english = new Map(questions.map((q) => [q.id, q]));
  const ko: Record<string, QuestionTranslation> = {};
  for (const [file, text] of Object.entries(koFiles)) {
    const r = checkTranslations(file, text, english);
    issues.push(...r.issues);
    for (const t of r.translations) ko[t.id] = t;
  }
  return { questions, ko, issues, files: [...Object.keys(files), ...Object.keys(koFiles)] };
}

/** A question with its Korean text in place of the English (answers and the rest stay the same). */
export function inKorean(q: Question, t: QuestionTranslation | undefined): Question {
  if (!t) return q;
  const byId = new Map(t.options.map((o) => [o.id, o]));
  return { ...q, stem: t.stem, options: q.options.map((o) => ({ ...o, text: byId.get(o.id)?.text ?? o.text, explanation: byId.get(o.id)?.explanation ?? o.explanation })) };
}
