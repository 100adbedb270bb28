import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '@/content/issues';
import { checkQuestionBanks } from '@/content/questionBank';
import type { Question } from '@/content/questionSchema';
import { checkTranslations } from '@/content/questionTranslations';

const read = (dir: string) =>
  existsSync(dir)
    ? Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => [`${dir}/${f}`, readFileSync(path.join(dir, f), 'utf8')]))
    : {};
const english = new Map(checkQuestionBanks(read('content/questions')).questions.map((q) => [q.id, q]));

describe('Korean question translations', () => {
  it('are valid and match their English questions id for id and option for option', () => {
    const issues = Object.entries(read('content/questions/ko')).flatMap(([file, text]) => checkTranslations(file, text, english).issues);
    expect(issues.map(formatIssue)).toEqual([]);
  });
});

describe('checkTranslations', () => {
  const q: Question = {
    id: 'q-one', track: 'ecs', domains: ['dva-development'], type: 'single', difficulty: 1, lesson: 'ecs/placement',
    stem: 'Which strategy packs tasks tightly?',
    options: ['a', 'b', 'c'].map((id) => ({ id, text: id, explanation: 'Because it does.' })),
    answer: ['a'], references: ['https://docs.aws.amazon.com/'],
  };
  const en = new Map([[q.id, q]]);
  const ko = (ids: string[]) =>
    `- id: q-one\n  stem: 태스크를 가장 촘촘하게 배치하는 전략은 무엇입니까?\n  options:\n${ids.map((i) => `    - { id: ${i}, text: 보기, explanation: 설명입니다. }`).join('\n')}\n`;
  it('accepts a faithful translation', () => {
    expect(checkTranslations('ko.yaml', ko(['a', 'b', 'c']), en).issues).toEqual([]);
  });
  it('refuses options that differ from the English question', () => {
    expect(checkTranslations('ko.yaml', ko(['a', 'b', 'd']), en).issues.map(formatIssue)).toEqual([
      'ko.yaml: line 1: q-one.options: option ids are a,b,d but the English question has a,b,c',
    ]);
  });
  it('refuses a translation of a question that does not exist', () => {
    expect(checkTranslations('ko.yaml', ko(['a', 'b', 'c']).replace('q-one', 'q-two'), en).issues[0]?.message).toBe('no English question has this id');
  });
});
