import { useCallback, useEffect, useId, useRef, useState, type CSSProperties } from 'react';
import { EXAM_DOMAINS, type ExamDomain } from '@/content/taxonomy';
import { updateExam, type StoredExam } from '@/db/exams';
import { recordAnswer } from '@/db/practice';
import { isCorrect, remainingMs, scoreExam } from '@/engine/exam';
import { useLocale } from '@/ui/i18n';
import { Loading } from '@/ui/Page';
import { CORE_DECK, optionOrder, prefetchQuestions, resolveQuestion, useShownQuestion } from './bank';
import { formatClock, useExamMessages } from './examMessages';
import { useFocusedView } from './focusedView';
import { LoadFailed } from './LoadFailed';
import { useMessages } from './messages';
import { QuestionView, toggleChoice } from './QuestionView';
import { usePracticeKeys } from './useKeys';

/**
 * Scores a finished exam and stores the result with the questions missed; when the learner chose so at
 * the start, every answered question also goes to the scheduler.
 */
export async function submitExam(exam: StoredExam, now: number, timeSpent: Record<string, number> = {}): Promise<void> {
  const questions = await Promise.all(exam.items.map((item) => resolveQuestion(item.questionId, 'en', [])));
  const scored = exam.items.map((item, i) => {
    const q = questions[i]?.question;
    return { ...item, correct: q ? isCorrect(q.answer, exam.answers[item.questionId]) : false };
  });
  // Domains in the exam guide's order, then any other domain a question was scored under.
  const guide = (Object.keys(EXAM_DOMAINS) as ExamDomain[]).filter((d) => EXAM_DOMAINS[d].exam === exam.exam);
  const result = scoreExam(scored, [...new Set([...guide, ...exam.items.map((i) => i.domain)])]);
  if (exam.feedsReviews !== false) {
    for (const item of scored) {
      const chosen = exam.answers[item.questionId];
      if (!chosen?.length) continue;
      await recordAnswer({ questionId: item.questionId, deck: CORE_DECK, outcome: item.correct ? 'right' : 'wrong', chosen, timeMs: timeSpent[item.questionId] ?? 0, mode: 'exam', now });
    }
  }
  const missed = scored.filter((i) => !i.correct).map((i) => i.questionId);
  await updateExam(exam.id, { status: 'submitted', submittedAt: now, result, missed });
}

const MINUTE = 60_000;

/** The low-time warning due with `left` ms to go: at 10 minutes, then at 5. */
export function warningLevel(left: number): 0 | 5 | 10 {
  return left <= 5 * MINUTE ? 5 : left <= 10 * MINUTE ? 10 : 0;
}

/**
 * A running exam in a focused view (the app's navigation hidden): the timer and Submit stay on screen
 * at the top, Previous / Flag / Next at the bottom, and the question navigator beside the question on a
 * wide screen or behind a toggle on a narrow one. Warnings at 10 and 5 minutes are shown and announced.
 */
