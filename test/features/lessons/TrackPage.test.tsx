import { act, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/app/App';
import { lessonsOfTrack } from '@/content/lessons';
import { db } from '@/db/db';
import { preferencesStore } from '@/ui/preferences';
import { navigate } from '@/ui/router';

vi.mock('@/app/UpdatePrompt', () => ({ default: () => null }));

beforeEach(async () => {
  await db.lessonProgress.clear();
  preferencesStore.setState({ language: 'en', theme: 'light' });
  window.history.replaceState(null, '', '/learn/docker');
});

describe('track overview', () => {
  it('lists the track’s lessons in order with the learner’s progress and the next lesson', async () => {
    const docker = lessonsOfTrack('docker');
    await db.lessonProgress.put({ lessonId: docker[0]!.id, status: 'completed', lastVisitedAt: 1, completedAt: 2, scroll: 1 });
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Docker' })).toBeInTheDocument();
    expect(await screen.findByText(`1 of ${docker.length} completed`)).toBeInTheDocument();
    const items = within(document.querySelector('ol.track-lessons') as HTMLElement).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('heading').textContent)).toEqual(docker.map((l) => l.title));
    expect(within(items[0]!).getByText(/Completed/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Your next lesson: ${docker[1]!.title}` })).toHaveAttribute('href', `/learn/docker/${docker[1]!.slug}`);
  });

  it('says so for a track that does not exist', async () => {
    render(<App />);
    act(() => navigate('/learn/cobol'));
    expect(await screen.findByText('There is no lesson at this address.')).toBeInTheDocument();
  });
});
