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

  it('loads each question from its own lesson when the lessons are written in, as a lesson page does', async () => {
    const user = userEvent.setup();
    render(<Quiz ids={['ecs-launch-type-no-servers', 'docker-run-port-mapping-order']} lessons="ecs/launch-types docker/images-containers-dockerfile" />);
    expect(await screen.findByText('1 / 2')).toBeInTheDocument();
    await user.click(await screen.findByRole('radio', { name: /The Fargate launch type/ }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    await user.click(await screen.findByRole('button', { name: 'Next quiz question' }));
    expect(await screen.findByRole('radio', { name: 'http://localhost:8080' })).toBeInTheDocument();
  });

  it('says so when a question is in no bank', async () => {
    render(<Quiz ids={['no-such-question']} />);
    expect(await screen.findByText('No questions found for this quiz.')).toBeInTheDocument();
  });
});
