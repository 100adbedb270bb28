import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type * as LessonIndex from '@/content/lessons';
import { db } from '@/db/db';
import type { PracticeMode, StoredCard } from '@/db/practice';
import { useLiveQuery } from '@/db/useLiveQuery';
import { startOfDay } from '@/engine/srs';
import { useLocale } from '@/ui/i18n';
import { Link } from '@/ui/router';
import { isKnownCard, lessonOfCard, type CustomDeck } from './bank';
import { formatDuration, useMessages } from './messages';
import type { Answered } from './Session';

const DAY = 86_400_000;

interface Props {
  answers: readonly Answered[];
  mode: PracticeMode;
  decks: readonly CustomDeck[];
  /** A message from the session (an undo, nothing due). */
  status: string;
  onUndo: () => void;
  /** Goes on with these questions. */
  onPracticeMissed: (cardIds: readonly string[]) => void;
  /** Looks for reviews due now (the daily review). */
  onMore?: () => void;
}

interface Missed {
  cardId: string;
  stem: string;
  lesson?: { title: string; path: string };
}

type LessonModule = typeof LessonIndex;

/** The lessons' titles and paths, loaded with the summary rather than with the session. */
function useLessonIndex(): LessonModule | undefined {
  const [mod, setMod] = useState<LessonModule>();
  useEffect(() => {
    let live = true;
    void import('@/content/lessons').then((m) => live && setMod(m));
    return () => {
      live = false;
    };
  }, []);
  return mod;
}

/** Reviews that fall due before the end of tomorrow (the learner's local day), of questions this browser can show. */
function useDueByTomorrow(decks: readonly CustomDeck[]): number | undefined {
  return useLiveQuery(async () => {
    const now = Date.now();
    const end = startOfDay(now, -new Date(now).getTimezoneOffset()) + 2 * DAY;
    const due = (await db.cards.where('due').below(end).toArray()) as StoredCard[];
    return due.filter((c) => c.state !== 0 && isKnownCard(c.questionId, decks)).length;
  }, [decks]);
}

/**
 * The end of a session: how it went (right the first time, missed, answers, time spent), the questions
 * missed with a link to each one's lesson, and how many reviews are due by the end of tomorrow.
 */
export default function SessionSummary({ answers, mode, decks, status, onUndo, onPracticeMissed, onMore }: Props) {
  const m = useMessages();
  const locale = useLocale();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const lessons = useLessonIndex();
  const tomorrow = useDueByTomorrow(decks);
  const done = answers.length > 0;
  // Focus follows the learner from the last question to the summary.
  useLayoutEffect(() => {
    if (done) heading.current?.focus();
  }, [done]);

  const firstAnswer = new Map<string, boolean>();
  const missed = new Map<string, Missed>();
  for (const a of answers) {
    if (!firstAnswer.has(a.cardId)) firstAnswer.set(a.cardId, a.correct);
    if (a.correct || missed.has(a.cardId)) continue;
    const lessonId = lessonOfCard(a.cardId);
    const entry = lessonId ? lessons?.lessons.find((l) => l.id === lessonId) : undefined;
    missed.set(a.cardId, {
      cardId: a.cardId,
      stem: a.stem,
      ...(entry && lessons ? { lesson: { title: lessons.localizedLesson(entry, locale).meta.title, path: lessons.lessonPath(entry) } } : {}),
    });
  }
  const rightFirst = [...firstAnswer.values()].filter(Boolean).length;
  const time = answers.reduce((s, a) => s + a.timeMs, 0);

  return (
    <section className="session-summary" aria-labelledby={`${id}-h`}>
      {done ? (
        <>
          <h2 id={`${id}-h`} tabIndex={-1} ref={heading}>
            {m('summaryTitle')}
          </h2>
          <dl className="summary-stats">
            <div>
              <dt>{m('summaryQuestions')}</dt>
              <dd>{firstAnswer.size}</dd>
            </div>
            <div className="right">
              <dt>{m('summaryFirstTry')}</dt>
              <dd>{rightFirst}</dd>
            </div>
            <div className="wrong">
              <dt>{m('summaryMissed')}</dt>
              <dd>{missed.size}</dd>
            </div>
            <div>
              <dt>{m('summaryAnswers')}</dt>
              <dd>{answers.length}</dd>
            </div>
            <div>
              <dt>{m('summaryTime')}</dt>
              <dd>{formatDuration(m, time)}</dd>
            </div>
            <div>
              <dt>{m('summaryTomorrow')}</dt>
              <dd>{tomorrow ?? '…'}</dd>
            </div>
          </dl>
          <p className="muted small">{m('summaryTomorrowHelp')}</p>
          <h3>{m('summaryMissedTitle')}</h3>
          {missed.size ? (
            <ol className="missed-list">
              {[...missed.values()].map((q) => (
                <li key={q.cardId}>
                  <span className="missed-stem">{q.stem}</span>
                  {q.lesson && (
                    <Link to={q.lesson.path} className="missed-lesson">
                      {m('summaryLesson', { title: q.lesson.title })}
                    </Link>
                  )}
                </li>
              ))}
            </ol>
          ) : (
            <p>{m('summaryNoneMissed')}</p>
          )}
        </>
      ) : (
        <>
          <h2 id={`${id}-h`} className="visually-hidden">
            {m('summaryTitle')}
          </h2>
          <p>{mode === 'daily' ? m('dailyDone') : m('sessionEmpty')}</p>
          {tomorrow !== undefined && (
            <p>
              {m('summaryTomorrow')}: <strong>{tomorrow}</strong>. <span className="muted small">{m('summaryTomorrowHelp')}</span>
            </p>
          )}
        </>
      )}
      <div className="actions">
        {onMore && (
          <button type="button" className="button primary" onClick={onMore}>
            {m('checkAgain')}
          </button>
        )}
        {missed.size > 0 && (
          <button type="button" className="button secondary" onClick={() => onPracticeMissed([...missed.keys()])}>
            {m('summaryPracticeMissed')}
          </button>
        )}
        {done && (
          <button type="button" className="button secondary" onClick={onUndo}>
            {m('undo')}
          </button>
        )}
      </div>
      <p role="status">{status}</p>
    </section>
  );
}
