import type { ReactNode } from 'react';
import { Link } from './router';
import { useT } from './i18n';
import { PageTitle } from './Page';

/** The honest page of a section that does not exist yet. */
export function NotBuilt({ title, body, children }: { title: string; body: string; children?: ReactNode }) {
  const t = useT();
  return (
    <section className="page narrow">
      <PageTitle>{title}</PageTitle>
      <p className="badge">{t('notBuilt.title')}</p>
      <p>{body}</p>
      {children}
      <p>
        {t('notBuilt.meanwhile')} <Link to="/learn">{t('nav.learn')} →</Link>
      </p>
    </section>
  );
}
