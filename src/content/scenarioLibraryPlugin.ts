import path from 'node:path';
import type { Plugin } from 'vite';
import { playedRun, readScenarioLibrary } from './scenarioLibrary.ts';

const ALL = 'virtual:scenario-library';
const LOADERS = 'virtual:scenario-loaders';
const ONE = 'virtual:scenario:';

/**
 * Serves the scenario library validated at build time (an invalid scenario or Korean text stops the
 * build, naming the file and field), so no schema library ships to the browser for it:
 * `virtual:scenario-library` holds every scenario (the simulator screen), `virtual:scenario-loaders`
 * a loader per slug, and `virtual:scenario:<slug>` one scenario with its trace, computed at build time
 * (a lesson's widget loads only its own, and plays it without running the engine).
 */
export function scenarioLibraryPlugin(root = process.cwd()): Plugin {
  const dir = path.join(root, 'content', 'scenarios');
  return {
    name: 'scenario-library',
    resolveId: (id) => (id === ALL || id === LOADERS || id.startsWith(ONE) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith('\0')) return undefined;
      const v = id.slice(1);
      if (v !== ALL && v !== LOADERS && !v.startsWith(ONE)) return undefined;
      const { scenarios, problems, files } = readScenarioLibrary(root);
      for (const f of files) this.addWatchFile(path.join(root, f));
      if (problems.length) this.error(`Invalid scenario library:\n${problems.join('\n')}`);
      if (v === ALL) return `export const entries = ${JSON.stringify(scenarios)};`;
      if (v === LOADERS) {
        return `export const loaders = {\n${scenarios.map((s) => `  ${JSON.stringify(s.slug)}: () => import(${JSON.stringify(ONE + s.slug)})`).join(',\n')}\n};`;
      }
      const entry = scenarios.find((s) => s.slug === v.slice(ONE.length));
      if (!entry) this.error(`No scenario ${v.slice(ONE.length)} in content/scenarios`);
      // A widget plays the scenario; it never edits it, so the editor's text stays out of its chunk, and
      // its trace is computed here, once, by the same engine: a lesson needs no engine at run time.
      const { text: _text, ...played } = entry;
      return `export default ${JSON.stringify({ ...played, run: playedRun(entry.scenario) })};`;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(dir)) return;
      for (const mod of server.moduleGraph.idToModuleMap.values()) {
        if (mod.id?.startsWith(`\0virtual:scenario`)) server.moduleGraph.invalidateModule(mod);
      }
    },
  };
}
