import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { formatIssue } from './issues.ts';
import { checkQuestionBanks } from './questionBank.ts';
import type { QuestionTranslation } from './questionSchema.ts';
import { checkTranslations } from './questionTranslations.ts';
import { REFERENCES_DIR, readReferenceTitles } from './referenceFiles.ts';

const VIRTUAL = 'virtual:question-bank';
const RESOLVED = '\0' + VIRTUAL;

function readYaml(dir: string, prefix: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => [`${prefix}/${f}`, readFileSync(path.join(dir, f), 'utf8')]),
  );
}

/**
 * Serves `virtual:question-bank`: every question and its Korean translation, and the titles of the
 * pages questions cite (content/references), validated at build time (an invalid file stops the build
 * with messages naming the file, question id and field). Only the practice screens and the <Quiz>
 * widget import it, so the first screen never loads the bank.
 */
export function questionBankPlugin(root = process.cwd()): Plugin {
  const dir = path.join(root, 'content', 'questions');
  return {
    name: 'question-bank',
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const files = readYaml(dir, 'content/questions');
      const koFiles = readYaml(path.join(dir, 'ko'), 'content/questions/ko');
      for (const f of [...Object.keys(files), ...Object.keys(koFiles)]) this.addWatchFile(path.join(root, f));
      const { questions, issues } = checkQuestionBanks(files);
      const english = new Map(questions.map((q) => [q.id, q]));
      const ko: Record<string, QuestionTranslation> = {};
      for (const [file, text] of Object.entries(koFiles)) {
        const r = checkTranslations(file, text, english);
        issues.push(...r.issues);
        for (const t of r.translations) ko[t.id] = t;
      }
      const references = readReferenceTitles(root);
      for (const f of references.files) this.addWatchFile(path.join(root, f));
      issues.push(...references.issues);
      if (issues.length) this.error(`Invalid question bank:\n${issues.map(formatIssue).join('\n')}`);
      return `export const questions = ${JSON.stringify(questions)};\nexport const translations = ${JSON.stringify({ ko })};\nexport const referenceTitles = ${JSON.stringify(references.titles)};`;
    },
    handleHotUpdate({ file, server }) {
      if (file.startsWith(dir) || file.startsWith(path.join(root, REFERENCES_DIR))) {
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
      }
    },
  };
}
