import { useEffect, useState, type ComponentType } from 'react';
import { Link, useParams } from '@/ui/router';
import { findLesson, lessonPath, loadLessonBody, localizedLesson, neighbours } from '@/content/lessons';
import type { LessonMeta } from '@/content/lessonSchema';
import { recordLessonVisit, setLessonCompleted, useLessonProgress } from '@/db/lessonProgress';
import { useLocale, useT } from '@/ui/i18n';
import { Loading, PageTitle } from '@/ui/Page';
import { NoSuchLesson } from './NoSuchLesson';
import { useResumeScroll } from './useResumeScroll';

type Body = { file: string; Component: ComponentType } | { file: string; error: Error };

function useLessonBody(meta: LessonMeta | undefined): Body | undefined {
  const [body, setBody] = useState<Body>();
  useEffect(() => {
    if (!meta) return;
    let live = true;
    loadLessonBody(meta).then(
      (m) => live && setBody({ file: meta.file, Component: m.default }),
      (error: unknown) => live && setBody({ file: meta.file, error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      live = false;
    };
  }, [meta]);
  return body && meta && body.file === meta.file ? body : undefined;
}

export function LessonPage() {
  const t = useT();
  const locale = useLocale();
  const { track = '', lesson: slug = '' } = useParams();
  const lesson = findLesson(track, slug);
  const localized = lesson ? localizedLesson(lesson, locale) : undefined;
  const body = useLessonBody(localized?.meta);
  const progress = useLessonProgress(lesson?.id ?? '');

  useEffect(() => {
    if (lesson) void recordLessonVisit(lesson.id);
  }, [lesson]);
  useResumeScroll(lesson?.id ?? '', Boolean(body && progress !== undefined), progress?.scroll);
  if (body && 'error' in body) throw body.error;

  if (!lesson || !localized) {
    return <NoSuchLesson />;
  }
  const { meta, fallback } = localized;
  const { prev, next } = neighbours(lesson);
  const completed = progress?.status === 'completed';
  const Body = body && 'Component' in body ? body.Component : undefined;

  return (
    <article className="page lesson" lang={meta.locale}>
      <nav aria-label={t('lesson.backToLearn')} className="crumbs">
        <Link to="/learn">{t('nav.learn')}</Link> / <Link to={`/learn/${lesson.track}`}>{t(`track.${lesson.track}`)}</Link>
      </nav>
      <PageTitle>{meta.title}</PageTitle>
      <p className="lead">{meta.summary}</p>
      {fallback && <p className="notice" role="note">{t('lesson.englishOnly')}</p>}
      <section className="objectives" aria-labelledby="objectives-title">
        <h2 id="objectives-title">{t('lesson.objectives')}</h2>
        <ul>
          {meta.objectives.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      </section>
      <div className="prose">{Body ? <Body /> : <Loading label={t('lesson.loading')} />}</div>
      <footer className="lesson-footer">
        {completed && <p role="status">✓ {t('lesson.isComplete')}</p>}
        <button
          type="button"
          className={completed ? 'button secondary' : 'button primary'}
          aria-pressed={completed}
          onClick={() => void setLessonCompleted(lesson.id, !completed, Date.now())}
        >
          {completed ? t('lesson.markIncomplete') : t('lesson.markComplete')}
        </button>
        <nav className="prev-next" aria-label={`${t('lesson.prev')} / ${t('lesson.next')}`}>
          {prev && (
            <Link to={lessonPath(prev)} rel="prev">
              ← {t('lesson.prev')}: {prev.title}
            </Link>
          )}
          {next && (
            <Link to={lessonPath(next)} rel="next">
              {t('lesson.next')}: {next.title} →
            </Link>
          )}
        </nav>
      </footer>
    </article>
  );
}

export { LessonPage as Component };
