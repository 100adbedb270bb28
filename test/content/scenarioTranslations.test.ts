import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '@/content/issues';
import { checkScenarioTranslations } from '@/content/scenarioTranslations';

const HANGUL = /[\uAC00-\uD7A3]/;
const dir = path.resolve('content/scenarios');
const KOREAN_FILE = 'content/scenarios/ko/library.json';
const slugs = new Set(readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')));
const english = (slug: string) => JSON.parse(readFileSync(path.join(dir, `${slug}.json`), 'utf8')) as { title: string; description?: string };
const korean: unknown = JSON.parse(readFileSync(KOREAN_FILE, 'utf8'));

/** API names, parameters and values that stay in English in the Korean text: camelCase and PascalCase names, instance types, CQL attributes. */
const TERMS = /\b(?:[a-z]+[A-Z]\w*|[A-Z][a-z]+[A-Z]\w*|[a-z]\d[a-z]?\.(?:nano|micro|small|medium|large|\d*xlarge)|attribute:[\w.-]+|awsvpc|binpack)\b/g;

/** Kubernetes object kinds the Korean lessons write in Hangul (content/lessons/eks/*.ko.mdx: 레플리카셋). */
const WRITTEN_IN_KOREAN = new Set(['ReplicaSet']);

describe('Korean titles and descriptions of the scenario library', () => {
  const { translations, issues } = checkScenarioTranslations(KOREAN_FILE, korean, slugs);

  it('the Korean file is valid and names only library scenarios', () => {
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it.each([...slugs].sort())('%s has a Korean title and description', (slug) => {
    const ko = translations.get(slug);
    expect(ko, `${KOREAN_FILE} has no entry "${slug}"`).toBeDefined();
    expect(ko?.title).toMatch(HANGUL);
    expect(ko?.description).toMatch(HANGUL);
    // A description, not a title repeated: about as long as the English one.
    expect(ko?.description.length ?? 0).toBeGreaterThan(80);
  });

  it.each([...slugs].sort())('%s keeps the API names and values of the English text in English', (slug) => {
    const en = english(slug);
    const ko = translations.get(slug);
    const missing = [...new Set(`${en.title} ${en.description ?? ''}`.match(TERMS) ?? [])].filter(
      (term) => !WRITTEN_IN_KOREAN.has(term) && !`${ko?.title ?? ''} ${ko?.description ?? ''}`.includes(term),
    );
    expect(missing).toEqual([]);
  });
});

describe('checkScenarioTranslations', () => {
  const library = new Set(['spread-az', 'random']);
  const check = (data: unknown) => checkScenarioTranslations('ko.json', data, library).issues.map(formatIssue);

  it('accepts Korean for some of the library (the rest is shown in English)', () => {
    const r = checkScenarioTranslations('ko.json', { 'spread-az': { title: '가용 영역에 분산', description: '영역마다 고르게 나눕니다.' } }, library);
    expect(r.issues).toEqual([]);
    expect(r.translations.get('spread-az')?.title).toBe('가용 영역에 분산');
    expect(r.translations.has('random')).toBe(false);
  });

  it('refuses a slug that names no library scenario, naming the file and the slug', () => {
    expect(check({ 'spread-zone': { title: '분산', description: '설명' } })).toEqual([
      'ko.json: spread-zone: no library scenario has this slug (content/scenarios/spread-zone.json does not exist)',
    ]);
  });

  it('refuses a missing or empty title or description, naming the field', () => {
    expect(check({ 'spread-az': { title: '분산' }, random: { title: '  ', description: '설명' } })).toEqual([
      'ko.json: spread-az.description: the Korean description is missing',
      'ko.json: random.title: the Korean title is empty',
    ]);
  });

  it('refuses fields other than title and description, and a file that is not an object', () => {
    expect(check({ random: { title: '무작위', description: '설명', hints: [] } })).toEqual([expect.stringMatching(/^ko\.json: random: .*hints/)]);
    expect(check(['random'])).toEqual(['ko.json: expected an object mapping scenario slugs to { title, description }']);
  });
});
