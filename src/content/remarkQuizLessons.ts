/**
 * A remark plugin for lessons: writes into every `<Quiz ids={[…]} />` the lesson each question belongs
 * to (`lessons="ecs/placement ecs/placement …"`), read from the question bank at build time, so the quiz
 * can load just those lessons' question chunks without shipping the bank's index to the lesson.
 */
import { readBank } from './bankFiles.ts';
import { forEachJsx, type MdxNode } from './mdxTree.ts';


export function remarkQuizLessons(options: { root?: string } = {}) {
  let lessonOf: Map<string, string> | undefined;
  return (tree: MdxNode) => {
    lessonOf ??= new Map(readBank(options.root).questions.map((q) => [q.id, q.lesson]));
    const known = lessonOf;
    forEachJsx(tree, 'Quiz', (node) => {
      const ids = node.attributes.find((a) => a.name === 'ids');
      const expression = ids?.value && typeof ids.value === 'object' && 'value' in ids.value ? String((ids.value as { value: unknown }).value) : undefined;
      if (!expression || node.attributes.some((a) => a.name === 'lessons')) return;
      let list: unknown;
      try {
        list = JSON.parse(expression);
      } catch {
        return;
      }
      if (!Array.isArray(list)) return;
      // An unknown id is left for the content tests to name; the quiz then looks it up at run time.
      const lessons = list.map((id) => known.get(String(id)) ?? '?');
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'lessons', value: lessons.join(' ') });
    });
  };
}
