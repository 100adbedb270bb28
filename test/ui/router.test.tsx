import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { Link, matchPath, navigate, NavLink, Routes, useParams } from '@/ui/router';

describe('matchPath', () => {
  it('captures named segments and decodes them', () => {
    expect(matchPath('/learn/:track/:lesson', '/learn/ecs/launch%20types')).toEqual({ track: 'ecs', lesson: 'launch types' });
  });
  it('requires the same number of segments and equal literals', () => {
    expect(matchPath('/learn/:track/:lesson', '/learn/ecs')).toBeNull();
    expect(matchPath('/learn', '/learnx')).toBeNull();
    expect(matchPath('/', '/')).toEqual({});
  });
  it('rejects malformed escapes instead of throwing', () => {
    expect(matchPath('/learn/:track', '/learn/%E0%A4%A')).toBeNull();
  });
});

function Lesson() {
  const { track, lesson } = useParams();
  return <h1>{`${track}:${lesson}`}</h1>;
}

let broken = true;
function Fragile() {
  if (broken) throw new Error('screen exploded');
  return <h1>Recovered</h1>;
}

function App() {
  return (
    <>
      <nav aria-label="Main">
        <NavLink to="/learn">Learn</NavLink>
        <NavLink to="/fragile">Fragile</NavLink>
        <Link to="/learn/ecs/placement">Placement</Link>
      </nav>
      <Routes
        routes={[
          { path: '/learn', component: () => <h1>All lessons</h1> },
          { path: '/learn/:track/:lesson', component: Lesson },
          { path: '/fragile', component: Fragile },
          { path: '*', component: () => <h1>Not found</h1> },
        ]}
        loading={<p>Loading</p>}
        errorFallback={(error, reset) => <ErrorScreen message={error.message} reset={reset} />}
      />
    </>
  );
}

function ErrorScreen({ message, reset }: { message: string; reset: () => void }) {
  const [tries, setTries] = useState(0);
  return (
    <div role="alert">
      <p>{message}</p>
      <button
        onClick={() => {
          setTries(tries + 1);
          broken = false;
          reset();
        }}
      >
        Try again
      </button>
    </div>
  );
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  broken = true;
});

describe('router', () => {
  it('navigates on link click without reloading and marks the current section', async () => {
    render(<App />);
    expect(screen.getByRole('heading', { name: 'Not found' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Learn' }));
    expect(window.location.pathname).toBe('/learn');
    expect(screen.getByRole('heading', { name: 'All lessons' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Learn' })).toHaveAttribute('aria-current', 'page');
    await userEvent.click(screen.getByRole('link', { name: 'Placement' }));
    expect(screen.getByRole('heading', { name: 'ecs:placement' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Learn' })).toHaveAttribute('aria-current', 'page');
  });

  it('follows the browser back button', async () => {
    render(<App />);
    await userEvent.click(screen.getByRole('link', { name: 'Learn' }));
    await userEvent.click(screen.getByRole('link', { name: 'Placement' }));
    await act(async () => {
      window.history.back();
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(screen.getByRole('heading', { name: 'All lessons' })).toBeInTheDocument();
  });

  it('contains a failing screen: the navigation stays and the screen can be retried', async () => {
    const quiet = console.error;
    console.error = () => undefined;
    try {
      render(<App />);
      act(() => navigate('/fragile'));
      expect(screen.getByRole('alert')).toHaveTextContent('screen exploded');
      expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
      expect(screen.getByRole('heading', { name: 'Recovered' })).toBeInTheDocument();
    } finally {
      console.error = quiet;
    }
  });
});
