import { useCallback, useEffect, useRef, useState } from 'react';
import { isCorrect } from '@/engine/exam';
import { db } from '@/db/db';
import { readSetting, recordAnswer, SETTING, undoLastAnswer, writeSetting, type PracticeMode, type StoredCard } from '@/db/practice';
import { useLiveQuery } from '@/db/useLiveQuery';
import { Loading } from '@/ui/Page';
import { useLocale } from '@/ui/i18n';
import { optionOrder, prefetchQuestions, useShownQuestion, type CustomDeck } from './bank';
import { LoadFailed } from './LoadFailed';
import { formatInterval, useMessages } from './messages';
import { QuestionView, toggleChoice, type Feedback } from './QuestionView';
import { usePracticeKeys } from './useKeys';

interface Props {
  /** The questions of this session, in order. */
  queue: readonly string[];
  mode: PracticeMode;
  decks: readonly CustomDeck[];
  /** Called at the end of the queue; may return more questions (due again, or tomorrow's none). */
  onEnd?: () => Promise<string[]>;
}

interface Draft {
  cardId: string;
  chosen: string[];
  guessed: boolean;
}

interface Answered {
  cardId: string;
  correct: boolean;
}

/**
 * A practice session: one question at a time, checked on Enter, with the explanation and the next review
 * interval right after. Each answer is stored at once (card and review log), so a reload loses nothing.
 */
