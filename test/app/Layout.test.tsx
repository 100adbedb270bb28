import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/app/App';
import { preferencesStore } from '@/ui/preferences';

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
