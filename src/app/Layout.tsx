import { lazy, Suspense, useEffect, useRef } from 'react';
import { Link, NavLink, Routes, useLocation } from '@/ui/router';
import { Loading } from '@/ui/Page';
import { RouteError } from './RouteError';
import { StorageBanner } from './StorageBanner';
import { routes } from './routes';
import { useT } from '@/ui/i18n';
import { LanguagePicker, ThemeToggle } from '@/ui/PreferenceControls';

const UpdatePrompt = lazy(() => import('./UpdatePrompt'));

const NAV = [
  { to: '/learn', key: 'nav.learn' },
  { to: '/sandbox', key: 'nav.sandbox' },
  { to: '/simulator', key: 'nav.simulator' },
  { to: '/practice', key: 'nav.practice' },
  { to: '/progress', key: 'nav.progress' },
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
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{t(item.key)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-controls">
          <LanguagePicker id="header-language" />
          <ThemeToggle />
          <NavLink to="/settings" className="icon-button" aria-label={t('nav.settings')} title={t('nav.settings')}>
            <span aria-hidden="true">⚙</span>
          </NavLink>
        </div>
      </header>
      <StorageBanner />
      <main id="main" tabIndex={-1}>
        <Routes routes={routes} loading={<Loading label={t('app.loading')} />} errorFallback={(error, reset) => <RouteError error={error} reset={reset} />} />
      </main>
      <Suspense fallback={null}>
        <UpdatePrompt />
      </Suspense>
    </>
  );
}
