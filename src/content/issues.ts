import type { z } from 'zod';

/** One problem found in a content file: where (file, field, line) and what. */
export interface ContentIssue {
  file: string;
  field?: string;
  line?: number;
  message: string;
}

export function formatIssue(issue: ContentIssue): string {
  const where = [issue.file, issue.line !== undefined ? `line ${issue.line}` : undefined, issue.field]
    .filter(Boolean)
    .join(': ');
  return `${where}: ${issue.message}`;
}

/** Turns zod's issues into content issues that name the field by its dotted path. */
export function zodIssues(file: string, error: z.ZodError, prefix = ''): ContentIssue[] {
  return error.issues.map((i) => {
    const path = i.path.map(String).join('.');
    const field = [prefix, path].filter(Boolean).join('.');
    return { file, ...(field ? { field } : {}), message: i.message };
  });
}
