import { useT } from '@/ui/i18n';
import { PageTitle } from '@/ui/Page';
import { Link } from '@/ui/router';

/** What a lesson or track address that leads nowhere shows, with the way back to the lesson list. */
export function NoSuchLesson() {
  const t = useT();
  return (
    <section className="page narrow">
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p>{t('lesson.notFound')}</p>
      <Link to="/learn">{t('lesson.backToLearn')}</Link>
    </section>
  );
}
