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

  it('ends with a score, offers the ones missed, and keeps the keyboard flow after each check', async () => {
    const user = userEvent.setup();
    render(<Quiz ids={['ecs-launch-type-no-servers', 'docker-run-port-mapping-order']} lessons="ecs/launch-types docker/images-containers-dockerfile" />);
    expect(await screen.findByText('Your answers here are scheduled for review: they come back in Daily review.')).toBeInTheDocument();
    // First question right, by mouse.
    await user.click(await screen.findByRole('radio', { name: /The Fargate launch type/ }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    await screen.findByText('Correct.');
    // Focus is on Next, not on the page: Enter goes on, and the next stem takes focus.
    expect(screen.getByRole('button', { name: 'Next quiz question' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const stem = await screen.findByRole('heading', { level: 3, name: /docker run -d -p 8080:80/ });
    expect(stem).toHaveFocus();
    // The second one wrong, by keyboard alone: a number chooses, Enter checks.
    const wrong = screen.getAllByRole('radio').findIndex((r) => r.getAttribute('value') !== 'a');
    await user.keyboard(String(wrong + 1));
    expect(screen.getAllByRole('radio')[wrong]).toBeChecked();
    await user.keyboard('{Enter}');
    await screen.findByText('Not quite.');
    expect(screen.getByRole('button', { name: 'See your score' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect((await screen.findByText('You got 1 of 2 right.')).closest('p')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Review the 1 you missed' }));
    // Only the missed question, as a round of its own.
    expect(await screen.findByRole('heading', { level: 3, name: /docker run -d -p 8080:80/ })).toHaveFocus();
    await user.click(screen.getByRole('radio', { name: 'http://localhost:8080' }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    await screen.findByText('Correct.');
    await waitFor(async () => expect((await db.reviews.toArray()).map((r) => r.correct)).toEqual([true, false, true]));
  });

  it('says so when a question is in no bank', async () => {
    render(<Quiz ids={['no-such-question']} />);
    expect(await screen.findByText('No questions found for this quiz.')).toBeInTheDocument();
  });
});
