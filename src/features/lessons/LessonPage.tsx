import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from '@/ui/router';
import { loadLessonBody, type LessonModule } from '@/content/lessonBodies';
import { findLesson, lessonPath, localizedLesson, neighbours } from '@/content/lessons';
import type { LessonEntry } from '@/content/lessonSchema';
import { usePeekedLesson } from '@/db/usePeek';
import { useLocale, useT } from '@/ui/i18n';
import { Loading, PageTitle } from '@/ui/Page';
import { LessonToc } from './LessonToc';
import { NoSuchLesson } from './NoSuchLesson';
import { useRecordVisit, writeCompleted } from './progressWrites';
import { useResumeScroll } from './useResumeScroll';
import { useStagedBlocks } from './useStagedBlocks';

type Body = { file: string; module: LessonModule } | { file: string; error: Error };

function useLessonBody(meta: LessonEntry | undefined): Body | undefined {
  const [body, setBody] = useState<Body>();
  useEffect(() => {
    if (!meta) return;
    let live = true;
    loadLessonBody(meta).then(
      // The body is drawn as a transition: React renders a long lesson in slices.
      (m) => live && startTransition(() => setBody({ file: meta.file, module: m })),
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
  const [progress, showProgress] = usePeekedLesson(lesson?.id ?? '');
  const articleRef = useRef<HTMLElement>(null);
  const article = useCallback(() => articleRef.current, []);
  const proseRef = useRef<HTMLDivElement>(null);
  const prose = useCallback(() => proseRef.current, []);
  const opened = body && 'module' in body ? body : undefined;
  const loaded = opened?.module;
  const rendered = opened?.file;
  const { complete, showAll } = useStagedBlocks(prose, rendered);
  // A place to return to (an address with a #fragment, or where the learner left off) needs the whole text.
  const returning = Boolean(location.hash) || Boolean(progress && (progress.place || progress.scroll > 0.02));
  useEffect(() => {
    if (rendered && returning) showAll();
  }, [rendered, returning, showAll]);

  useRecordVisit(lesson?.id);
  useResumeScroll(lesson?.id ?? '', localized?.meta.locale ?? locale, article, Boolean(rendered && complete && progress !== undefined), progress);
  if (body && 'error' in body) throw body.error;

  if (!lesson || !localized) {
    return <NoSuchLesson />;
  }
  const { meta, fallback } = localized;
  const { prev, next } = neighbours(lesson);
  const completed = progress?.status === 'completed';
  const Body = loaded?.default;

  return (
    <article className="page lesson" lang={meta.locale} ref={articleRef}>
      <nav aria-label={t('lesson.backToLearn')} className="crumbs">
        <Link to="/learn">{t('nav.learn')}</Link> / <Link to={`/learn/${lesson.track}`}>{t(`track.${lesson.track}`)}</Link>
      </nav>
      <PageTitle>{meta.title}</PageTitle>
      {loaded && <p className="lead">{loaded.frontmatter.summary}</p>}
      {fallback && <p className="notice" role="note">{t('lesson.englishOnly')}</p>}
      {loaded && (
        <section className="objectives" aria-labelledby="objectives-title">
          <h2 id="objectives-title">{t('lesson.objectives')}</h2>
          <ul>
            {loaded.frontmatter.objectives.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </section>
      )}
      {loaded && <LessonToc entries={loaded.toc} root={article} beforeJump={showAll} />}
      {/* Until the body arrives only a progress line follows the title: nothing is on screen that it could push. */}
      {Body ? (
        <div className="prose" ref={proseRef}>
          <Body />
        </div>
      ) : (
        <Loading label={t('lesson.loading')} />
      )}
      {/* The footer comes once the whole text is laid out, so that no block shown after it pushes it down. */}
      {loaded && complete && (
        <footer className="lesson-footer">
          {completed && <p role="status">✓ {t('lesson.isComplete')}</p>}
          <button
            type="button"
            className={completed ? 'button secondary' : 'button primary'}
            aria-pressed={completed}
            // Until the stored progress is read, the button cannot know which way to toggle.
            disabled={progress === undefined}
            // A failed write is reported by the storage banner; the button keeps showing what is stored.
            onClick={() => void writeCompleted(lesson.id, !completed).then(showProgress, () => undefined)}
          >
            {completed ? t('lesson.markIncomplete') : t('lesson.markComplete')}
          </button>
          <nav className="prev-next" aria-label={`${t('lesson.prev')} / ${t('lesson.next')}`}>
            {prev && (
              <Link to={lessonPath(prev)} rel="prev">
                ← {t('lesson.prev')}: {localizedLesson(prev, locale).meta.title}
              </Link>
            )}
            {next && (
              <Link to={lessonPath(next)} rel="next">
                {t('lesson.next')}: {localizedLesson(next, locale).meta.title} →
              </Link>
            )}
          </nav>
        </footer>
      )}
    </article>
  );
}

export { LessonPage as Component };
