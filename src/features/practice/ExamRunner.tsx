import { useCallback, useEffect, useRef, useState } from 'react';
import { EXAM_DOMAINS, type ExamDomain } from '@/content/taxonomy';
import { updateExam, type StoredExam } from '@/db/exams';
import { recordAnswer } from '@/db/practice';
import { isCorrect, remainingMs, scoreExam } from '@/engine/exam';
import { useLocale } from '@/ui/i18n';
import { Loading } from '@/ui/Page';
import { CORE_DECK, optionOrder, prefetchQuestions, resolveQuestion, useShownQuestion } from './bank';
import { LoadFailed } from './LoadFailed';
import { formatClock, useMessages } from './messages';
import { QuestionView, toggleChoice } from './QuestionView';
import { usePracticeKeys } from './useKeys';

/** Scores a finished exam, feeds every answered question to the scheduler and stores the result. */
export async function submitExam(exam: StoredExam, now: number, timeSpent: Record<string, number> = {}): Promise<void> {
  const questions = await Promise.all(exam.items.map((item) => resolveQuestion(item.questionId, 'en', [])));
  const scored = exam.items.map((item, i) => {
    const q = questions[i]?.question;
    return { ...item, correct: q ? isCorrect(q.answer, exam.answers[item.questionId]) : false };
  });
  // Domains in the exam guide's order, then any other domain a question was scored under.
  const guide = (Object.keys(EXAM_DOMAINS) as ExamDomain[]).filter((d) => EXAM_DOMAINS[d].exam === exam.exam);
  const result = scoreExam(scored, [...new Set([...guide, ...exam.items.map((i) => i.domain)])]);
  for (const item of scored) {
    const chosen = exam.answers[item.questionId];
    if (!chosen?.length) continue;
    await recordAnswer({ questionId: item.questionId, deck: CORE_DECK, outcome: item.correct ? 'right' : 'wrong', chosen, timeMs: timeSpent[item.questionId] ?? 0, mode: 'exam', now });
  }
  await updateExam(exam.id, { status: 'submitted', submittedAt: now, result });
}

export function ExamRunner({ exam: initial, onSubmitted }: { exam: StoredExam; onSubmitted: (id: string) => void }) {
  const m = useMessages();
  const locale = useLocale();
  const [exam, setExam] = useState(initial);
  const [now, setNow] = useState(() => Date.now());
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const spent = useRef<Record<string, number>>({});
  const shownAt = useRef(0);
  const submitting = useRef(false);

  const item = exam.items[exam.current];
  const resolved = useShownQuestion(item?.questionId, locale, []);
  const shown = resolved.status === 'ready' ? resolved.shown : undefined;
  // Questions near the current one load ahead, so moving through the exam never waits.
  const nearby = exam.items.slice(Math.max(0, exam.current - 1), exam.current + 4).map((i) => i.questionId).join(' ');
  useEffect(() => prefetchQuestions(nearby.split(' '), locale), [nearby, locale]);
  const options = shown ? optionOrder(shown.question, `${exam.id}:${shown.cardId}`) : [];
  const left = remainingMs(exam.deadline, now);

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
        setStatus(m('examTimeUp'));
        void latestFinish.current();
      }
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [initial.deadline, m]);

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
      <div className="exam-bar">
        <p className="exam-timer">
          <span className="muted">{m('examTimeLeft')}</span>{' '}
          <strong role="timer" aria-live="off" data-testid="time-left">
            {formatClock(left)}
          </strong>
        </p>
        <p className="muted">{m('progress', { n: exam.current + 1, total: exam.items.length })}</p>
        <p className="muted small">{exam.exam}</p>
      </div>
      <div className="exam-layout">
        <div>
          {shown ? (
            <QuestionView
              question={shown.question}
              titles={shown.titles}
              options={options}
              translated={shown.translated}
              selected={exam.answers[item.questionId] ?? []}
              onSelect={select}
              label={m('examQuestion', { n: exam.current + 1 })}
              autoFocus
            />
          ) : (
            <Loading label={m('loading')} />
          )}
          <div className="actions">
            <button type="button" className="button secondary" onClick={() => go(exam.current - 1)} disabled={exam.current === 0}>
              {m('examPrev')}
            </button>
            <button type="button" className="button secondary" aria-pressed={flagged} onClick={toggleFlag}>
              {flagged ? `⚑ ${m('examUnflag')}` : m('examFlag')}
            </button>
            <button type="button" className="button primary" onClick={() => go(exam.current + 1)} disabled={exam.current + 1 >= exam.items.length}>
              {m('examNext')}
            </button>
          </div>
          <p className="muted small">{m('examKeys')}</p>
        </div>
        <nav className="exam-nav" aria-label={m('examNavigator')}>
          <ol role="list">
            {exam.items.map((it, i) => {
              const answered = Boolean(exam.answers[it.questionId]?.length);
              const isFlagged = exam.flagged.includes(it.questionId);
              const name = [m('examQuestion', { n: i + 1 }), answered ? m('examAnswered') : m('examUnanswered'), ...(isFlagged ? [m('examFlagged')] : [])].join(', ');
              return (
                <li key={it.questionId}>
                  <button
                    type="button"
                    className={`nav-cell${answered ? ' answered' : ''}${isFlagged ? ' flagged' : ''}`}
                    aria-label={name}
                    aria-current={i === exam.current ? 'step' : undefined}
                    onClick={() => go(i)}
                  >
                    {i + 1}
                    {isFlagged && <span aria-hidden="true">⚑</span>}
                  </button>
                </li>
              );
            })}
          </ol>
          <button type="button" className="button primary" onClick={() => setConfirming(true)}>
            {m('examSubmit')}
          </button>
          {confirming && (
            <div className="confirm" role="alertdialog" aria-labelledby="exam-confirm">
              <p id="exam-confirm">{m('examConfirm', { unanswered, flagged: exam.flagged.length })}</p>
              <button type="button" className="button primary" autoFocus onClick={() => void finish()}>
                {m('examConfirmYes')}
              </button>{' '}
              <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
                {m('examConfirmNo')}
              </button>
            </div>
          )}
        </nav>
      </div>
      <p role="status">{status}</p>
    </div>
  );
}
