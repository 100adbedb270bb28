import { describe, expect, it } from 'vitest';
import { formatIssue } from '@/content/issues';
import { buildLessonIndex } from '@/content/lessonIndex';
import { readLessonFiles } from '@/content/lessonIndexPlugin';

const files = readLessonFiles('content/lessons');
const FENCE_LANGUAGES = new Set(['dockerfile', 'json', 'yaml', 'bash']);

const fm = (over: Record<string, string> = {}) => {
  const fields = {
    title: '"Launch types"',
    summary: '"Choose between EC2 and Fargate."',
    track: 'ecs',
    order: '2',
    objectives: '["Pick a launch type"]',
    examDomains: '[dva-deployment]',
    ...over,
  };
  return `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n\nBody\n`;
};

describe('lesson content', () => {
  it('every lesson file has valid frontmatter that matches its path', () => {
    const { issues, lessons } = buildLessonIndex(files);
    expect(issues.map(formatIssue)).toEqual([]);
    expect(lessons.length).toBe(Object.keys(files).length);
  });

  it('every code block names a language the app highlights', () => {
    const problems: string[] = [];
    for (const [file, text] of Object.entries(files)) {
      text.split('\n').forEach((line, i) => {
        const m = /^\s*(`{3,}|~{3,})(.*)$/.exec(line);
        if (!m) return;
        const lang = m[2]!.trim().split(/\s+/)[0] ?? '';
        // A bare fence closes a block; an opening one must name its language.
        if (lang && !FENCE_LANGUAGES.has(lang)) problems.push(`${file}:${i + 1}: code block language "${lang}"`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('includes the two foundation lessons', () => {
    const ids = buildLessonIndex(files).lessons.map((l) => l.id);
    expect(ids).toEqual(expect.arrayContaining(['docker/images-containers-dockerfile', 'ecs/launch-types']));
  });
});

describe('buildLessonIndex reports problems by file and field', () => {
  it('accepts a valid lesson and derives its id from the path', () => {
    const { lessons, issues } = buildLessonIndex({ 'ecs/02-launch-types.mdx': fm() });
    expect(issues).toEqual([]);
    expect(lessons[0]).toMatchObject({ id: 'ecs/launch-types', slug: 'launch-types', locale: 'en' });
  });
  it('names the field of a schema error', () => {
    const { issues } = buildLessonIndex({ 'ecs/02-launch-types.mdx': fm({ examDomains: '[dva-cooking]' }) });
    expect(issues.map(formatIssue)).toEqual([expect.stringMatching(/^content\/lessons\/ecs\/02-launch-types\.mdx: frontmatter\.examDomains\.0: /)]);
  });
  it('reports a missing field', () => {
    const { issues } = buildLessonIndex({ 'ecs/02-launch-types.mdx': fm({ summary: '""' }).replace('summary: ""\n', '') });
    expect(issues.map((i) => i.field)).toEqual(['frontmatter.summary']);
  });
  it('catches a track or order that disagrees with the path', () => {
    const { issues } = buildLessonIndex({ 'docker/03-launch-types.mdx': fm() });
    expect(issues.map((i) => i.field).sort()).toEqual(['frontmatter.order', 'frontmatter.track']);
  });
  it('gives the line of a YAML syntax error', () => {
    const { issues } = buildLessonIndex({ 'ecs/02-launch-types.mdx': '---\ntitle: "x\nsummary: [\n---\n' });
    expect(issues[0]).toMatchObject({ file: 'content/lessons/ecs/02-launch-types.mdx', field: 'frontmatter' });
    expect(issues[0]?.line).toBeGreaterThan(1);
  });
  it('refuses a file name that does not follow NN-slug.mdx', () => {
    const { issues } = buildLessonIndex({ 'ecs/Launch Types.mdx': fm() });
    expect(issues[0]?.message).toMatch(/<track>\/NN-slug\.mdx/);
  });
  it('refuses two lessons with the same order in one track', () => {
    const { issues } = buildLessonIndex({ 'ecs/02-launch-types.mdx': fm(), 'ecs/02-other.mdx': fm() });
    expect(issues.map(formatIssue)).toEqual([expect.stringContaining('frontmatter.order: 2 is also used by ecs/02-launch-types.mdx')]);
  });
});
