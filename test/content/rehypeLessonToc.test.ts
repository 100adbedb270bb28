import { describe, expect, it } from 'vitest';
import { collectToc, rehypeLessonToc } from '@/content/rehypeLessonToc';

interface Node {
  type: string;
  tagName?: string;
  name?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
  data?: unknown;
}
const text = (value: string): Node => ({ type: 'text', value });
const el = (tagName: string, properties: Record<string, unknown>, ...children: Node[]): Node => ({ type: 'element', tagName, properties, children });

describe('the lesson table of contents plugin', () => {
  it('lists h2 and h3 headings in document order with their ids and plain text, nested ones included', () => {
    const tree: Node = {
      type: 'root',
      children: [
        el('h1', { id: 'title' }, text('Title')),
        el('h2', { id: 'latest-is-not-the-newest' }, el('code', {}, text('latest')), text(' is not\n  "the newest"')),
        el('p', {}, text('Body')),
        { type: 'mdxJsxFlowElement', name: 'Callout', children: [el('h3', { id: 'inside' }, text('Inside a callout'))] },
        el('h4', { id: 'deep' }, text('Too deep')),
        el('h3', {}, text('No id')),
        el('h2', { id: '참고-자료' }, text('참고 자료')),
      ],
    };
    expect(collectToc(tree)).toEqual([
      { depth: 2, id: 'latest-is-not-the-newest', text: 'latest is not "the newest"' },
      { depth: 3, id: 'inside', text: 'Inside a callout' },
      { depth: 2, id: '참고-자료', text: '참고 자료' },
    ]);
  });

  it('adds an ES module export named toc to the compiled lesson', () => {
    const tree: Node = { type: 'root', children: [el('h2', { id: 'a' }, text('A'))] };
    rehypeLessonToc()(tree);
    const esm = tree.children!.at(-1)!;
    expect(esm.type).toBe('mdxjsEsm');
    const program = (esm.data as { estree: { body: { type: string; declaration: { declarations: { id: { name: string } }[] } }[] } }).estree;
    expect(program.body[0]!.type).toBe('ExportNamedDeclaration');
    expect(program.body[0]!.declaration.declarations[0]!.id.name).toBe('toc');
  });
});
