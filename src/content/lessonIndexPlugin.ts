import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { formatIssue } from './issues.ts';
import { buildLessonIndex } from './lessonIndex.ts';

const VIRTUAL = 'virtual:lesson-index';
const RESOLVED = '\0' + VIRTUAL;

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

/** Serves `virtual:lesson-index`: every lesson's validated frontmatter, without any lesson body. */
export function lessonIndexPlugin(root = process.cwd()): Plugin {
  const dir = path.join(root, 'content', 'lessons');
  return {
    name: 'lesson-index',
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const files = readLessonFiles(dir);
      for (const f of Object.keys(files)) this.addWatchFile(path.join(dir, f));
      const { lessons, issues } = buildLessonIndex(files);
      if (issues.length) this.error(`Invalid lessons:\n${issues.map(formatIssue).join('\n')}`);
      return `export default ${JSON.stringify(lessons)};`;
    },
    handleHotUpdate({ file, server }) {
      if (file.startsWith(dir)) {
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
      }
    },
  };
}
