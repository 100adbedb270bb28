// Bold that Markdown does not recognise shows its asterisks to the reader. In Korean this happens when a
// particle follows a closing `**` that comes after punctuation or code (`**\`iam:PassRole\`**입니다`):
// such spans are written as <strong> instead.
import { readdirSync, readFileSync } from 'node:fs';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';

interface Node { type: string; value?: string; children?: Node[]; position?: { start: { line: number } } }

/** Text the reader would see with `**` still in it, as `line: text`. */
function strayAsterisks(markdown: string): string[] {
  const found: string[] = [];
  const walk = (n: Node) => {
    if (n.type === 'text' && n.value?.includes('**')) found.push(`${n.position?.start.line}: ${n.value.trim().slice(0, 60)}`);
    n.children?.forEach(walk);
  };
  walk(fromMarkdown(markdown) as Node);
  return found;
}

describe('lesson text', () => {
  it('has no bold left as literal asterisks, in either language', () => {
    const files = readdirSync('content/lessons', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(80);
    expect(files.flatMap((f) => strayAsterisks(readFileSync(`content/lessons/${f}`, 'utf8')).map((s) => `${f}:${s}`))).toEqual([]);
  }, 120_000);

  it('tells a bold span a Korean particle breaks from one written as <strong>', () => {
    expect(strayAsterisks('역할에 대한 **`iam:PassRole`**입니다.')).not.toEqual([]);
    expect(strayAsterisks('역할에 대한 <strong>`iam:PassRole`</strong>입니다.')).toEqual([]);
  });
});
