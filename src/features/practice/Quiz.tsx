import { useEffect, useRef, useState } from 'react';
import { isCorrect } from '@/engine/exam';
import { useLocale } from '@/ui/i18n';
import { Loading } from '@/ui/Page';
import { loadBankQuestion, loadChunk, optionOrder, useResolved } from './questionText';
import { LoadFailed } from './LoadFailed';
import { formatInterval, useMessages } from './messages';
import { QuestionView, toggleChoice, type Feedback } from './QuestionView';
import { usePracticeKeys } from './useKeys';
import './practice.css';

export interface QuizProps {
  /** Question ids, in order. */
  ids: string[];
  /** Each question's lesson, space-separated, written in at build time (see remarkQuizLessons). */
  lessons?: string;
}

/**
 * A compact quiz inside a lesson: answer, see the explanation, move on. Answers feed the same scheduler
 * as the practice screens. Its keys work while focus is inside the quiz.
 */
export default function Quiz({ ids, lessons }: QuizProps) {
  const m = useMessages();
  const locale = useLocale();
  const scope = useRef<HTMLDivElement>(null);
  const [list] = useState(() => ids);
  const [lessonOf] = useState(() => lessons?.split(' ') ?? []);
  const [index, setIndex] = useState(0);
  const [selected, setSelected] = useState<string[]>([]);
  const [feedback, setFeedback] = useState<Feedback>();
  const [shownAt, setShownAt] = useState(() => Date.now());
  useEffect(() => {
    for (const l of new Set(lessonOf)) if (l !== '?') void loadChunk(l, locale).catch(() => undefined);
  }, [lessonOf, locale]);
  const id = list[index];
  const lesson = lessonOf[index];
  const resolved = useResolved(id === undefined ? undefined : `${id}|${locale}`, async () =>
    // Without the lesson written in (a quiz rendered outside a lesson), the bank's index finds it.
    lesson && lesson !== '?' ? loadBankQuestion(id ?? '', lesson, locale) : (await import('./bank')).resolveQuestion(id ?? '', locale, []),
  );
  const shown = resolved.status === 'ready' ? resolved.shown : undefined;
  const options = shown ? optionOrder(shown.question, `${shown.cardId}:quiz`) : [];

  const submit = async () => {
    if (!shown || feedback || !selected.length) return;
    const now = Date.now();
    const correct = isCorrect(shown.question.answer, selected);
    // The scheduler (and its storage) loads with the first answer, not with the lesson.
    const { recordAnswer } = await import('@/db/practice');
    const { card } = await recordAnswer({ questionId: shown.cardId, deck: shown.deck, outcome: correct ? 'right' : 'wrong', chosen: selected, timeMs: now - shownAt, mode: 'quiz', now });
    setFeedback({ correct, next: m('nextReview', { when: formatInterval(m, card.due - now) }) });
  };
  const next = () => {
    setIndex((i) => (i + 1) % list.length);
    setSelected([]);
    setFeedback(undefined);
    setShownAt(Date.now());
  };
  usePracticeKeys(
    {
      choose: (i) => {
        const o = options[i];
        if (o && shown && !feedback) setSelected((s) => toggleChoice(shown.question, s, o.id));
      },
      enter: () => (feedback ? next() : void submit()),
    },
    scope,
  );
  if (!list.length || resolved.status === 'missing') return <p className="notice">{m('quizEmpty')}</p>;
  if (resolved.status === 'error') return <LoadFailed error={resolved.error} retry={resolved.retry} />;
  if (!shown) {
    return (
      <div className="quiz quiz-loading" role="group" aria-label={m('quizLabel')} aria-busy="true">
        <Loading label={m('loading')} />
      </div>
    );
  }
  return (
    <div className="quiz" ref={scope} role="group" aria-label={m('quizLabel')}>
      <p className="quiz-title">
        {m('quizLabel')} <span className="muted small">{list.length > 1 ? `${index + 1} / ${list.length}` : ''}</span>
      </p>
      <QuestionView question={shown.question} titles={shown.titles} options={options} translated={shown.translated} selected={selected} onSelect={setSelected} feedback={feedback} level={3} />
      <p role="status" className={feedback ? `verdict ${feedback.correct ? 'right' : 'wrong'}` : 'verdict'}>
        {feedback && (
          <>
            <strong>{feedback.correct ? m('correct') : m('incorrect')}</strong> {feedback.next}
          </>
        )}
      </p>
      <div className="actions">
        {!feedback ? (
          <button type="button" className="button primary" disabled={!selected.length} onClick={() => void submit()}>
            {m('submit')}
          </button>
        ) : (
          list.length > 1 && (
            <button type="button" className="button secondary" onClick={next}>
              {m('quizMore')}
            </button>
          )
        )}
      </div>
    </div>
  );
}
