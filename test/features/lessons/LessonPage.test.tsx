import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/app/App';
import { lessons, localizedLesson } from '@/content/lessons';
import { db } from '@/db/db';
import { preferencesStore } from '@/ui/preferences';
import { navigate } from '@/ui/router';

vi.mock('@/app/UpdatePrompt', () => ({ default: () => null }));

beforeEach(async () => {
  await db.lessonProgress.clear();
  preferencesStore.setState({ language: 'en', theme: 'light' });
  window.history.replaceState(null, '', '/learn/docker/images-containers-dockerfile');
});

describe('a lesson', () => {
  it('renders its title, objectives and body, with code marked up for highlighting', async () => {
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Images, containers and the Dockerfile' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'In this lesson you will' })).toBeInTheDocument();
    const code = await screen.findAllByText((_, el) => el?.tagName === 'CODE' && el.classList.contains('language-dockerfile'));
    expect(code[0]?.querySelector('.hljs-keyword')).not.toBeNull();
    expect(screen.getAllByLabelText('Exam tip').length).toBeGreaterThan(0);
  });

  it('records the visit and can be marked complete, then not complete', async () => {
    render(<App />);
    const mark = await screen.findByRole('button', { name: 'Mark lesson complete' });
    // It waits for the stored progress, so that it knows which way to toggle.
    await waitFor(() => expect(mark).toBeEnabled());
    await userEvent.click(mark);
    expect(await screen.findByRole('button', { name: 'Mark as not complete' })).toHaveAttribute('aria-pressed', 'true');
    expect(await db.lessonProgress.get('docker/images-containers-dockerfile')).toMatchObject({ status: 'completed' });
    await userEvent.click(screen.getByRole('button', { name: 'Mark as not complete' }));
    expect(await screen.findByRole('button', { name: 'Mark lesson complete' })).toBeInTheDocument();
    const row = await db.lessonProgress.get('docker/images-containers-dockerfile');
    expect(row?.status).toBe('started');
    expect(row?.completedAt).toBeUndefined();
  });

  it('records the visit once the learner engages, and when they leave without engaging', async () => {
    const { unmount } = render(<App />);
    await screen.findByRole('button', { name: 'Mark lesson complete' });
    // Opening alone writes nothing: the database code is not needed to read a lesson.
    expect(await db.lessonProgress.get('docker/images-containers-dockerfile')).toBeUndefined();
    act(() => void window.dispatchEvent(new Event('scroll')));
    await waitFor(async () => expect(await db.lessonProgress.get('docker/images-containers-dockerfile')).toMatchObject({ status: 'started' }));
    unmount();
    await db.lessonProgress.clear();
    render(<App />).unmount();
    await waitFor(async () => expect(await db.lessonProgress.get('docker/images-containers-dockerfile')).toMatchObject({ status: 'started' }));
  });

  it('links to the next lesson in curriculum order', async () => {
    render(<App />);
    const next = await screen.findByRole('link', { name: /^Next lesson:/ });
    expect(next).toHaveAttribute('href', '/learn/docker/build-tag-push');
  });

  it('follows the language setting, showing the Korean version with the same widgets', async () => {
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Images, containers and the Dockerfile' });
    act(() => preferencesStore.setState({ language: 'ko' }));
    const title = await screen.findByRole('heading', { level: 1, name: /Dockerfile/ });
    expect(title.textContent).toMatch(/[가-힣]/);
    expect(screen.getByRole('article')).toHaveAttribute('lang', 'ko');
    expect(screen.queryByText('이 레슨은 아직 한국어로 제공되지 않아 영어로 표시합니다.')).toBeNull();
  });

  it('falls back to English, saying so, for a lesson with no Korean version', () => {
    const en = { ...lessons[0]!, id: 'x/only-english', locale: 'en' as const };
    expect(localizedLesson(en, 'ko', [en])).toEqual({ meta: en, fallback: true });
    const ko = { ...en, locale: 'ko' as const, title: '한국어 제목' };
    expect(localizedLesson(en, 'ko', [en, ko])).toEqual({ meta: ko, fallback: false });
    expect(localizedLesson(en, 'en', [en, ko])).toEqual({ meta: en, fallback: false });
  });

  it('says so when no lesson lives at the address', async () => {
    render(<App />);
    act(() => navigate('/learn/docker/no-such-lesson'));
    expect(await screen.findByText('There is no lesson at this address.')).toBeInTheDocument();
  });
});
