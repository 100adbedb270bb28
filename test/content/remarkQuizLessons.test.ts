import { describe, expect, it } from 'vitest';
import { remarkQuizLessons } from '@/content/remarkQuizLessons';

interface Node {
  type: string;
  name?: string;
  attributes?: { type: string; name: string; value: unknown }[];
  children: Node[];
}

const quiz = (ids: string): Node => ({
  type: 'mdxJsxFlowElement',
  name: 'Quiz',
  attributes: [{ type: 'mdxJsxAttribute', name: 'ids', value: { type: 'mdxJsxAttributeValueExpression', value: ids } }],
  children: [],
});

describe('remarkQuizLessons', () => {
  it('writes each question’s lesson into the quiz, in the order of its ids', () => {
    const tree: Node = { type: 'root', children: [{ type: 'paragraph', children: [] }, quiz('["ecs-launch-type-no-servers", "docker-run-port-mapping-order"]')] };
    remarkQuizLessons()(tree);
    expect(tree.children[1]!.attributes).toContainEqual({ type: 'mdxJsxAttribute', name: 'lessons', value: 'ecs/launch-types docker/images-containers-dockerfile' });
  });

  it('marks an id the bank does not know, leaving it for the quiz to look up', () => {
    const tree: Node = { type: 'root', children: [quiz('["no-such-question"]')] };
    remarkQuizLessons()(tree);
    expect(tree.children[0]!.attributes).toContainEqual({ type: 'mdxJsxAttribute', name: 'lessons', value: '?' });
  });

  it('leaves other elements and unreadable id lists alone', () => {
    const other = { ...quiz('["ecs-launch-type-no-servers"]'), name: 'Simulator' };
    const broken = quiz('ids.concat(more)');
    remarkQuizLessons()({ type: 'root', children: [other, broken] });
    expect(other.attributes).toHaveLength(1);
    expect(broken.attributes).toHaveLength(1);
  });
});
