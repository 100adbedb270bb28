import { useEffect, useState } from 'react';
import { detailsKey, lessonPath, lessonsOfTrack, loadLessonDetails, localizedLesson } from '@/content/lessons';
import type { LessonDetails } from '@/content/lessonSchema';
import { TRACKS, type Track } from '@/content/taxonomy';
import { usePeekedLessonProgress } from '@/db/usePeek';
import { useLocale, useT } from '@/ui/i18n';
import { Loading, PageTitle } from '@/ui/Page';
import { Link, useParams } from '@/ui/router';
import { LessonStatus } from './LessonStatus';
import { NoSuchLesson } from './NoSuchLesson';

/** One track's overview: its lessons in order, what each teaches, and the learner's progress. */
export function TrackPage() {
  const t = useT();
  const { track = '' } = useParams();
  const locale = useLocale();
  const progress = usePeekedLessonProgress();
  const [details, setDetails] = useState<Record<string, LessonDetails>>();
  useEffect(() => {
    let live = true;
    void loadLessonDetails().then((d) => live && setDetails(d));
    return () => {
      live = false;
    };
  }, []);
  if (!(TRACKS as readonly string[]).includes(track)) {
    return <NoSuchLesson />;
  }
  const list = lessonsOfTrack(track as Track);
  const done = list.filter((l) => progress?.get(l.id)?.status === 'completed').length;
  const next = list.find((l) => progress?.get(l.id)?.status !== 'completed');
  return (
    <section className="page narrow">
      <nav aria-label={t('lesson.backToLearn')} className="crumbs">
        <Link to="/learn">{t('nav.learn')}</Link>
      </nav>
      <PageTitle>{t(`track.${track as Track}`)}</PageTitle>
      {!progress ? (
        <Loading label={t('home.loading')} />
      ) : (
        <>
          <p className="lead">{t('learn.trackProgress', { done, total: list.length })}</p>
          <progress className="track-progress" max={Math.max(1, list.length)} value={done} aria-label={t('learn.trackProgress', { done, total: list.length })} />
          {next && (
            <p>
              <Link className="button primary" to={lessonPath(next)}>
                {t('home.next')}: {next.title}
              </Link>
            </p>
          )}
          {list.length === 0 && <p className="muted">{t('learn.noLessons')}</p>}
          <ol className="track-lessons">
            {list.map((l) => {
              const shown = localizedLesson(l, locale).meta;
              return (
                <li key={l.id}>
                  <h2>
                    <Link to={lessonPath(l)}>{shown.title}</Link>
                  </h2>
                  <LessonStatus row={progress.get(l.id)} />
                  {details && <p>{details[detailsKey(shown)]?.summary}</p>}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}

export { TrackPage as Component };
