import { describe, expect, it } from 'vitest';
import { parseCustomDeck } from '@/content/customDeck';
import { formatIssue } from '@/content/issues';

const good = `- id: my-first
  track: ecs
  domains: [dva-development]
  type: single
  difficulty: 1
  lesson: ecs/launch-types
  stem: Which launch type removes server management entirely?
  options:
    - { id: a, text: Fargate, explanation: Fargate runs tasks without instances to manage. }
    - { id: b, text: EC2, explanation: With EC2 you manage the container instances. }
    - { id: c, text: EXTERNAL, explanation: ECS Anywhere runs on servers you operate. }
  answer: [a]
  references: [https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html]
`;

describe('importing a custom question bank', () => {
  it('accepts a valid YAML deck and names it after the file', () => {
    const r = parseCustomDeck('Class 3 Quiz.yaml', good);
    expect(r.ok && r.slug).toBe('class-3-quiz');
    expect(r.ok && r.questions.map((q) => q.id)).toEqual(['my-first']);
  });

  it('accepts the same deck as JSON', () => {
    const json = JSON.stringify([
      {
        id: 'json-one', track: 'iam', domains: ['dva-security'], type: 'single', difficulty: 2, lesson: 'iam/roles-and-trust',
        stem: 'Which role do the containers of a task use to call AWS APIs?',
        options: [
          { id: 'a', text: 'Task role', explanation: 'The task role gives the containers their credentials.' },
          { id: 'b', text: 'Execution role', explanation: 'The execution role is used by the agent, not your code.' },
          { id: 'c', text: 'Instance role', explanation: 'Tasks should not rely on the instance role.' },
        ],
        answer: ['a'], references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html'],
      },
    ], null, 2);
    expect(parseCustomDeck('deck.json', json).ok).toBe(true);
  });

  it('refuses a YAML syntax error, naming the file and line', () => {
    const r = parseCustomDeck('broken.yaml', good.replace('  options:', '  options: [\n'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ file: 'broken.yaml', line: expect.any(Number) });
  });

  it('refuses an answer that is not an option, naming the question id, field and line', () => {
    const second = good.replace('my-first', 'my-second').replace('answer: [a]', 'answer: [e]');
    const r = parseCustomDeck('deck.yaml', `${good}${second}`);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toHaveLength(1);
      expect(formatIssue(r.issues[0]!)).toBe('deck.yaml: line 14: my-second.answer.0: "e" is not one of the options (a, b, c)');
    }
  });

  it('refuses a missing field, a duplicate id, an empty file and a file that is not a list (all or nothing)', () => {
    const noStem = parseCustomDeck('d.yaml', good.replace(/ {2}stem: .*\n/, ''));
    expect(!noStem.ok && noStem.issues.map((i) => i.field)).toEqual(['my-first.stem']);
    const dup = parseCustomDeck('d.yaml', good + good);
    expect(!dup.ok && dup.issues.map((i) => i.message)).toEqual(['duplicate id in this file']);
    expect(parseCustomDeck('d.yaml', '  ').ok).toBe(false);
    const notList = parseCustomDeck('d.json', '{"questions": []}');
    expect(!notList.ok && notList.issues[0]?.message).toBe('expected a list of questions');
  });

  it('keeps markup as plain text (it is rendered as text, never as HTML)', () => {
    const r = parseCustomDeck('x.yaml', good.replace('Which launch type', '<img src=x onerror=alert(1)> Which launch type'));
    expect(r.ok && r.questions[0]?.stem.startsWith('<img')).toBe(true);
  });
});
