import type { Plugin } from 'vite';

/**
 * The app's Content-Security-Policy. It is delivered in the built index.html as a
 * `<meta http-equiv="Content-Security-Policy">`, so it holds on any static host (no server headers
 * needed), and the service worker's precached copy of the page carries it offline too.
 *
 * - Scripts only from this origin: no inline scripts, no eval (zod runs "jitless", see main.tsx).
 *   'wasm-unsafe-eval' lets WebAssembly compile (the FSRS optimizer); it allows no JavaScript eval.
 * - Connections only to this origin: the app talks to no server; the lessons link out, they do not fetch.
 * - Styles from this origin plus 'unsafe-inline': React writes a few computed style attributes (bar
 *   widths, edge label positions) and the diagram export clones styles inline; styles cannot run
 *   script, and every script is still held to 'self'.
 * - Images from this origin, data: and blob: (the diagram's PNG and SVG export draw through them).
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

export function contentSecurityPolicy(extra: Readonly<Record<string, string>> = {}): string {
  return Object.entries({ ...CSP_DIRECTIVES, ...extra })
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** Puts the policy right after the page's charset, before anything it governs. */
export function cspPlugin(): Plugin {
  return {
    name: 'container-lab:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}" />`;
        const withPolicy = html.replace(/<meta charset="[^"]*"\s*\/?>/i, (charset) => `${charset}\n    ${meta}`);
        if (withPolicy === html) throw new Error('index.html has no <meta charset> to put the Content-Security-Policy after');
        return withPolicy;
      },
    },
  };
}
