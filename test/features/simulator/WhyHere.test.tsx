import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { simulate } from '@/engine/deployment';
import { findScenario } from '@/features/simulator/library';
import { useMessages } from '@/features/simulator/messages';
import { WhyHere } from '@/features/simulator/WhyHere';
import { preferencesStore } from '@/ui/preferences';
// `=~` and `!~` are matched by re2js, installed by this import (the app loads it only where needed).
import '@/engine/placement/re2';

function Explain({ slug, placement }: { slug: string; placement: number }) {
  const m = useMessages();
  const entry = findScenario(slug)!;
  const result = simulate(entry.scenario);
  const index = result.trace.events.flatMap((e, i) => (e.type === 'taskPlaced' ? [i] : []))[placement]!;
  return <WhyHere decision={result.decisions[index]} scenario={entry.scenario} m={m} />;
}

beforeEach(() => preferencesStore.setState({ language: 'en', theme: 'light' }));

describe('Why here?', () => {
  it('memberOf: the m5 instances are removed by the constraint, whatever their free capacity', () => {
    render(<Explain slug="memberof-instance-type" placement={0} />);
    const table = screen.getByRole('table');
    const row = (id: string) => within(table).getByRole('rowheader', { name: id }).closest('tr')!;
    for (const id of ['i-m5-a', 'i-m5-b']) {
      expect(row(id)).toHaveTextContent('constraint');
      expect(row(id)).toHaveTextContent(/does not satisfy memberOf\(attribute:ecs\.instance-type =~ t3\.\*\)/);
    }
    const steps = screen.getByRole('list');
    expect(within(steps).getAllByRole('listitem')[0]).toHaveTextContent('Enough CPU, memory, ports and ENIs: 4 of 4 instances');
    expect(within(steps).getAllByRole('listitem')[1]).toHaveTextContent('Every constraint met: 2');
  });

  it('says in Korean how each strategy narrowed the candidates', () => {
    preferencesStore.setState({ language: 'ko', theme: 'light' });
    render(<Explain slug="memberof-instance-type" placement={0} />);
    expect(screen.getByRole('heading', { name: '왜 여기에?' })).toBeInTheDocument();
    expect(screen.getByText(/ecs\.availability-zone 값별로 같은 그룹 태스크가 가장 적은 곳/)).toBeInTheDocument();
  });

  it('Fargate: explains that strategies and constraints do not apply', () => {
    render(<Explain slug="fargate" placement={0} />);
    expect(screen.getByText(/placement strategies and constraints do not apply/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
