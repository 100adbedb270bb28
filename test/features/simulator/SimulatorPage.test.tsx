import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/db/db';
import { DRAFT_KEY } from '@/features/simulator/draft';
import { findScenario } from '@/features/simulator/library';
import { SimulatorPage } from '@/features/simulator/SimulatorPage';
import { preferencesStore } from '@/ui/preferences';

const STATIC_TITLE = findScenario('static-host-port')?.title ?? 'missing';

beforeEach(async () => {
  preferencesStore.setState({ language: 'en', theme: 'light' });
  await db.settings.clear();
  window.history.replaceState(null, '', '/simulator');
});

async function openStaticHostPort() {
  render(<SimulatorPage />);
  const library = await screen.findByLabelText('Scenario library');
  await userEvent.selectOptions(library, 'static-host-port');
  await screen.findByRole('heading', { level: 2, name: STATIC_TITLE });
}

async function unfold(name: string) {
  await userEvent.click(screen.getByRole('heading', { level: 2, name }));
}

describe('simulator screen', () => {
  it('steps through a library scenario and explains a placement instance by instance', async () => {
    await openStaticHostPort();
    const scrub = screen.getByRole('slider', { name: 'Position' });
    expect(scrub).toHaveValue('0');
    // serviceScaled, then the first placement.
    await userEvent.click(screen.getByRole('button', { name: 'Step forward' }));
    await userEvent.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(scrub).toHaveValue('2');
    expect(scrub).toHaveAttribute('aria-valuetext', expect.stringMatching(/^Event 2 of \d+, t = 0 s$/));
    const log = screen.getByRole('list', { name: 'Event log' });
    expect(within(log).getAllByRole('listitem')).toHaveLength(2);
    expect(within(log).getByText('Desired count set to 3')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /^Task t-1, revision 1, pending\. Show why/ }));
    const table = screen.getByRole('table', { name: /^Why task t-1 \(revision 1\) went to i-/ });
    const rows = within(table).getAllByRole('row').slice(1);
    // Every instance has a row. Both are empty and identical, so no strategy separates them: the
    // seeded tie-break removes one of them.
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent).sort()).toEqual(['i-a1', 'i-b1']);
    const outcome = rows.map((r) => within(r).getAllByRole('cell').slice(1, 3).map((c) => c.textContent));
    expect(outcome.sort()).toEqual([
      ['✓ chosen', '—'],
      ['✕ removed', 'tie-break'],
    ]);
    expect(screen.getByText('The task needs 256 CPU units and 1024 MiB, host ports 80.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Step back' }));
    expect(scrub).toHaveValue('1');
    expect(screen.getByText('No task has been placed yet at this point of the timeline.')).toBeInTheDocument();
  });

  it('shows the third task as unplaceable: port 80 is taken on both instances', async () => {
    await openStaticHostPort();
    await userEvent.click(screen.getByRole('button', { name: 'Go to the end' }));
    const log = screen.getByRole('list', { name: 'Event log' });
    expect(within(log).getByText(/A revision 1 task could not be placed: .*already using a port required by your task/)).toBeInTheDocument();
  });

  it('validates the form live, naming the field, and keeps showing the last valid scenario', async () => {
    await openStaticHostPort();
    await unfold('Edit the scenario');
    const desired = screen.getByLabelText('Desired count (service.desiredCount)');
    await userEvent.clear(desired);
    await userEvent.type(desired, 'two');
    // Edited text is checked by the schema, loaded the first time a text needs it.
    await waitFor(() => expect(screen.getAllByRole('alert').find((a) => /problem/.test(a.textContent ?? ''))).toHaveTextContent('service.desiredCount: expected a non-negative integer'));
    expect(desired).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('heading', { level: 2, name: STATIC_TITLE })).toBeInTheDocument();
    await userEvent.clear(desired);
    await userEvent.type(desired, '2');
    expect(await screen.findByText(/The scenario is valid\./)).toBeInTheDocument();
  });

  it('reports a JSON syntax error with its line and column', async () => {
    await openStaticHostPort();
    await unfold('Edit the scenario');
    await userEvent.click(screen.getByRole('button', { name: 'JSON' }));
    fireEvent.change(screen.getByLabelText('Scenario JSON'), { target: { value: '{\n  "title": "x",\n}' } });
    await waitFor(() =>
      expect(screen.getAllByRole('alert').map((a) => a.textContent).join(' ')).toContain('JSON syntax error at line 3, column 1: expected a property name in double quotes.'),
    );
  });

  it('remembers the edited scenario across a reload', async () => {
    await openStaticHostPort();
    await unfold('Edit the scenario');
    const seed = screen.getByLabelText('Random seed');
    await userEvent.clear(seed);
    await userEvent.type(seed, '42');
    await waitFor(async () => {
      const row = await db.settings.get(DRAFT_KEY);
      expect((row?.value as { text: string } | undefined)?.text).toContain('"seed": 42');
      // The draft is saved a moment after typing stops; a loaded machine can take longer than waitFor's default.
    }, { timeout: 5000 });
    screen.getByLabelText('Scenario library');
    document.body.innerHTML = '';
    render(<SimulatorPage />);
    expect(await screen.findByLabelText('Random seed')).toHaveValue('42');
    expect(screen.getByLabelText('Scenario library')).toHaveDisplayValue('My edited scenario');
  });

  it('keeps the draft one choice away while another library scenario is shown', async () => {
    await openStaticHostPort();
    await unfold('Edit the scenario');
    const seed = screen.getByLabelText('Random seed');
    await userEvent.clear(seed);
    await userEvent.type(seed, '99');
    const library = screen.getByLabelText('Scenario library');
    await userEvent.selectOptions(library, 'spread-az');
    expect(screen.getByLabelText('Random seed')).not.toHaveValue('99');
    await userEvent.selectOptions(library, 'My edited scenario');
    expect(screen.getByLabelText('Random seed')).toHaveValue('99');
    expect(screen.getByRole('heading', { level: 2, name: STATIC_TITLE })).toBeInTheDocument();
  });

  it('compares two strategy lists on the same cluster', async () => {
    render(<SimulatorPage />);
    await userEvent.selectOptions(await screen.findByLabelText('Scenario library'), 'binpack-memory');
    await unfold('Compare strategies');
    expect(screen.getByLabelText('Strategy list A')).toHaveDisplayValue('binpack(memory)');
    expect(screen.getByLabelText('Strategy list B')).toHaveDisplayValue('spread(AZ), spread(instanceId)');
    // Each list's run comes back from the engine.
    await waitFor(() => expect(screen.getAllByText(/^Tasks that could not be placed: \d+/)).toHaveLength(2));
  });
});

describe('opening a scenario file', () => {
  it('refuses an invalid file with the reasons and keeps the current scenario', async () => {
    await openStaticHostPort();
    const bad = new File(['{"schemaVersion": 1, "title": "x"'], 'broken.json', { type: 'application/json' });
    await userEvent.upload(screen.getByLabelText('Open a scenario file'), bad);
    const alert = await screen.findByText(/broken\.json cannot be opened; your scenario was kept\./);
    expect(alert.closest('[role=alert]')).toHaveTextContent(/JSON syntax error at line 1, column 34/);
    expect(screen.getByRole('heading', { level: 2, name: STATIC_TITLE })).toBeInTheDocument();
  });

  it('opens a valid file in place of the current scenario', async () => {
    await openStaticHostPort();
    const other = findScenario('spread-az')!;
    await userEvent.upload(screen.getByLabelText('Open a scenario file'), new File([other.text], 'mine.json', { type: 'application/json' }));
    expect(await screen.findByRole('heading', { level: 2, name: other.title })).toBeInTheDocument();
    expect(await screen.findByText('Opened mine.json.')).toHaveAttribute('role', 'status');
  });
});
