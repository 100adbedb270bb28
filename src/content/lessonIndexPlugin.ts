import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { formatIssue } from './issues.ts';
import { buildLessonIndex } from './lessonIndex.ts';

const VIRTUAL = 'virtual:lesson-index';
const DETAILS = 'virtual:lesson-details';
const RESOLVED = '\0' + VIRTUAL;
const RESOLVED_DETAILS = '\0' + DETAILS;

/** Reads every lesson file below `dir` as `{ 'track/NN-slug.mdx': text }`. */
export function readLessonFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const track of readdirSync(dir)) {
    const trackDir = path.join(dir, track);
    if (!statSync(trackDir).isDirectory()) continue;
    for (const name of readdirSync(trackDir)) {
      if (name.endsWith('.mdx')) files[`${track}/${name}`] = readFileSync(path.join(trackDir, name), 'utf8');
    }
  }
  return files;
}

/**
 * Serves `virtual:lesson-index` (every lesson's id, track, order, locale, title and file: small enough
 * for the first screen) and `virtual:lesson-details` (summaries, objectives and exam domains, keyed by
 * `locale:id`). Both come from validated frontmatter; no lesson body is read into either.
 */
export function lessonIndexPlugin(root = process.cwd()): Plugin {
  const dir = path.join(root, 'content', 'lessons');
  return {
    name: 'lesson-index',
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : id === DETAILS ? RESOLVED_DETAILS : undefined),
    load(id) {
      if (id !== RESOLVED && id !== RESOLVED_DETAILS) return undefined;
      const files = readLessonFiles(dir);
      for (const f of Object.keys(files)) this.addWatchFile(path.join(dir, f));
      const { lessons, issues } = buildLessonIndex(files);
      if (issues.length) this.error(`Invalid lessons:\n${issues.map(formatIssue).join('\n')}`);
      if (id === RESOLVED_DETAILS) {
        const details = Object.fromEntries(
          lessons.map((l) => [`${l.locale}:${l.id}`, { summary: l.summary, objectives: l.objectives, examDomains: l.examDomains }]),
        );
        return `export default ${JSON.stringify(details)};`;
      }
      const entries = lessons.map(({ id, slug, track, order, locale, title, file }) => ({ id, slug, track, order, locale, title, file }));
      return `export default ${JSON.stringify(entries)};`;
    },
    handleHotUpdate({ file, server }) {
      if (file.startsWith(dir)) {
        for (const resolved of [RESOLVED, RESOLVED_DETAILS]) {
          const mod = server.moduleGraph.getModuleById(resolved);
          if (mod) server.moduleGraph.invalidateModule(mod);
        }
      }
    },
  };
}
