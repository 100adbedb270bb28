import { lazy, Suspense } from 'react';
import { useT } from '@/ui/i18n';
import { Loading, PageTitle } from '@/ui/Page';

// What to do today depends on stored progress; the database code loads after the page is on screen.
const TodayCards = lazy(() => import('./TodayCards'));

export function HomePage() {
  const t = useT();
  return (
    <section className="page narrow">
      <PageTitle>{t('home.title')}</PageTitle>
      <p className="lead">{t('home.intro')}</p>
      <Suspense fallback={<Loading label={t('home.loading')} />}>
        <TodayCards />
      </Suspense>
    </section>
  );
}

export { HomePage as Component };
