import type { Plugin, Rolldown } from 'vite';

/** A chunk as far as the pages need it: the chunks it imports statically, and its stylesheets. */
export interface ChunkInfo {
  imports: readonly string[];
  css: readonly string[];
}

/**
 * The files a screen's first visit needs beyond what index.html already links: the screen's chunk, every
 * chunk it imports statically (transitively), and their stylesheets. Chunks the app's entry imports are
 * left out: index.html links them already.
 */
export function screenFiles(chunks: ReadonlyMap<string, ChunkInfo>, entry: string, screen: string): { scripts: string[]; styles: string[] } {
  const reach = (from: string) => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const next of chunks.get(file)?.imports ?? []) visit(next);
    };
    visit(from);
    return seen;
  };
  const linked = reach(entry);
  const scripts = [...reach(screen)].filter((f) => !linked.has(f));
  const linkedCss = new Set([...linked].flatMap((f) => chunks.get(f)?.css ?? []));
  const styles = [...new Set(scripts.flatMap((f) => chunks.get(f)?.css ?? []))].filter((f) => !linkedCss.has(f));
  return { scripts, styles };
}

/** index.html with the screen's files linked at the end of its head. */
export function screenPage(indexHtml: string, base: string, files: { scripts: string[]; styles: string[] }): string {
  const links = [
    ...files.scripts.map((f) => `<link rel="modulepreload" crossorigin href="${base}${f}">`),
    ...files.styles.map((f) => `<link rel="stylesheet" crossorigin href="${base}${f}">`),
  ];
  if (!indexHtml.includes('</head>')) throw new Error('index.html has no </head> to link a screen\'s files before');
  return indexHtml.replace('</head>', `\n${links.map((l) => `    ${l}\n`).join('')}  </head>`);
}

/**
 * One HTML page per screen (`practice.html`, `learn/ecs/01-clusters.html`…): the built index.html plus
 * links to the screen's own code and styles. `pages` maps each page's path (no leading slash, no
 * `.html`) to the source module of its screen.
 *
 * A first visit to a deep link then fetches the screen's code together with the app's, instead of after
 * the app has run; and Vite's loader, finding the links in place, adds none of its own (each link it adds
 * costs the main thread about a millisecond on a phone). Static hosts serve `practice.html` for
 * `/practice`; a host that answers every path with index.html still works, without the head start. The
 * service worker does not precache these pages: offline, every path is served index.html.
 */
export function screenPagesPlugin(pages: Readonly<Record<string, string>>): Plugin {
  let base = '/';
  return {
    name: 'container-lab:screen-pages',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html'] as Rolldown.OutputAsset | undefined;
        if (!index) return; // a build without the app's page (the worker's)
        const outputs = Object.values(bundle).filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
        const chunks = new Map<string, ChunkInfo>(
          outputs.map((c) => [c.fileName, { imports: c.imports, css: [...(c.viteMetadata?.importedCss ?? [])] }]),
        );
        const html = String(index.source);
        const entry = outputs.find((c) => c.isEntry && html.includes(`src="${base}${c.fileName}"`));
        if (!entry) this.error('screen pages: index.html loads no entry chunk of this bundle');
        for (const [page, module] of Object.entries(pages)) {
          const screen = outputs.find((c) => c.facadeModuleId === module);
          if (!screen) this.error(`screen pages: no chunk for ${module} (page ${page}.html)`);
          this.emitFile({ type: 'asset', fileName: `${page}.html`, source: screenPage(html, base, screenFiles(chunks, entry.fileName, screen.fileName)) });
        }
      },
    },
  };
}
