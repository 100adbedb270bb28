import { Link } from '@/ui/router';
import { lessonPath, lessons, localizedLesson } from '@/content/lessons';
import { useEffect, useState } from 'react';
import { peekTable } from '@/db/peek';
import type { LessonProgressRow } from '@/db/rows';
import { useLocale, useT } from '@/ui/i18n';
import { Loading } from '@/ui/Page';
import { suggestLesson } from './suggestLesson';

export default function TodayCards() {
  const t = useT();
  const locale = useLocale();
  const [progress, setProgress] = useState<Map<string, LessonProgressRow>>();
  useEffect(() => {
    let live = true;
    void peekTable<LessonProgressRow>('lessonProgress').then((rows) => live && setProgress(new Map(rows.map((r) => [r.lessonId, r]))));
    return () => {
      live = false;
    };
  }, []);
  const suggestion = progress ? suggestLesson(lessons, progress) : undefined;
  const done = progress ? lessons.filter((l) => progress.get(l.id)?.status === 'completed').length : 0;
  return (
    <>
      {!progress ? (
        <Loading label={t('home.loading')} />
      ) : (
        <div className="cards">
          <section className="card" aria-labelledby="today-lesson">
            <h2 id="today-lesson">
              {suggestion?.kind === 'resume' ? t('home.resume') : suggestion?.kind === 'first' ? t('home.start') : t('home.next')}
            </h2>
            {suggestion ? (
              <p>
                <Link className="button primary" to={lessonPath(suggestion.lesson)}>
                  {suggestion.kind === 'resume' ? t('home.resumeLesson', { title: localizedLesson(suggestion.lesson, locale).meta.title }) : localizedLesson(suggestion.lesson, locale).meta.title}
                </Link>
              </p>
            ) : (
              <p>{t('home.allDone')}</p>
            )}
            <p className="muted">{t('home.lessonsDone', { done, total: lessons.length })}</p>
          </section>
          <section className="card" aria-labelledby="today-practice">
            <h2 id="today-practice">{t('nav.practice')}</h2>
            <p className="muted">{t('home.practiceSoon')}</p>
          </section>
        </div>
      )}
    </>
  );
}