export function ExamRunner({ exam: initial, onSubmitted }: { exam: StoredExam; onSubmitted: (id: string) => void }) {
  const m = useMessages();
  const em = useExamMessages();
  const locale = useLocale();
  const navId = useId();
  const [exam, setExam] = useState(initial);
  const [now, setNow] = useState(() => Date.now());
  const [confirming, setConfirming] = useState(false);
  const [navOpen, setNavOpen] = useState(false);
  const [status, setStatus] = useState('');
  const spent = useRef<Record<string, number>>({});
  const shownAt = useRef(0);
  const submitting = useRef(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const actionsRef = useRef<HTMLDivElement>(null);
  // On a narrow screen the navigator opens as a sheet resting on the bottom bar, whatever its height.
  const [sheetBottom, setSheetBottom] = useState(0);
  useFocusedView('exam');

  const item = exam.items[exam.current];
  const resolved = useShownQuestion(item?.questionId, locale, []);
  const shown = resolved.status === 'ready' ? resolved.shown : undefined;
  // Questions near the current one load ahead, so moving through the exam never waits.
  const nearby = exam.items.slice(Math.max(0, exam.current - 1), exam.current + 4).map((i) => i.questionId).join(' ');
  useEffect(() => prefetchQuestions(nearby.split(' '), locale), [nearby, locale]);
  const options = shown ? optionOrder(shown.question, `${exam.id}:${shown.cardId}`) : [];
  const left = remainingMs(exam.deadline, now);
  const level = warningLevel(left);

  const change = useCallback(
    (next: Partial<StoredExam>) => {
      setExam((e) => ({ ...e, ...next }));
      void updateExam(exam.id, next);
    },
    [exam.id],
  );

  const finish = useCallback(async () => {
    if (submitting.current) return;
    submitting.current = true;
    await submitExam(exam, Date.now(), spent.current);
    onSubmitted(exam.id);
  }, [exam, onSubmitted]);

  const latestFinish = useRef(finish);
  useEffect(() => {
    latestFinish.current = finish;
  });
  useEffect(() => {
    shownAt.current = Date.now();
    const tick = () => {
      const t = Date.now();
      setNow(t);
      if (t >= initial.deadline) {
        setStatus(em('examTimeUp'));
        void latestFinish.current();
      }
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [initial.deadline, em]);

  const go = (index: number) => {
    if (!item || index < 0 || index >= exam.items.length) return;
    spent.current[item.questionId] = (spent.current[item.questionId] ?? 0) + Date.now() - shownAt.current;
    shownAt.current = Date.now();
    change({ current: index });
  };
  const select = (ids: string[]) => item && change({ answers: { ...exam.answers, [item.questionId]: ids } });
  const flagged = item ? exam.flagged.includes(item.questionId) : false;
  const toggleFlag = () => item && change({ flagged: flagged ? exam.flagged.filter((f) => f !== item.questionId) : [...exam.flagged, item.questionId] });

  usePracticeKeys({
    choose: (i) => {
      const o = options[i];
      if (o && shown && item) select(toggleChoice(shown.question, exam.answers[item.questionId] ?? [], o.id));
    },
    enter: () => (exam.current + 1 < exam.items.length ? go(exam.current + 1) : setConfirming(true)),
    flag: toggleFlag,
  });

  const unanswered = exam.items.filter((i) => !exam.answers[i.questionId]?.length).length;
  if (!item) return null;
  if (resolved.status === 'error') return <LoadFailed error={resolved.error} retry={resolved.retry} />;
  return (
    <div className="exam">
      <div className={`exam-bar${level ? ' low' : ''}`}>
        <div className="exam-bar-row">
          <p className="exam-timer">
            <span className="muted">{em('examTimeLeft')}</span>{' '}
            <strong role="timer" aria-live="off" data-testid="time-left">
              {formatClock(left)}
            </strong>
          </p>
          {/* Polite: read out once when the time left crosses 10 and then 5 minutes, without interrupting. */}
          <p role="status" className={`exam-warning${level ? ' on' : ''}`}>
            {level === 5 ? em('examWarn5') : level === 10 ? em('examWarn10') : ''}
          </p>
          <button type="button" className="button primary exam-submit" onClick={() => setConfirming(true)}>
            {em('examSubmit')}
          </button>
        </div>
        {confirming && (
          <div className="confirm" role="alertdialog" aria-labelledby="exam-confirm">
            <p id="exam-confirm">{em('examConfirm', { unanswered, flagged: exam.flagged.length })}</p>
            <button type="button" className="button primary" autoFocus onClick={() => void finish()}>
              {em('examConfirmYes')}
            </button>{' '}
            <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
              {em('examConfirmNo')}
            </button>
          </div>
        )}
      </div>
      <div className="exam-layout">
        <div className="exam-main">
          <p className="muted session-progress">
            {m('progress', { n: exam.current + 1, total: exam.items.length })} · {exam.exam}
          </p>
          {shown ? (
            <QuestionView
              question={shown.question}
              titles={shown.titles}
              options={options}
              translated={shown.translated}
              selected={exam.answers[item.questionId] ?? []}
              onSelect={select}
              label={em('examQuestion', { n: exam.current + 1 })}
              autoFocus
            />
          ) : (
            <Loading label={m('loading')} />
          )}
          <p className="muted small keys-hint">{em('examKeys')}</p>
          <p className="muted small">{exam.feedsReviews === false ? em('examFeedsOff') : em('examFeedsOn')}</p>
          <div className="action-bar exam-actions" ref={actionsRef}>
            <button type="button" className="button secondary" onClick={() => go(exam.current - 1)} disabled={exam.current === 0}>
              {em('examPrev')}
            </button>
            <button type="button" className="button secondary" aria-pressed={flagged} onClick={toggleFlag}>
              {flagged && <span aria-hidden="true">⚑ </span>}
              {em('examFlag')}
            </button>
            <button ref={toggleRef} type="button" className="button secondary exam-nav-toggle" aria-expanded={navOpen} aria-controls={navId} onClick={() => {
                const bar = actionsRef.current?.getBoundingClientRect();
                if (bar) setSheetBottom(Math.max(0, window.innerHeight - bar.top));
                setNavOpen((o) => !o);
              }}
            >
              {em('examNavigator')}
            </button>
            <button type="button" className="button primary" onClick={() => go(exam.current + 1)} disabled={exam.current + 1 >= exam.items.length}>
              {em('examNext')}
            </button>
          </div>
        </div>
        <nav
          id={navId}
          className={`exam-nav${navOpen ? ' open' : ''}`}
          aria-label={em('examNavigator')}
          style={sheetBottom ? ({ '--sheet-bottom': `${sheetBottom}px` } as CSSProperties) : undefined}
          onKeyDown={(e) => {
            if (e.key !== 'Escape' || !navOpen) return;
            setNavOpen(false);
            toggleRef.current?.focus();
          }}
        >
          <ol role="list">
            {exam.items.map((it, i) => {
              const answered = Boolean(exam.answers[it.questionId]?.length);
              const isFlagged = exam.flagged.includes(it.questionId);
              const name = [em('examQuestion', { n: i + 1 }), answered ? em('examAnswered') : em('examUnanswered'), ...(isFlagged ? [em('examFlagged')] : [])].join(', ');
              return (
                <li key={it.questionId}>
                  <button
                    type="button"
                    className={`nav-cell${answered ? ' answered' : ''}${isFlagged ? ' flagged' : ''}`}
                    aria-label={name}
                    aria-current={i === exam.current ? 'step' : undefined}
                    onClick={() => {
                      go(i);
                      setNavOpen(false);
                    }}
                  >
                    {i + 1}
                    {isFlagged && <span aria-hidden="true">⚑</span>}
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>
      </div>
      <p role="status">{status}</p>
    </div>
  );
}
