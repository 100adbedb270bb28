import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/db/db';
import { readBank } from '@/content/bankFiles';

const bank = new Map(readBank().questions.map((q) => [q.id, q]));
import { Session } from '@/features/practice/Session';
import { preferencesStore } from '@/ui/preferences';

const ids = ['ecs-launch-type-no-servers', 'ecs-agent-registers-instance'];

beforeEach(async () => {
  preferencesStore.setState({ language: 'en', theme: 'light' });
  await Promise.all(db.tables.map((t) => t.clear()));
});

/** The displayed letter (A, B…) of the question's first correct option. */
function rightKey(questionId: string): string {
  const labels = screen.getAllByRole('radio').map((r) => r.getAttribute('value'));
  const answer = bank.get(questionId)!.answer[0];
  return 'abcdef'[labels.indexOf(answer!)]!;
}

describe('a practice session', () => {
  it('answers by keyboard: a letter chooses, Enter checks and shows the explanation and next interval', async () => {
    const user = userEvent.setup();
    render(<Session queue={ids} mode="daily" decks={[]} />);
    await screen.findByRole('heading', { level: 2, name: /startup wants to run a containerized REST API/ });
    await user.keyboard(rightKey(ids[0]!));
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Correct.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/Next review in 10 min/);
    expect(screen.getByText(/With Fargate you describe CPU and memory/)).toBeInTheDocument();
    await waitFor(async () => expect(await db.reviews.count()).toBe(1));
    const [review] = await db.reviews.toArray();
    expect(review).toMatchObject({ questionId: ids[0], rating: 3, correct: true, mode: 'daily', chosen: ['d'] });
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Question 2 of 2')).toBeInTheDocument();
  });

  it('marks a guess with G (rated Hard) and undoes it with U', async () => {
    const user = userEvent.setup();
    render(<Session queue={ids} mode="daily" decks={[]} />);
    await screen.findByText('Question 1 of 2');
    await user.keyboard(rightKey(ids[0]!));
    await user.keyboard('g');
    expect(screen.getByRole('checkbox', { name: /I guessed/ })).toBeChecked();
    await user.keyboard('{Enter}');
    await screen.findByText('Correct.');
    await waitFor(async () => expect((await db.reviews.toArray())[0]?.rating).toBe(2));
    await user.keyboard('u');
    expect(await screen.findByText('Your last answer was undone.')).toBeInTheDocument();
    expect(await db.reviews.count()).toBe(0);
    expect(await db.cards.count()).toBe(0);
    expect(screen.getByRole('button', { name: 'Check answer' })).toBeEnabled();
  });

  it('a wrong answer is rated Again and shows which option was right', async () => {
    const user = userEvent.setup();
    render(<Session queue={ids} mode="topic" decks={[]} />);
    await screen.findByText('Question 1 of 2');
    const wrong = 'abcd'.split('').find((k) => k !== rightKey(ids[0]!))!;
    await user.keyboard(wrong);
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(await screen.findByText('Not quite.')).toBeInTheDocument();
    expect(screen.getByText('Correct answer.')).toBeInTheDocument();
    expect(screen.getByText('Your choice.')).toBeInTheDocument();
    await waitFor(async () => expect((await db.cards.get(ids[0]!))?.lastRating).toBe(1));
  });

  it('shows a generated question in Korean, without the "not translated" note, and records it on the same card', async () => {
    preferencesStore.setState({ language: 'ko', theme: 'light' });
    const user = userEvent.setup();
    render(<Session queue={['gen-rolling-first-wave']} mode="daily" decks={[]} />);
    const stem = await screen.findByRole('heading', { level: 2, name: /롤링 업데이트의 첫 단계에서 ECS가 시작하는 새 개정의 태스크는 몇 개입니까\?/ });
    expect(stem).not.toHaveAttribute('lang');
    expect(screen.queryByText('아직 번역되지 않았습니다. 영어로 표시합니다.')).not.toBeInTheDocument();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(screen.getByText('자동 생성 문제')).toBeInTheDocument();
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => r.closest('label')?.textContent)).toEqual(radios.map((_, i) => expect.stringMatching(new RegExp(`^${'ABCD'[i]}\\d+개$`))));
    // The first wave, worked out from the bounds shown: room above the desired count, else down to the lower bound.
    const [, d, min, max] = /정상 태스크 (\d+)개를.*minimumHealthyPercent (\d+), maximumPercent (\d+)/.exec(stem.textContent ?? '')!.map(Number);
    const upper = Math.floor((d! * max!) / 100);
    const wave = upper > d! ? Math.min(upper - d!, d!) : upper - Math.ceil((d! * min!) / 100);
    await user.click(screen.getByRole('radio', { name: `${wave}개` }));
    await user.click(screen.getByRole('button', { name: '정답 확인' }));
    expect(await screen.findByText('정답입니다.')).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`첫 단계에는 새 태스크 ${wave}개가 시작됩니다`))).not.toHaveAttribute('lang');
    await waitFor(async () => expect((await db.reviews.toArray())[0]).toMatchObject({ questionId: 'gen-rolling-first-wave', correct: true }));
    expect(await db.cards.get('gen-rolling-first-wave')).toBeDefined();
  });
});
