import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '@/content/issues';
import { buildLessonIndex } from '@/content/lessonIndex';
import { readLessonFiles } from '@/content/lessonIndexPlugin';
import { lessonReferences } from '@/content/lessonReferences';
import { checkQuestionBanks } from '@/content/questionBank';
import { checkTranslations } from '@/content/questionTranslations';

const files = readLessonFiles('content/lessons');
const { lessons } = buildLessonIndex(files);
const yaml = (dir: string) =>
  Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => [`${dir}/${f}`, readFileSync(`${dir}/${f}`, 'utf8')]));
const english = checkQuestionBanks(yaml('content/questions')).questions;

describe('the Korean edition', () => {
  it('has a Korean version of every lesson', () => {
    const ko = new Set(lessons.filter((l) => l.locale === 'ko').map((l) => l.id));
    expect(lessons.filter((l) => l.locale === 'en' && !ko.has(l.id)).map((l) => l.file)).toEqual([]);
  });

  it('uses the same widgets, question ids and links as the English lesson, in the same order', () => {
    const problems: string[] = [];
    for (const ko of lessons.filter((l) => l.locale === 'ko')) {
      const en = lessons.find((l) => l.locale === 'en' && l.id === ko.id);
      if (!en) {
        problems.push(`${ko.file}: no English lesson ${ko.id}`);
        continue;
      }
      const a = lessonReferences(files[en.file]!);
      const b = lessonReferences(files[ko.file]!);
      for (const key of ['scenarios', 'challenges', 'questionIds', 'quizLessons', 'figures', 'components'] as const) {
        if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) problems.push(`${ko.file}: ${key} ${JSON.stringify(b[key])} differ from ${JSON.stringify(a[key])}`);
      }
      if (JSON.stringify([...a.links].sort()) !== JSON.stringify([...b.links].sort())) problems.push(`${ko.file}: internal links differ`);
      for (const key of ['track', 'order', 'examDomains'] as const) {
        if (JSON.stringify(en[key]) !== JSON.stringify(ko[key])) problems.push(`${ko.file}: frontmatter.${key} differs`);
      }
      if (en.objectives.length !== ko.objectives.length) problems.push(`${ko.file}: ${ko.objectives.length} objectives, English has ${en.objectives.length}`);
    }
    expect(problems).toEqual([]);
  });

  it('translates every question, with the same ids and options as the English one', () => {
    const englishById = new Map(english.map((q) => [q.id, q]));
    const translated = new Set<string>();
    const issues = Object.entries(yaml('content/questions/ko')).flatMap(([file, text]) => {
      const r = checkTranslations(file, text, englishById);
      r.translations.forEach((t) => translated.add(t.id));
      return r.issues.map(formatIssue);
    });
    expect(issues).toEqual([]);
    expect(english.filter((q) => !translated.has(q.id)).map((q) => q.id)).toEqual([]);
  });
});
