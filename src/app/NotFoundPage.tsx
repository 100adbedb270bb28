import { Link, useLocation } from '@/ui/router';
import { useT } from '@/ui/i18n';
import { PageTitle } from '@/ui/Page';

export function NotFoundPage() {
  const t = useT();
  const { pathname } = useLocation();
  return (
    <section className="page narrow">
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p>{t('notFound.body', { path: pathname })}</p>
      <Link to="/">{t('notFound.home')}</Link>
    </section>
  );
}
