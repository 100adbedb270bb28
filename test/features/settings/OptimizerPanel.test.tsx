import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/db';
import { storedParameters } from '@/db/personal';
import { DEFAULT_PARAMETERS } from '@/engine/srs';
import { OptimizerPanel } from '@/features/settings/OptimizerPanel';
import { preferencesStore } from '@/ui/preferences';
import type { OptimizerReply } from '@/worker/optimizerProtocol';

const DAY = 86_400_000;
const T0 = Date.now() - 40 * DAY;

/** `questions` questions answered on days 0, 2, 6 and 14: three spaced reviews each. */
async function seedLog(questions: number) {
  const rows = [];
  for (let q = 0; q < questions; q++)
    for (const [i, d] of [0, 2, 6, 14].entries()) rows.push({ questionId: `q${q}`, deck: 'core', reviewedAt: T0 + d * DAY + q, rating: i === 2 && q % 4 === 0 ? 1 : 3 });
  await db.reviews.bulkAdd(rows);
}

/** Parameters the fake optimizer returns: a learner who forgets fast. */
const TRAINED = DEFAULT_PARAMETERS.map((w, i) => (i < 4 ? w / 4 : w));

/** A stand-in for the optimizer worker that answers with `reply` (no WebAssembly in jsdom). */
function fakeWorker(reply: OptimizerReply) {
  return class {
    onmessage: ((e: { data: OptimizerReply }) => void) | null = null;
    onerror = null;
    terminated = false;
    postMessage() {
      setTimeout(() => {
        this.onmessage?.({ data: { type: 'started', threads: 1 } });
        setTimeout(() => this.onmessage?.({ data: reply }), 10);
      }, 10);
    }
    terminate() {
      this.terminated = true;
    }
  };
}

beforeEach(async () => {
  preferencesStore.setState({ language: 'en', theme: 'light' });
  await Promise.all(db.tables.map((t) => t.clear()));
});
afterEach(() => vi.unstubAllGlobals());

describe('Optimize my schedule', () => {
  it('says plainly, in both languages, when the browser cannot run the optimizer, and keeps the button disabled', async () => {
    vi.stubGlobal('Worker', undefined);
    await seedLog(30);
    const { unmount } = render(<OptimizerPanel />);
    expect(await screen.findByText(/This browser cannot run the optimizer/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Optimize my schedule' })).toBeDisabled();
    unmount();
    preferencesStore.setState({ language: 'ko' });
    render(<OptimizerPanel />);
    expect(await screen.findByText(/이 브라우저에서는 최적화를 실행할 수 없습니다/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '내 일정 최적화' })).toBeDisabled();
  });

  it('below the minimum, the button is disabled with the count needed and the count the learner has', async () => {
    vi.stubGlobal('Worker', fakeWorker({ type: 'done', parameters: TRAINED }));
    await seedLog(5);
    const { unmount } = render(<OptimizerPanel />);
    expect(await screen.findByText(/needs at least 64 spaced reviews .* You have 15\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Optimize my schedule' })).toBeDisabled();
    unmount();
    preferencesStore.setState({ language: 'ko' });
    render(<OptimizerPanel />);
    expect(await screen.findByText(/64개 이상 필요합니다\. 지금 15개입니다\./)).toBeInTheDocument();
  });

  it('shows default against optimized on the learner’s reviews, and Apply stores the parameters and reschedules', async () => {
    vi.stubGlobal('Worker', fakeWorker({ type: 'done', parameters: TRAINED }));
    await seedLog(30);
    render(<OptimizerPanel />);
    await userEvent.click(await screen.findByRole('button', { name: 'Optimize my schedule' }));
    const table = await screen.findByRole('table', { name: 'Default and optimized parameters on your reviews' });
    const logLoss = within(table).getByRole('row', { name: /Log loss/ });
    expect(within(logLoss).getAllByRole('cell').map((c) => c.textContent)).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Apply' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText('Personal parameters applied: 30 cards rescheduled from their answers.')).toBeInTheDocument();
    const stored = await storedParameters(db);
    expect(stored?.w.map((x) => Math.round(x * 1e6))).toEqual(TRAINED.map((x) => Math.round(x * 1e6)));
    expect(stored?.reviews).toBe(90);
    expect(await db.cards.count()).toBe(30);
    expect(await screen.findByRole('button', { name: 'Reset to defaults' })).toBeInTheDocument();
  });

  it('Cancel ends the worker mid-run and leaves the schedule unchanged', async () => {
    const workers: { terminated: boolean }[] = [];
    const Silent = class {
      onmessage = null;
      onerror = null;
      terminated = false;
      constructor() {
        workers.push(this);
      }
      postMessage() {}
      terminate() {
        this.terminated = true;
      }
    };
    vi.stubGlobal('Worker', Silent);
    await seedLog(30);
    render(<OptimizerPanel />);
    await userEvent.click(await screen.findByRole('button', { name: 'Optimize my schedule' }));
    expect(screen.getByRole('progressbar', { name: 'Training progress' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Optimizing cancelled. Your schedule is unchanged.')).toBeInTheDocument();
    expect(workers.map((w) => w.terminated)).toEqual([true]);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(await storedParameters(db)).toBeUndefined();
  });

  it('an optimizer error leaves the schedule unchanged and says so', async () => {
    vi.stubGlobal('Worker', fakeWorker({ type: 'failed', message: 'out of memory' }));
    await seedLog(30);
    render(<OptimizerPanel />);
    await userEvent.click(await screen.findByRole('button', { name: 'Optimize my schedule' }));
    expect(await screen.findByText('The optimizer stopped with an error (out of memory). Your schedule is unchanged.')).toBeInTheDocument();
    expect(await storedParameters(db)).toBeUndefined();
  });
});
