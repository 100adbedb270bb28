import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { zodIssues, type ContentIssue } from './issues.ts';
import { questionTranslationSchema, type Question, type QuestionTranslation } from './questionSchema.ts';

/** Parses a translation file (a YAML list) and checks each entry against its English question. */
export function checkTranslations(
  file: string,
  text: string,
  english: Map<string, Question>,
): { translations: QuestionTranslation[]; issues: ContentIssue[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    return { translations: [], issues: doc.errors.map((e) => ({ file, line: lines.linePos(e.pos[0]).line, message: `YAML: ${e.message.split('\n')[0] ?? e.code}` })) };
  }
  if (!isSeq(doc.contents)) return { translations: [], issues: [{ file, line: 1, message: 'expected a list of translated questions' }] };
  const translations: QuestionTranslation[] = [];
  const issues: ContentIssue[] = [];
  const seen = new Set<string>();
  doc.contents.items.forEach((item, index) => {
    const line = isMap(item) && item.range ? lines.linePos(item.range[0]).line : undefined;
    const at = (i: ContentIssue): ContentIssue => (line === undefined ? i : { ...i, line });
    const raw: unknown = isMap(item) ? item.toJS(doc) : item;
    const id = raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' ? raw.id : `#${index + 1}`;
    const parsed = questionTranslationSchema.safeParse(raw);
    if (!parsed.success) return issues.push(...zodIssues(file, parsed.error, id).map(at));
    const t = parsed.data;
    const source = english.get(t.id);
    if (!source) return issues.push(at({ file, field: `${t.id}.id`, message: 'no English question has this id' }));
    if (seen.has(t.id)) return issues.push(at({ file, field: `${t.id}.id`, message: 'translated twice in this file' }));
    seen.add(t.id);
    const want = source.options.map((o) => o.id).join(',');
    const have = t.options.map((o) => o.id).join(',');
    if (want !== have) issues.push(at({ file, field: `${t.id}.options`, message: `option ids are ${have || 'none'} but the English question has ${want}` }));
    else translations.push(t);
  });
  return { translations, issues };
}
