import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/app/App';
import { preferencesStore } from '@/ui/preferences';
import { navigate } from '@/ui/router';

vi.mock('@/app/UpdatePrompt', () => ({ default: () => null }));

beforeEach(() => {
  preferencesStore.setState({ language: 'en', theme: 'light' });
  window.history.replaceState(null, '', '/');
});

describe('app shell', () => {
  it('has a main navigation with exactly Learn, Sandbox, Simulator, Practice and Progress', async () => {
    render(<App />);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual(['Learn', 'Sandbox', 'Simulator', 'Practice', 'Progress']);
    expect(await screen.findByRole('heading', { level: 1, name: 'What to do today' })).toBeInTheDocument();
  });

  it('names each destination by its label alone, hides its icon from assistive technology and marks the current one', async () => {
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'What to do today' });
    act(() => navigate('/practice/exam'));
    const nav = screen.getByRole('navigation', { name: 'Main' });
    for (const link of within(nav).getAllByRole('link')) {
      const icon = link.querySelector('svg');
      expect(icon).toHaveAttribute('aria-hidden', 'true');
      expect(link).toHaveAccessibleName(link.textContent!);
    }
    // A screen below a destination keeps that destination current.
    expect(within(nav).getByRole('link', { current: 'page' })).toHaveAccessibleName('Practice');
    expect(within(nav).getAllByRole('link', { current: false })).toHaveLength(4);
  });

  it('keeps the language, theme and settings reachable from the header', () => {
    render(<App />);
    const header = screen.getByRole('banner');
    expect(within(header).getByLabelText('Language')).toBeInTheDocument();
    expect(within(header).getByRole('button', { name: 'Switch to dark theme' })).toBeInTheDocument();
    expect(within(header).getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '/settings');
  });

  it('speaks Korean when the learner picks it, and sets <html lang>', async () => {
    render(<App />);
    await userEvent.selectOptions(screen.getByLabelText('Language'), 'ko');
    const nav = screen.getByRole('navigation', { name: '주 메뉴' });
    expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual(['학습', '샌드박스', '시뮬레이터', '연습', '진도']);
    expect(document.documentElement.lang).toBe('ko');
  });

  it('toggles the theme and says what the button will do next', async () => {
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'Switch to dark theme' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(screen.getByRole('button', { name: 'Switch to light theme' })).toBeInTheDocument();
  });

  it('shows a not-found page inside the shell for unknown paths', async () => {
    window.history.replaceState(null, '', '/nowhere');
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('Nothing lives at /nowhere.')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });
});
