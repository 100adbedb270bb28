import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/db/db';
import { DeckImport } from '@/features/practice/DeckImport';
import { preferencesStore } from '@/ui/preferences';

beforeEach(async () => {
  preferencesStore.setState({ language: 'en', theme: 'light' });
  await Promise.all(db.tables.map((t) => t.clear()));
});

const question = (id: string, answer = 'a') => `- id: ${id}
  track: ecs
  domains: [dva-development]
  type: single
  difficulty: 1
  lesson: ecs/launch-types
  stem: "<b>Which</b> launch type removes server management?"
  options:
    - { id: a, text: Fargate, explanation: Fargate runs tasks without instances to manage. }
    - { id: b, text: EC2, explanation: With EC2 you manage the container instances. }
    - { id: c, text: EXTERNAL, explanation: ECS Anywhere runs on servers you operate. }
  answer: [${answer}]
  references: [https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html]
`;

describe('importing a custom deck', () => {
  it('refuses a malformed file, names file, question, field and line, and stores nothing', async () => {
    render(<DeckImport decks={[]} />);
    const text = question('one') + question('two', 'z');
    await userEvent.upload(screen.getByLabelText('Question bank file'), new File([text], 'class.yaml'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The file was not imported. Nothing changed.');
    expect(alert).toHaveTextContent('class.yaml: line 14: two.answer.0: "z" is not one of the options (a, b, c)');
    expect(await db.settings.count()).toBe(0);
  });

  it('imports a valid file as its own deck, keeping markup as text', async () => {
    render(<DeckImport decks={[]} />);
    await userEvent.upload(screen.getByLabelText('Question bank file'), new File([question('one')], 'Week 1.yaml'));
    expect(await screen.findByText('Imported deck “Week 1” with 1 questions.')).toBeInTheDocument();
    const row = await db.settings.get('deck:week-1');
    expect(row?.value).toMatchObject({ slug: 'week-1', name: 'Week 1', questions: [{ id: 'one', stem: '<b>Which</b> launch type removes server management?' }] });
  });
});
