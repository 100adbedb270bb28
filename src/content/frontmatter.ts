import { LineCounter, parseDocument } from 'yaml';
import type { ContentIssue } from './issues.ts';

export interface FrontmatterResult {
  data: unknown;
  /** The line in the file where the frontmatter's YAML starts (1-based). */
  startLine: number;
  issues: ContentIssue[];
}

/** Reads the YAML frontmatter block that opens an MDX file. */
export function readFrontmatter(file: string, text: string): FrontmatterResult {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match || match[1] === undefined) {
    return { data: undefined, startLine: 1, issues: [{ file, line: 1, message: 'the file must open with a --- frontmatter block ---' }] };
  }
  const lines = new LineCounter();
  const doc = parseDocument(match[1], { prettyErrors: false, lineCounter: lines });
  const issues: ContentIssue[] = doc.errors.map((e) => ({
    file,
    // The YAML starts on the file's second line, after the opening ---.
    line: lines.linePos(e.pos[0]).line + 1,
    field: 'frontmatter',
    message: `YAML: ${e.message.split('\n')[0] ?? e.code}`,
  }));
  return { data: issues.length ? undefined : doc.toJS(), startLine: 2, issues };
}
