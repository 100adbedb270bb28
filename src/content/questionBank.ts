import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { zodIssues, type ContentIssue } from './issues.ts';
import { questionSchema, type Question } from './questionSchema.ts';

/**
 * Parses one question bank file (a YAML list of questions). Problems name the file, the question id,
 * the field and the line; valid questions are returned even when others in the file are not.
 */
export function parseQuestionBank(file: string, text: string): { questions: Question[]; issues: ContentIssue[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    return {
      questions: [],
      issues: doc.errors.map((e) => ({ file, line: lines.linePos(e.pos[0]).line, message: `YAML: ${e.message.split('\n')[0] ?? e.code}` })),
    };
  }
  const root = doc.contents;
  if (!isSeq(root)) return { questions: [], issues: [{ file, line: 1, message: 'expected a list of questions' }] };
  const questions: Question[] = [];
  const issues: ContentIssue[] = [];
  root.items.forEach((item, index) => {
    const line = item && typeof item === 'object' && 'range' in item && item.range ? lines.linePos(item.range[0]).line : undefined;
    const raw: unknown = isMap(item) ? item.toJS(doc) : item;
    const id = raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' ? raw.id : `#${index + 1}`;
    const parsed = questionSchema.safeParse(raw);
    if (parsed.success) questions.push(parsed.data);
    else issues.push(...zodIssues(file, parsed.error, id).map((i) => (line === undefined ? i : { ...i, line })));
  });
  return { questions, issues };
}

/** Checks a whole bank: every file valid and every id unique across files. */
export function checkQuestionBanks(files: Record<string, string>): { questions: Question[]; issues: ContentIssue[] } {
  const questions: Question[] = [];
  const issues: ContentIssue[] = [];
  const seen = new Map<string, string>();
  for (const [file, text] of Object.entries(files)) {
    const r = parseQuestionBank(file, text);
    issues.push(...r.issues);
    for (const q of r.questions) {
      const other = seen.get(q.id);
      if (other) issues.push({ file, field: `${q.id}.id`, message: `duplicate id, also used in ${other}` });
      seen.set(q.id, file);
      questions.push(q);
    }
  }
  return { questions, issues };
}
