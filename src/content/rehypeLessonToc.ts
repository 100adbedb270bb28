/**
 * A rehype plugin for lessons: collects the h2 and h3 headings (after rehype-slug has given them ids)
 * and adds `export const toc = [{ depth, id, text }, …]` to the compiled MDX module, so the lesson page
 * draws its table of contents from data known at build time instead of reading its own DOM.
 */
import { valueToEstree } from 'estree-util-value-to-estree';

export interface TocEntry {
  depth: 2 | 3;
  id: string;
  text: string;
}

interface HastNode {
  type: string;
  tagName?: string;
  value?: unknown;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  data?: unknown;
}

function textOf(node: HastNode): string {
  if (node.type === 'text') return typeof node.value === 'string' ? node.value : '';
  return (node.children ?? []).map(textOf).join('');
}

/** The headings a table of contents lists, in document order. Headings without an id are skipped. */
export function collectToc(tree: HastNode): TocEntry[] {
  const entries: TocEntry[] = [];
  const visit = (node: HastNode) => {
    if (node.type === 'element' && (node.tagName === 'h2' || node.tagName === 'h3')) {
      const id = node.properties?.id;
      const text = textOf(node).replace(/\s+/g, ' ').trim();
      if (typeof id === 'string' && id && text) entries.push({ depth: node.tagName === 'h2' ? 2 : 3, id, text });
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return entries;
}

export function rehypeLessonToc() {
  return (tree: HastNode) => {
    const toc = collectToc(tree);
    const estree = {
      type: 'Program',
      sourceType: 'module',
      body: [
        {
          type: 'ExportNamedDeclaration',
          specifiers: [],
          source: null,
          attributes: [],
          declaration: {
            type: 'VariableDeclaration',
            kind: 'const',
            declarations: [{ type: 'VariableDeclarator', id: { type: 'Identifier', name: 'toc' }, init: valueToEstree(toc) }],
          },
        },
      ],
    };
    tree.children = [...(tree.children ?? []), { type: 'mdxjsEsm', value: '', data: { estree } }];
  };
}
