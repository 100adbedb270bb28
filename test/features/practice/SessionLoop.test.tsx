import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { readBank } from '@/content/bankFiles';
import { db } from '@/db/db';
import type { CardRow } from '@/db/rows';
import { Session } from '@/features/practice/Session';
import { preferencesStore } from '@/ui/preferences';

const bank = new Map(readBank().questions.map((q) => [q.id, q]));
// Five single-answer questions of the "Launch types" lesson.
const ids = ['ecs-launch-type-no-servers', 'ecs-anywhere-on-premises', 'ecs-managed-instances-gpu', 'ecs-launch-type-or-capacity-strategy', 'ecs-fargate-steady-savings-plan'];

beforeEach(async () => {
  preferencesStore.setState({ language: 'en', theme: 'light' });
  await Promise.all(db.tables.map((t) => t.clear()));
});

/** The id of the question on screen, found by its stem. */
function current(): string {
  const stem = screen.getByRole('heading', { level: 2 }).textContent;
  const id = ids.find((i) => bank.get(i)?.stem === stem);
  if (!id) throw new Error(`unexpected question: ${stem}`);
  return id;
}

/** The key (a, b, …) of the right option on screen, or of a wrong one. */
function key(right: boolean): string {
  const values = screen.getAllByRole('radio').map((r) => r.getAttribute('value'));
  const answer = bank.get(current())!.answer;
  const i = values.findIndex((v) => answer.includes(v!) === right);
  return 'abcdef'[i]!;
}

async function answer(user: ReturnType<typeof userEvent.setup>, right: boolean) {
  await screen.findAllByRole('radio');
  await user.keyboard(key(right));
  await user.keyboard('{Enter}');
  await screen.findByText(right ? 'Correct.' : 'Not quite.');
}

const stat = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

describe('relearning within a session', () => {
  it('asks a question answered wrong again three questions later, until it is right, and counts it', async () => {
    const user = userEvent.setup();
    render(<Session queue={ids} mode="daily" decks={[]} />);
    await screen.findByText('Question 1 of 5');
    const first = current();
    await answer(user, false);
    expect(screen.getByRole('status')).toHaveTextContent('Not quite. It comes back later in this session.');
    expect(screen.getByText(/Question 1 of 6/)).toBeInTheDocument();
    expect(screen.getByText(/1 missed, coming back later in this session/)).toBeInTheDocument();
    // Focus moved to Next: Enter goes on without the mouse.
    expect(screen.getByRole('button', { name: 'Next question' })).toHaveFocus();

    for (const n of [2, 3, 4]) {
      await user.keyboard('{Enter}');
      await screen.findByText(new RegExp(`Question ${n} of 6`));
      expect(current()).not.toBe(first);
      await answer(user, true);
    }
    await user.keyboard('{Enter}');
    await screen.findByText('Question 5 of 6');
    expect(current()).toBe(first);
    await answer(user, true);
    await user.keyboard('{Enter}');
    await screen.findByText('Question 6 of 6');
    await answer(user, true);
    expect(screen.getByRole('button', { name: 'Finish' })).toHaveFocus();
    await user.keyboard('{Enter}');

    // The summary: five questions, four right the first time, one missed, six answers in all.
    expect(await screen.findByRole('heading', { name: 'Session complete' })).toHaveFocus();
    expect(stat('Questions')).toBe('5');
    expect(stat('Right the first time')).toBe('4');
    expect(stat('Missed at least once')).toBe('1');
    expect(stat('Answers in all')).toBe('6');
    expect(stat('Time spent answering')).toMatch(/^\d+ s$|min/);
    const missed = screen.getByRole('list');
    expect(within(missed).getByText(bank.get(first)!.stem)).toBeInTheDocument();
    expect(await within(missed).findByRole('link', { name: 'Lesson: Launch types: EC2 or Fargate' })).toHaveAttribute('href', '/learn/ecs/launch-types');
    const reviews = await db.reviews.where('questionId').equals(first).toArray();
    expect(reviews.map((r) => r.correct)).toEqual([false, true]);
    expect(await db.reviews.count()).toBe(6);
  });

  it('an undo takes the question back out of the session with its review', async () => {
    const user = userEvent.setup();
    render(<Session queue={ids} mode="topic" decks={[]} />);
    await screen.findByText('Question 1 of 5');
    const first = current();
    await answer(user, false);
    await screen.findByText(/Question 1 of 6/);
    await user.keyboard('u');
    expect(await screen.findByText('Your last answer was undone.')).toBeInTheDocument();
    expect(screen.getByText('Question 1 of 5')).toBeInTheDocument();
    expect(screen.queryByText(/coming back/)).not.toBeInTheDocument();
    expect(current()).toBe(first);
    expect(await db.reviews.count()).toBe(0);
    // Answered right this time: nothing comes back, and the log holds that one answer.
    await answer(user, true);
    expect(screen.getByText('Question 1 of 5')).toBeInTheDocument();
    await waitFor(async () => expect((await db.reviews.toArray()).map((r) => [r.questionId, r.correct])).toEqual([[first, true]]));
  });
});

describe('the session summary', () => {
  it('counts the reviews due by the end of tomorrow from the stored cards', async () => {
    const now = Date.now();
    const local = new Date(now);
    const tomorrowNoon = new Date(local.getFullYear(), local.getMonth(), local.getDate() + 1, 12).getTime();
    const card = (questionId: string, due: number): CardRow => ({ questionId, deck: 'core', due, state: 2, reps: 3, lapses: 0, stability: 5, difficulty: 5, elapsedDays: 3, scheduledDays: 4, learningSteps: 0, lastReview: now - 3 * 86_400_000 });
    await db.cards.bulkPut([card('ecs-clb-not-recommended', tomorrowNoon), card('ecs-cluster-what-is', now + 5 * 86_400_000), card('no-longer-in-the-bank', tomorrowNoon)]);
    const user = userEvent.setup();
    render(<Session queue={[ids[0]!]} mode="topic" decks={[]} />);
    await answer(user, true);
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: 'Session complete' });
    // The question just answered (due again in minutes) and the card due tomorrow; not the one due in five
    // days, nor a card whose question left the bank.
    await waitFor(() => expect(stat('Reviews due by the end of tomorrow')).toBe('2'));
    expect(stat('Missed at least once')).toBe('0');
    expect(screen.getByText('You missed none. Well done.')).toBeInTheDocument();
  });
});
