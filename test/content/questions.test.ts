import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '@/content/issues';
import { checkQuestionBanks, parseQuestionBank } from '@/content/questionBank';

const dir = path.resolve('content/questions');
const files = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => [`content/questions/${f}`, readFileSync(path.join(dir, f), 'utf8')]),
);

describe('question bank content', () => {
  it('every question file is valid and every id unique', () => {
    const { issues } = checkQuestionBanks(files);
    expect(issues.map(formatIssue)).toEqual([]);
  });
});

describe('parseQuestionBank', () => {
  const good = `- id: q-one
  track: ecs
  domains: [dva-development]
  type: single
  difficulty: 1
  lesson: ecs/placement
  stem: Which strategy packs tasks onto the fewest instances?
  options:
    - { id: a, text: binpack, explanation: Binpack fills the instance with the least remaining resource. }
    - { id: b, text: spread, explanation: Spread distributes tasks evenly across a field. }
    - { id: c, text: random, explanation: Random places tasks without regard to use. }
  answer: [a]
  references: [https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-strategies.html]
`;
  it('accepts a valid question', () => {
    const r = parseQuestionBank('bank.yaml', good);
    expect(r.issues).toEqual([]);
    expect(r.questions.map((q) => q.id)).toEqual(['q-one']);
  });
  it('names the file, question id, field and line of an answer that is not an option', () => {
    const r = parseQuestionBank('bank.yaml', `- note: first\n${good.replace('answer: [a]', 'answer: [z]')}`);
    const issue = r.issues.find((i) => i.field === 'q-one.answer.0');
    expect(issue).toMatchObject({ file: 'bank.yaml', line: 2 });
    expect(issue?.message).toContain('"z" is not one of the options');
  });
  it('reports YAML syntax errors with their line', () => {
    const r = parseQuestionBank('bank.yaml', '- id: x\n  stem: [unclosed\n');
    expect(r.questions).toEqual([]);
    expect(r.issues[0]?.line).toBeGreaterThan(0);
  });
  it('flags duplicate ids across files', () => {
    const { issues } = checkQuestionBanks({ 'a.yaml': good, 'b.yaml': good });
    expect(issues.map(formatIssue)).toEqual(['b.yaml: q-one.id: duplicate id, also used in a.yaml']);
  });
});
