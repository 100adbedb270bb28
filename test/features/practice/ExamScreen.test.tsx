import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readBank } from '@/content/bankFiles';
import { db } from '@/db/db';
import { getExam, updateExam } from '@/db/exams';
import { ExamScreen, startExam } from '@/features/practice/ExamScreen';
import { submitExam } from '@/features/practice/ExamRunner';
import { PracticePage } from '@/features/practice/PracticePage';
import { retakeQueue } from '@/features/practice/retake';
import { preferencesStore } from '@/ui/preferences';

const bank = new Map(readBank().questions.map((q) => [q.id, q]));

const START = new Date('2026-04-01T09:00:00Z');

beforeEach(async () => {
  preferencesStore.setState({ language: 'en', theme: 'light' });
  await Promise.all(db.tables.map((t) => t.clear()));
  window.history.replaceState(null, '', '/practice?mode=exam');
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
});
// The screen goes before the real clock comes back: a running exam left mounted would see its deadline
// long past and submit itself into the next test's database.
afterEach(() => {
  cleanup();
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

  it('warns at 10 and at 5 minutes left, politely and visibly, in a focused view without the app navigation', async () => {
    vi.useRealTimers();
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(START);
    const exam = await startExam('DVA-C02', START.getTime());
    // Reopened 10 minutes and 3 seconds before the deadline.
    vi.setSystemTime(exam.deadline - 10 * 60_000 - 3_000);
    const view = render(<ExamScreen />);
    expect(await screen.findByRole('timer')).toHaveTextContent('0:10:03');
    expect(document.documentElement.dataset.focus).toBe('exam');
    const warning = () => screen.getAllByRole('status').find((s) => s.classList.contains('exam-warning'));
    expect(warning()).toHaveTextContent(/^$/);
    await act(async () => vi.advanceTimersByTime(4_000));
    expect(screen.getByRole('timer')).toHaveTextContent('0:09:59');
    expect(warning()).toHaveTextContent('10 minutes left.');
    expect(warning()).not.toHaveAttribute('aria-live', 'assertive');
    await act(async () => vi.advanceTimersByTime(5 * 60_000));
    expect(warning()).toHaveTextContent('5 minutes left.');
    view.unmount();
    expect(document.documentElement.dataset.focus).toBeUndefined();
  });

  it('reopens a submitted exam from the history, filters its review, and retakes the wrong ones as practice', async () => {
    const exam = await startExam('DVA-C02', START.getTime());
    const [right, wrong, flagged] = exam.items;
    const key = bank.get(right!.questionId)!.answer;
    const miss = bank.get(wrong!.questionId)!.options.map((o) => o.id).filter((o) => !bank.get(wrong!.questionId)!.answer.includes(o)).slice(0, 1);
    await updateExam(exam.id, { answers: { [right!.questionId]: key, [wrong!.questionId]: miss }, flagged: [flagged!.questionId] });
    await submitExam((await getExam(exam.id))!, START.getTime() + 60_000);

    const user = userEvent.setup();
    render(<ExamScreen />);
    await user.click(await screen.findByRole('link', { name: /^Open the DVA-C02 attempt of / }));
    expect(await screen.findByRole('heading', { name: 'Result' })).toBeInTheDocument();
    expect(screen.getByText(/container, IAM and delivery part of DVA-C02 only/)).toBeInTheDocument();
    expect(screen.getByText(/Your answers were added to your review schedule/)).toBeInTheDocument();
    expect(await screen.findByText('Showing 65 of 65 questions.')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Wrong or unanswered (64)' }));
    expect(screen.getByText('Showing 64 of 65 questions.')).toBeInTheDocument();
    // The review's own rows (each question's options are a list of their own inside it).
    const review = () => [...within(screen.getByRole('region', { name: 'Review the questions' })).getAllByRole('list')[0]!.children];
    expect(review()).toHaveLength(64);
    expect(review()[0]).toHaveTextContent('Question 2 — Not quite.');
    await user.click(screen.getByRole('radio', { name: 'Flagged (1)' }));
    expect(review()).toHaveLength(1);
    expect(review()[0]).toHaveTextContent(/Question 3 — not answered.*flagged for review/);
    await user.click(screen.getByRole('radio', { name: /^All/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Domain' }), right!.domain);
    const inDomain = exam.items.filter((i) => i.domain === right!.domain).length;
    expect(screen.getByText(`Showing ${inDomain} of 65 questions.`)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: `Wrong or unanswered (${inDomain - 1})` })).toBeInTheDocument();

    const retake = screen.getByRole('link', { name: 'Retake the 64 you got wrong' });
    expect(retake).toHaveAttribute('href', `/practice?mode=retake&exam=${exam.id}`);
    const queue = await retakeQueue(exam.id);
    expect(queue).toEqual(exam.items.slice(1).map((i) => i.questionId));
    cleanup();

    window.history.replaceState(null, '', `/practice?mode=retake&exam=${exam.id}`);
    render(<PracticePage />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Retake the questions you got wrong' })).toBeInTheDocument();
    expect(await screen.findByText('Question 1 of 64')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: bank.get(wrong!.questionId)!.stem.replace(/\s+/g, ' ').trim() })).toBeInTheDocument();
    // A whole exam's review on a busy machine: allow more than the default.
  }, 60_000);

  it('keeps the answers out of the review schedule when the learner chooses so, and says so', async () => {
    const user = userEvent.setup();
    render(<ExamScreen />);
    const feeds = await screen.findByRole('checkbox', { name: 'Add my answers to my review schedule' });
    expect(feeds).toBeChecked();
    expect(screen.getByText(/not Lambda, API Gateway, DynamoDB design/)).toBeInTheDocument();
    await user.click(feeds);
    await user.click(screen.getByRole('button', { name: /Start mock exam/ }));
    await screen.findByRole('timer');
    expect(await screen.findByText('Your answers stay out of your review schedule.')).toBeInTheDocument();
    await screen.findAllByRole('radio');
    await user.keyboard('1');
    await user.click(screen.getByRole('button', { name: 'Submit exam' }));
    await user.click(screen.getByRole('button', { name: 'Yes, submit' }));
    expect(await screen.findByText('Your answers were not added to your review schedule, as you chose before starting.')).toBeInTheDocument();
    expect(await db.reviews.count()).toBe(0);
    expect(await db.settings.get('practice.examFeedsReviews')).toMatchObject({ value: false });
  });
});
