import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/db/db';
import Quiz from '@/features/practice/Quiz';
import { preferencesStore } from '@/ui/preferences';

beforeEach(async () => {
  preferencesStore.setState({ language: 'en', theme: 'light' });
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('the embedded quiz', () => {
  it('answers a lesson’s question with feedback and explanation, feeding the scheduler', async () => {
    const user = userEvent.setup();
    render(<Quiz ids={['ecs-launch-type-no-servers']} />);
    const group = screen.getByRole('group', { name: 'Quick check' });
    expect(group).toBeInTheDocument();
    await user.click(await screen.findByRole('radio', { name: /The Fargate launch type/ }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(await screen.findByText('Correct.')).toBeInTheDocument();
    expect(screen.getByText(/there are no container instances to patch or scale/)).toBeInTheDocument();
    await waitFor(async () => expect((await db.reviews.toArray())[0]).toMatchObject({ questionId: 'ecs-launch-type-no-servers', mode: 'quiz', correct: true }));
  });

  it('takes every question of a lesson', async () => {
    render(<Quiz lesson="ecs/launch-types" />);
    expect(await screen.findByText(/^1 \/ \d+$/)).toBeInTheDocument();
  });

  it('says so when nothing matches', () => {
    render(<Quiz lesson="nowhere/none" />);
    expect(screen.getByText('No questions found for this quiz.')).toBeInTheDocument();
  });
});
