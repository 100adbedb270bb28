/**
 * Titles of the documentation pages questions cite ("Read more"): every `.yaml` file in
 * content/references is a map `URL: Title`. Problems name the file, the line and the URL: a key that
 * is not a URL, an empty or missing title, and one URL given two different titles in two files (the
 * same title twice is fine, so people adding questions can each list the URLs they cite).
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { ContentIssue } from './issues.ts';

const entrySchema = z.object({
  url: z.url({ message: 'not a URL' }),
  title: z.string({ message: 'the title must be text' }).trim().min(1, { message: 'empty title' }),
});

interface Entry {
  title: string;
  file: string;
  line: number;
}

/** One file's entries (URL → title and line) and its problems. */
export function parseReferenceTitles(file: string, text: string): { entries: Map<string, Entry>; issues: ContentIssue[] } {
  const entries = new Map<string, Entry>();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length) {
    return { entries, issues: doc.errors.map((e) => ({ file, line: lines.linePos(e.pos[0]).line, message: `YAML: ${e.message.split('\n')[0] ?? e.code}` })) };
  }
  if (doc.contents === null) return { entries, issues: [] };
  if (!isMap(doc.contents)) return { entries, issues: [{ file, line: 1, message: 'expected a map of "URL: Title" entries' }] };
  const issues: ContentIssue[] = [];
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? pair.key : undefined;
    const line = key?.range ? lines.linePos(key.range[0]).line : 1;
    const url = key ? String(key.value) : String(pair.key);
    const value = isScalar(pair.value) ? pair.value.value : pair.value === null ? undefined : pair.value;
    const parsed = entrySchema.safeParse({ url, title: value ?? '' });
    if (!parsed.success) {
      issues.push(...parsed.error.issues.map((i) => ({ file, line, field: url, message: i.message })));
      continue;
    }
    const seen = entries.get(url);
    if (seen && seen.title !== parsed.data.title) {
      issues.push({ file, line, field: url, message: `titled "${parsed.data.title}" here and "${seen.title}" at line ${seen.line}` });
      continue;
    }
    entries.set(url, { title: parsed.data.title, file, line });
  }
  return { entries, issues };
}

/** Every file's titles merged into one map; a URL titled differently in two files is a problem. */
export function checkReferenceTitles(files: Record<string, string>): { titles: Record<string, string>; issues: ContentIssue[] } {
  const merged = new Map<string, Entry>();
  const issues: ContentIssue[] = [];
  for (const [file, text] of Object.entries(files)) {
    const r = parseReferenceTitles(file, text);
    issues.push(...r.issues);
    for (const [url, entry] of r.entries) {
      const other = merged.get(url);
      if (other && other.title !== entry.title) {
        issues.push({ file, line: entry.line, field: url, message: `titled "${entry.title}" here but "${other.title}" in ${other.file} line ${other.line}` });
        continue;
      }
      if (!other) merged.set(url, entry);
    }
  }
  const titles: Record<string, string> = {};
  for (const [url, entry] of [...merged].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) titles[url] = entry.title;
  return { titles, issues };
}
