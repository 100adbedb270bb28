import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/db';
import { ExamScreen, startExam } from '@/features/practice/ExamScreen';
import { preferencesStore } from '@/ui/preferences';

const START = new Date('2026-04-01T09:00:00Z');

beforeEach(async () => {
  preferencesStore.setState({ language: 'en', theme: 'light' });
  await Promise.all(db.tables.map((t) => t.clear()));
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the mock exam', () => {
  it('draws 65 questions by DVA-C02 domain weight with a 130-minute deadline', async () => {
    const exam = await startExam('DVA-C02', START.getTime());
    expect(exam.items).toHaveLength(65);
    expect(exam.deadline - exam.startedAt).toBe(130 * 60_000);
    const per = (d: string) => exam.items.filter((i) => i.domain === d).length;
    expect([per('dva-development'), per('dva-security'), per('dva-deployment'), per('dva-troubleshooting')]).toEqual([21, 17, 15, 12]);
  });

  it('resumes after a reload with the time left from the stored deadline, and keeps answers and flags', async () => {
    const user = userEvent.setup();
    const first = render(<ExamScreen />);
    await user.click(await screen.findByRole('button', { name: /Start mock exam/ }));
    expect(await screen.findByRole('timer')).toHaveTextContent('2:10:00');
    // The question's text loads on demand; keys choose once its options are on screen.
    await screen.findAllByRole('radio');
    await user.keyboard('1');
    await user.keyboard('f');
    expect(await screen.findByRole('button', { name: 'Question 1, answered, flagged for review' })).toBeInTheDocument();
    first.unmount();

    // The tab is closed for 25 minutes, then the page is opened again.
    vi.setSystemTime(new Date(START.getTime() + 25 * 60_000));
    render(<ExamScreen />);
    expect(await screen.findByRole('timer')).toHaveTextContent('1:45:00');
    expect(screen.getByRole('button', { name: 'Question 1, answered, flagged for review' })).toBeInTheDocument();
  });

  it('submits: scaled score, per-domain breakdown, and exam answers feed the scheduler', async () => {
    const user = userEvent.setup();
    render(<ExamScreen />);
    await user.click(await screen.findByRole('button', { name: /Start mock exam/ }));
    await screen.findByRole('timer');
    await screen.findAllByRole('radio');
    await user.keyboard('1');
    await user.click(screen.getByRole('button', { name: 'Submit exam' }));
    expect(screen.getByText(/64 unanswered and 0 flagged/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes, submit' }));
    expect(await screen.findByRole('heading', { name: 'Result' })).toBeInTheDocument();
    expect(screen.getByText(/Scaled score \d+ \/ 1000/)).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(table).toHaveTextContent('DVA · Development with AWS Services');
    expect(table).toHaveTextContent('DVA · Troubleshooting and Optimization');
    await waitFor(async () => expect(await db.reviews.where('reviewedAt').above(0).count()).toBe(1));
    expect((await db.reviews.toArray())[0]?.mode).toBe('exam');
    const stored = await db.exams.toArray();
    expect(stored[0]).toMatchObject({ status: 'submitted', result: { total: 65 } });
    await act(async () => undefined);
  });
});