export function Session({ queue: initial, mode, decks, onEnd }: Props) {
  const m = useMessages();
  const locale = useLocale();
  const [queue, setQueue] = useState<string[]>([...initial]);
  const [index, setIndex] = useState(0);
  const [selected, setSelected] = useState<string[]>([]);
  const [guessed, setGuessed] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>();
  const [history, setHistory] = useState<Answered[]>([]);
  const [status, setStatus] = useState('');
  const startedAt = useRef(0);
  const [ended, setEnded] = useState(initial.length === 0);

  const cardId = queue[index];
  // Each review of a card gets its own seed (the card's review count, plus the repeat number when a
  // drill repeats a card): options shuffle and generated questions change from one review to the next,
  // yet a reload shows the same question the same way.
  const reps = useLiveQuery(async () => {
    const rows = await db.cards.bulkGet(queue);
    return new Map(queue.map((id, i) => [id, (rows[i] as StoredCard | undefined)?.reps ?? 0]));
  }, [queue]);
  const [frozen, setFrozen] = useState<{ key: string; seed: number }>();
  const key = `${index}:${cardId ?? ''}`;
  const repeat = cardId ? queue.slice(0, index).filter((id) => id === cardId).length : 0;
  const seed = frozen?.key === key ? frozen.seed : cardId && reps ? (reps.get(cardId) ?? 0) + repeat : undefined;
  if (seed !== undefined && frozen?.key !== key) setFrozen({ key, seed });
  const resolved = useShownQuestion(seed === undefined ? undefined : cardId, locale, decks, seed);
  const shown = resolved.status === 'ready' ? resolved.shown : undefined;
  // The next few questions' text loads while this one is answered.
  useEffect(() => prefetchQuestions(queue.slice(index, index + 4), locale), [queue, index, locale]);
  const options = shown ? optionOrder(shown.question, `${shown.cardId}:${seed}`) : [];

  useEffect(() => {
    startedAt.current = Date.now();
  }, [cardId, index]);

  // The options chosen but not yet checked survive a reload too.
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    let live = true;
    void readSetting<Draft | null>(SETTING.draft, null).then((d) => {
      if (!live) return;
      if (d && d.cardId === initial[0]) {
        setSelected(d.chosen);
        setGuessed(d.guessed);
      }
      setRestored(true);
    });
    return () => {
      live = false;
    };
  }, [initial]);
  useEffect(() => {
    if (restored && cardId && !feedback) void writeSetting(SETTING.draft, { cardId, chosen: selected, guessed } satisfies Draft);
  }, [restored, cardId, selected, guessed, feedback]);

  const submit = useCallback(async () => {
    if (!shown || feedback || !selected.length) return;
    const now = Date.now();
    const correct = isCorrect(shown.question.answer, selected);
    const outcome = !correct ? 'wrong' : guessed ? 'guessed' : 'right';
    const { card } = await recordAnswer({
      questionId: shown.cardId,
      deck: shown.deck,
      outcome,
      chosen: selected,
      timeMs: now - startedAt.current,
      mode,
      now,
      ...(shown.seed !== undefined ? { seed: shown.seed } : {}),
    });
    setFeedback({ correct, next: m('nextReview', { when: formatInterval(m, card.due - now) }) });
    setHistory((h) => [...h, { cardId: shown.cardId, correct }]);
    setStatus('');
  }, [shown, feedback, selected, guessed, mode, m]);

  const advance = useCallback(async () => {
    setSelected([]);
    setGuessed(false);
    setFeedback(undefined);
    if (index + 1 < queue.length) return setIndex(index + 1);
    const more = onEnd ? await onEnd() : [];
    if (more.length) {
      setQueue(more);
      setIndex(0);
    } else setEnded(true);
  }, [index, queue.length, onEnd]);

  const undo = useCallback(async () => {
    const last = history.at(-1);
    if (!last) return;
    const undone = await undoLastAnswer(last.cardId);
    if (!undone) return;
    setHistory((h) => h.slice(0, -1));
    setFeedback(undefined);
    setGuessed(Boolean(undone.guessed));
    setSelected(undone.chosen ?? []);
    setEnded(false);
    if (queue[index] !== last.cardId) {
      const back = queue.lastIndexOf(last.cardId, index);
      if (back >= 0) setIndex(back);
      else {
        setQueue((q) => [...q.slice(0, index), last.cardId, ...q.slice(index)]);
      }
    }
    setStatus(m('undone'));
  }, [history, queue, index, m]);

  usePracticeKeys({
    choose: (i) => {
      const o = options[i];
      if (o && shown && !feedback) setSelected((s) => toggleChoice(shown.question, s, o.id));
    },
    enter: () => void (feedback ? advance() : submit()),
    guessed: () => !feedback && setGuessed((g) => !g),
    undo: () => void undo(),
  });

  const right = history.filter((h) => h.correct).length;
  if (!ended && resolved.status === 'error') return <LoadFailed error={resolved.error} retry={resolved.retry} />;
  if (!ended && cardId && resolved.status === 'loading') return <Loading label={m('loading')} />;
  if (ended || !shown) {
    return (
      <div className="session-end">
        <p role="status">{history.length ? m('sessionDone', { right, total: history.length }) : mode === 'daily' ? m('dailyDone') : m('sessionEmpty')}</p>
        <div className="actions">
          {onEnd && (
            <button
              type="button"
              className="button primary"
              onClick={() =>
                void onEnd().then((more) => {
                  if (!more.length) return setStatus(m('nothingDue'));
                  setQueue(more);
                  setIndex(0);
                  setEnded(false);
                })
              }
            >
              {m('checkAgain')}
            </button>
          )}
          {history.length > 0 && (
            <button type="button" className="button secondary" onClick={() => void undo()}>
              {m('undo')}
            </button>
          )}
        </div>
        <p role="status">{status}</p>
      </div>
    );
  }
  return (
    <div className="session">
      <p className="muted session-progress">{m('progress', { n: index + 1, total: queue.length })}</p>
      <QuestionView
        question={shown.question}
        titles={shown.titles}
        options={options}
        translated={shown.translated}
        generated={shown.seed !== undefined}
        selected={selected}
        onSelect={setSelected}
        feedback={feedback}
        autoFocus
      />
      {!feedback && (
        <label className="guess">
          <input type="checkbox" checked={guessed} onChange={(e) => setGuessed(e.target.checked)} /> {m('guessed')}
          <span className="muted small"> — {m('guessedHelp')}</span>
        </label>
      )}
      <div role="status" className={feedback ? `verdict ${feedback.correct ? 'right' : 'wrong'}` : 'verdict'}>
        {feedback && (
          <>
            <strong>{feedback.correct ? m('correct') : m('incorrect')}</strong> {feedback.next}
          </>
        )}
        {!feedback && status}
      </div>
      <div className="actions">
        {!feedback ? (
          <button type="button" className="button primary" disabled={!selected.length} onClick={() => void submit()}>
            {m('submit')}
          </button>
        ) : (
          <button type="button" className="button primary" onClick={() => void advance()}>
            {index + 1 < queue.length ? m('next') : m('finish')}
          </button>
        )}
        <button type="button" className="button secondary" disabled={!history.length} onClick={() => void undo()}>
          {m('undo')}
        </button>
      </div>
      <p className="muted small">{m('keys')}</p>
    </div>
  );
}
