/**
 * A remark plugin for lessons: writes into every `<Figure id="…" />` the figure's caption in the lesson's
 * language and that language (`locale="ko"` in a `.ko.mdx` file), so the caption is part of the lesson itself
 * (on the page before any drawing code loads, and nothing moves when it arrives) and the drawing labels follow
 * the lesson's language. An unknown id is left for the content tests to name.
 */
import { forEachJsx, type MdxNode } from '../../content/mdxTree.ts';
import { figureTexts } from './texts.ts';


export function remarkFigures() {
  return (tree: MdxNode, file: { path?: string; history?: string[] }) => {
    const path = file.path ?? file.history?.at(-1) ?? '';
    const locale = path.endsWith('.ko.mdx') ? 'ko' : 'en';
    forEachJsx(tree, 'Figure', (node) => {
      const id = node.attributes.find((a) => a.name === 'id')?.value;
      const text = typeof id === 'string' && Object.hasOwn(figureTexts, id) ? figureTexts[id as keyof typeof figureTexts] : undefined;
      if (!text) return;
      const set = (name: string, value: string) => {
        if (!node.attributes.some((a) => a.name === name)) node.attributes.push({ type: 'mdxJsxAttribute', name, value });
      };
      set('caption', text[locale].caption);
      set('locale', locale);
    });
  };
}
