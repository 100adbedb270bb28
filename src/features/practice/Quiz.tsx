import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { isCorrect } from '@/engine/exam';
import { useLocale } from '@/ui/i18n';
import { Loading } from '@/ui/Page';
import { loadBankQuestion, loadChunk, optionOrder, useResolved } from './questionText';
import { LoadFailed } from './LoadFailed';
import { formatInterval, useMessages } from './messages';
import { QuestionView, toggleChoice, type Feedback } from './QuestionView';
import { revealVerdict } from './reveal';
import { usePracticeKeys } from './useKeys';
import './practice.css';

export interface QuizProps {
  /** Question ids, in order. */
  ids: string[];
  /** Each question's lesson, space-separated, written in at build time (see remarkQuizLessons). */
  lessons?: string;
}

/**
 * A compact quiz inside a lesson: answer, see the explanation, move on, and end with a score and the
 * choice to go over the questions missed. Answers feed the same scheduler as the practice screens. Its
 * keys work while focus is inside the quiz, and focus stays inside it from one question to the next.
 */
export default function Quiz({ ids, lessons }: QuizProps) {
  const m = useMessages();
  const locale = useLocale();
  // The quiz's element once rendered (it first shows a loading state): its keys listen there only.
  const [scope, setScope] = useState<HTMLDivElement | null>(null);
  const verdictRef = useRef<HTMLParagraphElement>(null);
  const primaryRef = useRef<HTMLButtonElement>(null);
  const scoreRef = useRef<HTMLParagraphElement>(null);
  const [list] = useState(() => ids);
  const [lessonOf] = useState(() => lessons?.split(' ') ?? []);
  // This round's questions, as positions in `list`: all of them, then the ones missed when asked to.
  const [round, setRound] = useState(() => ({ n: 0, at: list.map((_, i) => i) }));
  const [step, setStep] = useState(0);
  const [results, setResults] = useState<boolean[]>([]);
  const [finished, setFinished] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const [feedback, setFeedback] = useState<Feedback>();
  const shownAt = useRef(0);
  // Only once the learner moves on does the next stem take focus: a lesson's quiz never grabs focus on load.
  const [moved, setMoved] = useState(false);
  useEffect(() => {
    for (const l of new Set(lessonOf)) if (l !== '?') void loadChunk(l, locale).catch(() => undefined);
  }, [lessonOf, locale]);
  const position = round.at[step] ?? 0;
  const id = list[position];
  const lesson = lessonOf[position];
  const resolved = useResolved(id === undefined ? undefined : `${id}|${locale}`, async () =>
    // Without the lesson written in (a quiz rendered outside a lesson), the bank's index finds it.
    lesson && lesson !== '?' ? loadBankQuestion(id ?? '', lesson, locale) : (await import('./bank')).resolveQuestion(id ?? '', locale, []),
  );
  const shown = resolved.status === 'ready' ? resolved.shown : undefined;
  const options = shown ? optionOrder(shown.question, `${shown.cardId}:quiz`) : [];
  const last = step + 1 >= round.at.length;
  useEffect(() => {
    shownAt.current = Date.now();
  }, [round.n, step]);

  // Once checked, focus moves to what comes next (Next, or the verdict in a one-question quiz), so Enter
  // and the number keys keep working, and the verdict with the explanations below it comes into view.
  useLayoutEffect(() => {
    if (!feedback) return;
    (primaryRef.current ?? verdictRef.current)?.focus({ preventScroll: true });
    revealVerdict(verdictRef.current);
  }, [feedback]);
  useLayoutEffect(() => {
    if (finished) scoreRef.current?.focus();
  }, [finished]);

  const submit = async () => {
    if (!shown || feedback || !selected.length) return;
    const now = Date.now();
    const correct = isCorrect(shown.question.answer, selected);
    // The scheduler (and its storage) loads with the first answer, not with the lesson.
    const { recordAnswer } = await import('@/db/practice');
    const { card } = await recordAnswer({ questionId: shown.cardId, deck: shown.deck, outcome: correct ? 'right' : 'wrong', chosen: selected, timeMs: now - shownAt.current, mode: 'quiz', now });
    setResults((r) => [...r.slice(0, step), correct]);
    setFeedback({ correct, next: m('nextReview', { when: formatInterval(m, card.due - now) }) });
  };
  const startRound = (at: number[]) => {
    setRound((r) => ({ n: r.n + 1, at }));
    setStep(0);
    setResults([]);
    setFinished(false);
    setSelected([]);
    setFeedback(undefined);
    setMoved(true);
  };
  const next = () => {
    if (last) {
      setFinished(true);
      return;
    }
    setStep((s) => s + 1);
    setSelected([]);
    setFeedback(undefined);
    setMoved(true);
  };
  const many = round.at.length > 1;
  usePracticeKeys(
    {
      choose: (i) => {
        const o = options[i];
        if (o && shown && !feedback && !finished) setSelected((s) => toggleChoice(shown.question, s, o.id));
      },
      enter: () => {
        if (finished) return;
        if (!feedback) void submit();
        else if (many) next();
      },
    },
    scope,
  );
  if (!list.length || resolved.status === 'missing') return <p className="notice">{m('quizEmpty')}</p>;
  if (resolved.status === 'error') return <LoadFailed error={resolved.error} retry={resolved.retry} />;
  if (!shown && !finished) {
    return (
      <div className="quiz quiz-loading" role="group" aria-label={m('quizLabel')} aria-busy="true">
        <Loading label={m('loading')} />
      </div>
    );
  }
  const right = results.filter(Boolean).length;
  const missed = round.at.filter((_, i) => results[i] === false);
  return (
    <div className="quiz" ref={setScope} role="group" aria-label={m('quizLabel')}>
      <p className="quiz-title">
        {m('quizLabel')} <span className="muted small">{many && !finished ? `${step + 1} / ${round.at.length}` : ''}</span>
      </p>
      <p className="muted small quiz-scheduled">{m('quizScheduled')}</p>
      {finished ? (
        <div className="quiz-score">
          <p ref={scoreRef} tabIndex={-1} className={`score ${missed.length ? 'fail' : 'pass'}`}>
            <strong>{missed.length ? m('quizScore', { right, total: round.at.length }) : m('quizAllRight', { total: round.at.length })}</strong>
          </p>
          <div className="actions">
            {missed.length > 0 && (
              <button type="button" className="button primary" onClick={() => startRound(missed)}>
                {m('quizReviewMissed', { count: missed.length })}
              </button>
            )}
            <button type="button" className="button secondary" onClick={() => startRound(list.map((_, i) => i))}>
              {m('quizRestart')}
            </button>
          </div>
        </div>
      ) : (
        shown && (
          <>
            <QuestionView
              question={shown.question}
              titles={shown.titles}
              options={options}
              translated={shown.translated}
              selected={selected}
              onSelect={setSelected}
              feedback={feedback}
              level={3}
              autoFocus={moved}
              focusKey={`${round.n}:${step}`}
              verdict={
                <p ref={verdictRef} tabIndex={-1} role="status" className={feedback ? `verdict ${feedback.correct ? 'right' : 'wrong'}` : 'verdict'}>
                  {feedback && (
                    <>
                      <strong>{feedback.correct ? m('correct') : m('incorrect')}</strong> {feedback.next}
                    </>
                  )}
                </p>
              }
            />
            <div className="actions action-bar">
              {!feedback ? (
                <button type="button" className="button primary" disabled={!selected.length} onClick={() => void submit()}>
                  {m('submit')}
                </button>
              ) : (
                many && (
                  <button ref={primaryRef} type="button" className="button primary" onClick={next}>
                    {last ? m('quizSeeScore') : m('quizMore')}
                  </button>
                )
              )}
            </div>
          </>
        )
      )}
    </div>
  );
}
