import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/db/db';
import { readSetting, SETTING } from '@/db/practice';
import { SchedulePanel } from '@/features/settings/SchedulePanel';
import { preferencesStore } from '@/ui/preferences';

beforeEach(async () => {
  preferencesStore.setState({ language: 'en', theme: 'light' });
  await Promise.all(db.tables.map((t) => t.clear()));
});

/** The number of answers a day the workload line states. */
function perDay(text: string | null): number {
  const m = /about (\d+) answers a day/.exec(text ?? '');
  if (!m) throw new Error(`no workload in "${text}"`);
  return Number(m[1]);
}

describe('the Schedule settings', () => {
  it('shows the workload of a desired retention before it is saved, and saves it on request', async () => {
    render(<SchedulePanel />);
    const slider = await screen.findByRole('slider', { name: 'Desired retention' });
    const save = screen.getByRole('button', { name: 'Save retention' });
    expect(save).toBeDisabled();
    const at90 = perDay((await screen.findByText(/At 90 %: about/)).textContent);
    expect(at90).toBeGreaterThan(0);

    fireEvent.change(slider, { target: { value: '0.97' } });
    const at97 = perDay((await screen.findByText(/At 97 %: about/)).textContent);
    // A higher retention means shorter intervals, so more answers a day; nothing is stored yet.
    expect(at97).toBeGreaterThan(at90);
    expect(screen.getByText(/Now, at 90 %: about/)).toBeInTheDocument();
    expect(await readSetting(SETTING.retention, null)).toBeNull();

    await userEvent.click(save);
    expect(await screen.findByText('Desired retention saved: 97 %.')).toBeInTheDocument();
    expect(await readSetting(SETTING.retention, null)).toBe(0.97);
  });

  it('stores the exam date and clears it', async () => {
    render(<SchedulePanel />);
    const date = await screen.findByLabelText('Exam date');
    fireEvent.change(date, { target: { value: '2099-05-20' } });
    expect(await screen.findByText(/Exam date saved: reviews now end by/)).toBeInTheDocument();
    expect(await readSetting(SETTING.examDate, '')).toBe('2099-05-20');
    await userEvent.click(await screen.findByRole('button', { name: 'Clear the date' }));
    expect(await screen.findByText('No exam date: intervals grow freely.')).toBeInTheDocument();
    expect(await readSetting(SETTING.examDate, 'unset')).toBe('');
  });

  it('narrows new questions to chosen tracks and says how many are new today', async () => {
    render(<SchedulePanel />);
    await userEvent.click(await screen.findByRole('radio', { name: 'Chosen tracks' }));
    expect(await screen.findByText(/Choose at least one track/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Amazon ECS' }));
    expect(await screen.findByText('Saved. New questions today: 20.')).toBeInTheDocument();
    await waitFor(async () => expect(await readSetting(SETTING.focus, null)).toEqual({ kind: 'tracks', tracks: ['ecs'] }));
  });
});
