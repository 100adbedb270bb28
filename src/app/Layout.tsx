import { lazy, Suspense, useEffect, useRef } from 'react';
import { Link, NavLink, Routes, useLocation } from '@/ui/router';
import { Loading } from '@/ui/Page';
import { RouteError } from './RouteError';
import { StorageBanner } from './StorageBanner';
import { routes } from './routes';
import { useT } from '@/ui/i18n';
import { LanguagePicker, ThemeToggle } from '@/ui/PreferenceControls';
import { LearnIcon, PracticeIcon, ProgressIcon, SandboxIcon, SettingsIcon, SimulatorIcon } from '@/ui/icons';

const UpdatePrompt = lazy(() => import('./UpdatePrompt'));

/** The five destinations: in the header on wide screens, a tab bar at the bottom on phones. */
const NAV = [
  { to: '/learn', key: 'nav.learn', Icon: LearnIcon },
  { to: '/sandbox', key: 'nav.sandbox', Icon: SandboxIcon },
  { to: '/simulator', key: 'nav.simulator', Icon: SimulatorIcon },
  { to: '/practice', key: 'nav.practice', Icon: PracticeIcon },
  { to: '/progress', key: 'nav.progress', Icon: ProgressIcon },
] as const;

/** After each navigation, move focus to the new screen's title so keyboard and screen reader users follow. */
function useFocusTitleOnNavigate(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const focusTitle = () => {
      const title = document.querySelector<HTMLElement>('main [data-page-title]');
      if (title) title.focus({ preventScroll: true });
      return Boolean(title);
    };
    if (focusTitle()) return;
    const observer = new MutationObserver(() => focusTitle() && observer.disconnect());
    const main = document.getElementById('main');
    if (main) observer.observe(main, { childList: true, subtree: true });
    const stop = setTimeout(() => observer.disconnect(), 5000);
    return () => {
      observer.disconnect();
      clearTimeout(stop);
    };
  }, [pathname]);
}

/**
 * The shell: one header row (the brand, the main navigation, language, theme and settings), a slot for
 * notices, then the screen. On phones the navigation becomes a tab bar fixed to the bottom edge and
 * the language moves to Settings, so the header stays one short row (styles.css).
 */
export function Layout() {
  const t = useT();
  useFocusTitleOnNavigate();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skip.toMain')}
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>{t('app.name')}</span>
        </Link>
        <nav aria-label={t('nav.label')} className="site-nav">
          <ul>
            {NAV.map(({ to, key, Icon }) => (
              <li key={to}>
                <NavLink to={to}>
                  <span className="nav-icon">
                    <Icon />
                  </span>
                  <span className="nav-label">{t(key)}</span>
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-controls">
          <LanguagePicker id="header-language" className="header-language" />
          <ThemeToggle />
          <NavLink to="/settings" className="icon-button" aria-label={t('nav.settings')} title={t('nav.settings')}>
            <SettingsIcon />
          </NavLink>
        </div>
      </header>
      {/* Notices sit in the flow above the screen, so they push content down rather than cover it. */}
      <div className="shell-notices">
        <StorageBanner />
        <Suspense fallback={null}>
          <UpdatePrompt />
        </Suspense>
      </div>
      <main id="main" tabIndex={-1}>
        <Routes routes={routes} loading={<Loading label={t('app.loading')} />} errorFallback={(error, reset) => <RouteError error={error} reset={reset} />} />
      </main>
    </>
  );
}
