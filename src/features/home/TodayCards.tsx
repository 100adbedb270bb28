import { Link } from '@/ui/router';
import { lessonPath, lessons, localizedLesson } from '@/content/lessons';
import { useEffect, useState } from 'react';
import { peekFrom, peekTable } from '@/db/peek';
import type { CardRow, ExamRow, LessonProgressRow, ReviewRow, SettingRow } from '@/db/rows';
import { startOfDay } from '@/engine/srs/day';
import { useLocale, useT } from '@/ui/i18n';
import { Loading } from '@/ui/Page';
import { useMessages } from './messages';
import { practiceToday, type PracticeToday } from './practiceToday';
import { suggestLesson } from './suggestLesson';

export default function TodayCards() {
  const t = useT();
  const m = useMessages();
  const locale = useLocale();
  const [progress, setProgress] = useState<Map<string, LessonProgressRow>>();
  const [practice, setPractice] = useState<PracticeToday>();
  useEffect(() => {
    let live = true;
    const now = Date.now();
    const lessonProgress = peekTable<LessonProgressRow>('lessonProgress');
    void lessonProgress.then((rows) => live && setProgress(new Map(rows.map((r) => [r.lessonId, r]))));
    const dayStart = startOfDay(now, -new Date(now).getTimezoneOffset());
    void Promise.all([
      peekTable<CardRow>('cards'),
      peekFrom<ReviewRow>('reviews', 'reviewedAt', dayStart),
      peekTable<ExamRow>('exams'),
      peekTable<SettingRow>('settings'),
      lessonProgress,
    ])
      .then(([cards, reviewsToday, exams, settings, lessonProgress]) => practiceToday({ cards, reviewsToday, exams, settings, lessonProgress }, now))
      .then((today) => live && setPractice(today));
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
            {practice && (
              <>
                <p>
                  {m('due', { count: practice.due })}, {m('fresh', { count: practice.fresh })}
                </p>
                <p>
                  <Link className="button primary" to="/practice?mode=daily">
                    {m('startReview')}
                  </Link>
                </p>
                {practice.examInProgress && (
                  <p>
                    <Link className="button secondary" to="/practice?mode=exam">
                      {m('continueExam', { exam: practice.examInProgress.exam })}
                    </Link>
                  </p>
                )}
                <p>
                  <Link to="/practice">{m('practice')}</Link>
                </p>
              </>
            )}
          </section>
        </div>
      )}
    </>
  );
}
