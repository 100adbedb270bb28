import { Link } from '@/ui/router';
import { useT } from '@/ui/i18n';
import { PageTitle } from '@/ui/Page';

/**
 * Shown in place of one screen when it fails. The navigation around it keeps working, and nothing
 * stored is touched: the learner can retry the screen or go elsewhere.
 */
export function RouteError({ error, reset }: { error: Error; reset: () => void }) {
  const t = useT();
  const chunkFailed = /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(error.message);
  return (
    <section className="page narrow" role="alert">
      <PageTitle>{t('error.title')}</PageTitle>
      <p>{t('error.body')}</p>
      <p className="actions">
        <button type="button" className="button primary" onClick={() => (chunkFailed ? window.location.reload() : reset())}>
          {t('error.retry')}
        </button>{' '}
        <Link className="button secondary" to="/">
          {t('error.home')}
        </Link>
      </p>
      <details>
        <summary>{t('error.details')}</summary>
        <pre>{error.message}</pre>
      </details>
    </section>
  );
}
