import { Link } from '@/ui/router';
import { lessonPath, lessonsOfTrack, localizedLesson } from '@/content/lessons';
import { TRACKS } from '@/content/taxonomy';
import { usePeekedLessonProgress } from '@/db/usePeek';
import { useLocale, useT } from '@/ui/i18n';
import { PageTitle } from '@/ui/Page';
import { LessonStatus } from './LessonStatus';

export function LearnPage() {
  const t = useT();
  const locale = useLocale();
  const progress = usePeekedLessonProgress();
  return (
    <section className="page">
      <PageTitle>{t('learn.title')}</PageTitle>
      <p className="lead">{t('learn.intro')}</p>
      <div className="tracks">
        {TRACKS.map((track) => {
          const list = lessonsOfTrack(track);
          const done = list.filter((l) => progress?.get(l.id)?.status === 'completed').length;
          return (
            <section key={track} className="track" aria-labelledby={`track-${track}`}>
              <h2 id={`track-${track}`}>
                <Link to={`/learn/${track}`}>{t(`track.${track}`)}</Link>
              </h2>
              {list.length === 0 ? (
                <p className="muted">{t('learn.noLessons')}</p>
              ) : (
                <>
                  <p className="muted">{t('learn.trackProgress', { done, total: list.length })}</p>
                  <ol className="lesson-list">
                    {list.map((l) => (
                      <li key={l.id}>
                        <Link to={lessonPath(l)}>{localizedLesson(l, locale).meta.title}</Link>
                        <LessonStatus row={progress?.get(l.id)} />
                      </li>
                    ))}
                  </ol>
                </>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}

export { LearnPage as Component };
