import { describe, expect, it } from 'vitest';
import { screenFiles, screenPage, type ChunkInfo } from '@/app/screenPagesPlugin';

const chunk = (fileName: string, imports: string[] = [], css: string[] = []): [string, ChunkInfo] => [fileName, { imports, css }];

// index → react, shared; Practice → shared, db → dexie; db also imports react (already linked).
const chunks = new Map<string, ChunkInfo>([
  chunk('assets/index.js', ['assets/react.js', 'assets/shared.js'], ['assets/index.css']),
  chunk('assets/react.js'),
  chunk('assets/shared.js', [], ['assets/index.css']),
  chunk('assets/Practice.js', ['assets/shared.js', 'assets/db.js'], ['assets/practice.css']),
  chunk('assets/db.js', ['assets/dexie.js', 'assets/react.js', 'assets/Practice.js']),
  chunk('assets/dexie.js', [], ['assets/practice.css']),
]);

const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <script type="module" crossorigin src="/assets/index.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index.css">
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('screen pages', () => {
  it('link every chunk the screen imports, at any depth, once, and nothing index.html links already', () => {
    const files = screenFiles(chunks, 'assets/index.js', 'assets/Practice.js');
    expect(files.scripts.sort()).toEqual(['assets/Practice.js', 'assets/db.js', 'assets/dexie.js']);
    expect(files.styles).toEqual(['assets/practice.css']);
  });

  it('link nothing for a screen that is part of the entry', () => {
    expect(screenFiles(chunks, 'assets/index.js', 'assets/shared.js')).toEqual({ scripts: [], styles: [] });
  });

  it('are index.html with the links added at the end of its head, under the base path', () => {
    const page = screenPage(INDEX, '/lab/', { scripts: ['assets/Practice.js'], styles: ['assets/practice.css'] });
    expect(page.startsWith(INDEX.slice(0, INDEX.indexOf('</head>')))).toBe(true);
    const head = page.slice(0, page.indexOf('</head>'));
    expect(head).toContain('<link rel="modulepreload" crossorigin href="/lab/assets/Practice.js">');
    expect(head).toContain('<link rel="stylesheet" crossorigin href="/lab/assets/practice.css">');
    expect(page.slice(page.indexOf('</head>'))).toBe(INDEX.slice(INDEX.indexOf('</head>')));
  });

  it('refuse a page without a head to add to', () => {
    expect(() => screenPage('<html><body></body></html>', '/', { scripts: ['a.js'], styles: [] })).toThrow(/<\/head>/);
  });
});
