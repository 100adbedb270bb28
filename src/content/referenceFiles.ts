/** Reads the reference titles from disk (content/references/*.yaml), for the build and the content tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentIssue } from './issues.ts';
import { checkReferenceTitles } from './referenceTitles.ts';

export const REFERENCES_DIR = path.join('content', 'references');

export function readReferenceTitles(root = process.cwd()): { titles: Record<string, string>; issues: ContentIssue[]; files: string[] } {
  const dir = path.join(root, REFERENCES_DIR);
  const names = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort() : [];
  const files = Object.fromEntries(names.map((f) => [`content/references/${f}`, readFileSync(path.join(dir, f), 'utf8')]));
  return { ...checkReferenceTitles(files), files: Object.keys(files) };
}
