/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import mdx from '@mdx-js/rollup';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import rehypeHighlight from 'rehype-highlight';
import rehypeSlug from 'rehype-slug';
import bash from 'highlight.js/lib/languages/bash';
import dockerfile from 'highlight.js/lib/languages/dockerfile';
import json from 'highlight.js/lib/languages/json';
import yaml from 'highlight.js/lib/languages/yaml';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { challengesPlugin } from './src/content/challengesPlugin.ts';
import { lessonIndexPlugin } from './src/content/lessonIndexPlugin.ts';
import { questionBankPlugin } from './src/content/questionBankPlugin.ts';
import { scenarioLibraryPlugin } from './src/content/scenarioLibraryPlugin.ts';
import { remarkQuizLessons } from './src/content/remarkQuizLessons.ts';
import { rehypeLessonToc } from './src/content/rehypeLessonToc.ts';
import { remarkFigures } from './src/features/figures/remarkFigures.ts';
import { localeAssetsPlugin } from './src/content/localeAssetsPlugin.ts';
import { contentSecurityPolicy, cspPlugin } from './src/app/cspPlugin.ts';
import { screenPagesPlugin } from './src/app/screenPagesPlugin.ts';
import { readLessonFiles } from './src/content/lessonIndexPlugin.ts';
import { buildLessonIndex } from './src/content/lessonIndex.ts';

const src = fileURLToPath(new URL('./src', import.meta.url));

/**
 * The screens that get a page of their own (see screenPagesPlugin), by path: each with the module that
 * src/app/routes.tsx loads for it. Home is index.html itself, which every other path falls back to.
 */
function screenPages(): Record<string, string> {
  const screen = (name: string) => `${src}/features/${name}.tsx`;
  const { lessons } = buildLessonIndex(readLessonFiles(fileURLToPath(new URL('./content/lessons', import.meta.url))));
  const english = lessons.filter((l) => l.locale === 'en');
  return {
    learn: screen('lessons/LearnPage'),
    sandbox: screen('sandbox/SandboxPage'),
    simulator: screen('simulator/SimulatorPage'),
    practice: screen('practice/PracticePage'),
    progress: screen('progress/ProgressPage'),
    settings: screen('settings/SettingsPage'),
    ...Object.fromEntries([...new Set(english.map((l) => l.track))].map((track) => [`learn/${track}`, screen('lessons/TrackPage')])),
    ...Object.fromEntries(english.map((l) => [`learn/${l.track}/${l.slug}`, screen('lessons/LessonPage')])),
  };
}
const SCREEN_PAGES = screenPages();

/**
 * Cross-origin isolation, for the FSRS optimizer: fsrs-browser trains on threads that share one
 * WebAssembly memory (a SharedArrayBuffer), which browsers allow only on an isolated page. The app loads
 * nothing from another origin, so `require-corp` blocks nothing. The service worker's precached page keeps
 * the headers it was fetched with, so the page is isolated offline too.
 */
const isolationHeaders: Record<string, string> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * Response headers of the local servers, in one place. `vite preview` serves the built app with the
 * same policy the page's <meta> carries, plus what only a header can say (frame-ancestors). The dev
 * server sends no policy (its hot reload injects inline scripts), only the isolation headers.
 */
const previewHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy({ 'frame-ancestors': "'none'" }),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  ...isolationHeaders,
};

/** The optimizer's worker, its thread helper and its WebAssembly: fetched on first use, then kept. */
const OPTIMIZER_FILES = /\/assets\/(optimizer\.worker|workerHelpers|fsrs_browser|fsrs_browser_bg)-[\w-]+\.(js|wasm)$/;

export default defineConfig({
  resolve: { alias: { '@': src } },
  plugins: [
    lessonIndexPlugin(),
    questionBankPlugin(),
    challengesPlugin(),
    scenarioLibraryPlugin(),
    localeAssetsPlugin(),
    cspPlugin(),
    screenPagesPlugin(SCREEN_PAGES),
    {
      enforce: 'pre',
      ...mdx({
        providerImportSource: '@/app/mdx/provider',
        remarkPlugins: [remarkGfm, remarkFrontmatter, [remarkMdxFrontmatter, { name: 'frontmatter' }], remarkQuizLessons, remarkFigures],
        // Headings get ids (rehype-slug), then the table of contents is exported from them.
        rehypePlugins: [
          rehypeSlug,
          rehypeLessonToc,
          [rehypeHighlight, { detect: false, languages: { bash, dockerfile, json, yaml }, aliases: { bash: ['sh', 'shell'] } }],
        ],
      }),
    },
    react({ include: /\.(mdx|tsx|ts)$/ }),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'robots.txt'],
      manifest: {
        name: 'Container Lab — AWS containers, hands on',
        short_name: 'Container Lab',
        description: 'Learn Docker, ECS, ECR, Fargate, EKS and IAM for the AWS associate exams.',
        theme_color: '#0f172a',
        background_color: '#0f172a',
        display: 'standalone',
        start_url: '/',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
        // Text in the other language is not precached: it is fetched, and kept, once the learner reads in it.
        // The optimizer (1.7 MB of WebAssembly) is not precached either: it is fetched, and kept for offline
        // use, the first time the learner asks for it.
        // The screens' own pages are left out too: offline, every path is answered with index.html.
        globIgnores: [...Object.keys(SCREEN_PAGES).map((page) => `${page}.html`), '**/*.ko-*.js', '**/optimizer.worker-*.js', '**/workerHelpers-*.js', '**/fsrs_browser*'],
        runtimeCaching: [
          { urlPattern: /\/assets\/[^/]+\.ko-[\w-]+\.js$/, handler: 'CacheFirst', options: { cacheName: 'other-language' } },
          { urlPattern: OPTIMIZER_FILES, handler: 'CacheFirst', options: { cacheName: 'optimizer' } },
        ],
        navigateFallback: '/index.html',
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // AWS icons stay files of their own: inlined, every icon would ride in the one shared icon module that
    // each lesson figure imports, and a lesson would download the whole set as JavaScript to show three.
    assetsInlineLimit: (file: string) => (file.includes('/aws-icons/') ? false : undefined),
    rolldownOptions: {
      output: {
        // Question text chunks are named by lesson and language (`questions-ecs-placement.ko-…js`).
        chunkFileNames: (chunk) => {
          const m = /^\0virtual:question-chunk:([a-z0-9-]+)\/([a-z0-9-]+):([a-z]+)$/.exec(chunk.facadeModuleId ?? '');
          return m ? `assets/questions-${m[1]}-${m[2]}.${m[3]}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  // Workers are ES modules, so the engine worker can load each engine on first use; the worker reads
  // the reference titles the question bank plugin serves.
  worker: { format: 'es', plugins: () => [questionBankPlugin()] },
  preview: { headers: previewHeaders },
  server: { headers: isolationHeaders },
  // fsrs-browser finds its WebAssembly and thread helper next to itself (`new URL(…, import.meta.url)`).
  optimizeDeps: { exclude: ['fsrs-browser'] },
  test: {
    // Component tests render whole screens; a loaded two-core machine can take seconds for one.
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/engine/**/*.test.ts', 'test/content/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/lint/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/engine/**', 'test/content/**', 'test/cli/**', 'test/lint/**', 'test/e2e/**'],
          setupFiles: ['test/setup-dom.ts'],
        },
      },
    ],
    benchmark: { include: ['test/**/*.bench.ts'] },
  },
});
