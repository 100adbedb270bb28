import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { gradeDiagram } from '../engine/architecture/index.ts';
import '../engine/architecture/ko/index.ts';
import { parseChallenge, type Challenge } from './challengeSchema.ts';
import { formatIssue } from './issues.ts';

const INDEX = 'virtual:challenge-index';
const ONE = 'virtual:challenge/';

/**
 * Serves the sandbox challenges, validated at build time with the challenge schema (an invalid file stops
 * the build, naming the file and field), with every default filled in. `virtual:challenge-index` holds the
 * titles for the picker and one loader per challenge; `virtual:challenge/<id>` is one challenge, its own
 * chunk, so a screen loads only the challenge it opens and no schema library at run time, with the
 * findings of its starting diagram.
 */
/**
 * The findings of a challenge's starting diagram as it first opens (goal unchecked, no hint shown), in each
 * language: computed here, so that opening a challenge shows them without waiting for the engine worker.
 */
export function startingFindings(c: Challenge) {
  const diagram = { schemaVersion: 1 as const, nodes: c.startingNodes, edges: [] };
  const options = { goal: false, reveal: c.hints.length === 0 };
  return { en: gradeDiagram(diagram, c, 'en', options), ko: gradeDiagram(diagram, c, 'ko', options) };
}

export function challengesPlugin(root = process.cwd()): Plugin {
  const dir = path.join(root, 'content', 'challenges');
  const read = () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    const parsed = files.map((f) => parseChallenge(`content/challenges/${f}`, readFileSync(path.join(dir, f), 'utf8')));
    const issues = parsed.flatMap((p) => p.issues);
    return { files, challenges: parsed.flatMap((p) => (p.challenge ? [p.challenge] : [])), issues };
  };
  return {
    name: 'challenges',
    resolveId: (id) => (id === INDEX || id.startsWith(ONE) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith('\0virtual:challenge')) return undefined;
      const { files, challenges, issues } = read();
      for (const f of files) this.addWatchFile(path.join(dir, f));
      if (issues.length) this.error(`Invalid challenges:\n${issues.map(formatIssue).join('\n')}`);
      if (id === `\0${INDEX}`) {
        const index = challenges.map((c) => ({ id: c.id, title: c.title, ...(c.ko ? { ko: { title: c.ko.title } } : {}) }));
        const loaders = challenges.map((c) => `${JSON.stringify(c.id)}: () => import(${JSON.stringify(ONE + c.id)})`).join(',\n  ');
        return `export const index = ${JSON.stringify(index)};\nexport const loaders = {\n  ${loaders}\n};`;
      }
      const wanted = id.slice(`\0${ONE}`.length);
      const challenge = challenges.find((c) => c.id === wanted);
      if (!challenge) this.error(`No challenge "${wanted}" in content/challenges`);
      return `export default ${JSON.stringify(challenge)};\nexport const starting = ${JSON.stringify(startingFindings(challenge))};`;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(dir)) return;
      for (const mod of server.moduleGraph.idToModuleMap.values()) if (mod.id?.startsWith('\0virtual:challenge')) server.moduleGraph.invalidateModule(mod);
    },
  };
}
