import { describe, expect, it } from 'vitest';
import { readBank } from '@/content/bankFiles';
import { formatIssue } from '@/content/issues';
import { readReferenceTitles } from '@/content/referenceFiles';
import { referenceLabel } from '@/content/referenceLabel';
import { checkReferenceTitles, parseReferenceTitles } from '@/content/referenceTitles';
import { GENERATORS } from '@/engine/generators';
// `=~` and `!~` are matched by re2js, installed by this import (the app loads it only where needed).
import '@/engine/placement/re2';

const messages = (files: Record<string, string>) => checkReferenceTitles(files).issues.map(formatIssue);

describe('reference title files', () => {
  it('reads a map of URL to title', () => {
    const { titles, issues } = checkReferenceTitles({ 'a.yaml': '"https://example.com/a.html": "Guide: Page A"\nhttps://example.com/b: "Guide: Page B"\n' });
    expect(issues).toEqual([]);
    expect(titles).toEqual({ 'https://example.com/a.html': 'Guide: Page A', 'https://example.com/b': 'Guide: Page B' });
  });

  it('names the file, the line and the key when a key is not a URL', () => {
    expect(messages({ 'content/references/a.yaml': 'https://example.com/a: A\nnot a url: B\n' })).toEqual(['content/references/a.yaml: line 2: not a url: not a URL']);
  });

  it('names the file, the line and the URL when a title is empty or missing', () => {
    expect(messages({ 'r.yaml': 'https://example.com/a: ""\nhttps://example.com/b:\nhttps://example.com/c: "   "\n' })).toEqual([
      'r.yaml: line 1: https://example.com/a: empty title',
      'r.yaml: line 2: https://example.com/b: empty title',
      'r.yaml: line 3: https://example.com/c: empty title',
    ]);
    expect(messages({ 'r.yaml': 'https://example.com/a: [1, 2]\n' })).toEqual(['r.yaml: line 1: https://example.com/a: the title must be text']);
  });

  it('accepts one URL listed in two files with the same title, and reports two different titles with both places', () => {
    expect(messages({ 'a.yaml': 'https://example.com/x: Same\n', 'b.yaml': '# note\nhttps://example.com/x: Same\n' })).toEqual([]);
    expect(messages({ 'a.yaml': 'https://example.com/x: One\n', 'b.yaml': '# note\nhttps://example.com/x: Two\n' })).toEqual([
      'b.yaml: line 2: https://example.com/x: titled "Two" here but "One" in a.yaml line 1',
    ]);
    expect(messages({ 'a.yaml': 'https://example.com/x: One\nhttps://example.com/x: Two\n' })).toEqual(['a.yaml: line 2: https://example.com/x: titled "Two" here and "One" at line 1']);
  });

  it('reports broken YAML and a file that is not a map, with the line', () => {
    expect(messages({ 'a.yaml': 'https://example.com/a: "unclosed\n' })[0]).toMatch(/^a\.yaml: line \d: YAML: /);
    expect(messages({ 'a.yaml': '- https://example.com/a\n' })).toEqual(['a.yaml: line 1: expected a map of "URL: Title" entries']);
    expect(parseReferenceTitles('empty.yaml', '# nothing yet\n').issues).toEqual([]);
  });
});

describe('reference labels', () => {
  it('shows the title when there is one, else the host and path', () => {
    expect(referenceLabel('https://example.com/a', { 'https://example.com/a': 'Guide: A' })).toBe('Guide: A');
    expect(referenceLabel('https://docs.aws.amazon.com/AmazonECS/latest/developerguide/Welcome.html', {})).toBe('docs.aws.amazon.com/AmazonECS/latest/developerguide/Welcome.html');
    expect(referenceLabel('https://kubernetes.io/docs/concepts/overview/', {})).toBe('kubernetes.io/docs/concepts/overview');
  });
});

describe('the reference titles in content/references', () => {
  const { titles, issues } = readReferenceTitles();

  it('are valid', () => {
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it('give a title to every page a bank question or a generator cites', () => {
    const citedBy = new Map<string, string[]>();
    const cite = (url: string, by: string) => citedBy.set(url, [...new Set([...(citedBy.get(url) ?? []), by])]);
    for (const q of readBank().questions) for (const r of q.references) cite(r, q.id);
    for (const g of GENERATORS) for (let seed = 0; seed < 12; seed++) for (const r of g.generate(seed).references) cite(r, g.id);
    const missing = [...citedBy].filter(([url]) => !titles[url]).map(([url, ids]) => `${url} (cited by ${ids.join(', ')})`);
    expect(missing, `add titles to a file in content/references for:\n${missing.join('\n')}`).toEqual([]);
  });
});
