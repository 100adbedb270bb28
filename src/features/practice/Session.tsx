import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { isCorrect } from '@/engine/exam';
import { db } from '@/db/db';
import { readSetting, recordAnswer, SETTING, undoLastAnswer, writeSetting, type PracticeMode, type StoredCard } from '@/db/practice';
import { databaseKnownPresent, databasePresent } from '@/db/presence';
import { useLiveQuery } from '@/db/useLiveQuery';
import { Loading } from '@/ui/Page';
import { useLocale } from '@/ui/i18n';
import { optionOrder, prefetchQuestions, useShownQuestion, type CustomDeck } from './bank';
import { LoadFailed } from './LoadFailed';
import { formatInterval, useMessages } from './messages';
import { QuestionView, toggleChoice, type Feedback } from './QuestionView';
import { revealVerdict } from './reveal';
import { comingBack, putBack, repeatsBefore, toItems, withoutKey, type QueueItem } from './sessionQueue';
import { usePracticeKeys } from './useKeys';

// The summary loads when the session ends, not with its first question.
const SessionSummary = lazy(() => import('./SessionSummary'));

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

/** One answer of this session, as the summary and undo need it. */
export interface Answered {
  cardId: string;
  /** The queue place it answered. */
  key: number;
  correct: boolean;
  timeMs: number;
  /** The stem as shown (a generated question differs from one review to the next). */
  stem: string;
  /** The seed the question was shown with, so an undo shows it again the same way. */
  seed: number;
  /** After a wrong answer: the queue place the question was put back at. */
  again?: number;
}

const SEP = '\n';

/**
 * A practice session: one question at a time, checked on Enter, with the verdict and the explanations
 * right after. A question answered wrong comes back a few questions later, until it is answered right
 * (relearning). Each answer is stored at once (card and review log), so a reload loses nothing; the
 * session ends with a summary.
 */
export function Session({ queue: initial, mode, decks, onEnd }: Props) {
  const m = useMessages();
  const locale = useLocale();
  const nextKey = useRef(initial.length);
  const [queue, setQueue] = useState<QueueItem[]>(() => toItems(initial, 0));
  const [index, setIndex] = useState(0);
  const [selected, setSelected] = useState<string[]>([]);
  const [guessed, setGuessed] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>();
  const [history, setHistory] = useState<Answered[]>([]);
  const [status, setStatus] = useState('');
  const startedAt = useRef(0);
  const busy = useRef(false);
  const [ended, setEnded] = useState(initial.length === 0);
  const verdictRef = useRef<HTMLDivElement>(null);
  const primaryRef = useRef<HTMLButtonElement>(null);

  const item = queue[index];
  const cardId = item?.cardId;
  // Each review of a card gets its own seed (the card's review count, plus the repeat number when the
  // queue asks a card again): options shuffle and generated questions change from one review to the
  // next, yet a reload shows the same question the same way.
  const cardList = [...new Set(queue.map((i) => i.cardId))].join(SEP);
  const ids = cardList ? cardList.split(SEP) : [];
  const reps = useLiveQuery(
    async () => {
      const rows = await db.cards.bulkGet(ids);
      return new Map(ids.map((id, i) => [id, (rows[i] as StoredCard | undefined)?.reps ?? 0]));
    },
    [cardList],
    () => new Map(ids.map((id) => [id, 0])),
  );
  const [frozen, setFrozen] = useState<{ key: number; seed: number }>();
  const seed = item && frozen?.key === item.key ? frozen.seed : cardId && reps ? (reps.get(cardId) ?? 0) + repeatsBefore(queue, index) : undefined;
  if (item && seed !== undefined && frozen?.key !== item.key) setFrozen({ key: item.key, seed });
  const resolved = useShownQuestion(seed === undefined ? undefined : cardId, locale, decks, seed);
  const shown = resolved.status === 'ready' ? resolved.shown : undefined;
  // The next few questions' text loads while this one is answered.
  const ahead = queue.slice(index, index + 4).map((i) => i.cardId).join(SEP);
  useEffect(() => prefetchQuestions(ahead.split(SEP), locale), [ahead, locale]);
  const options = shown ? optionOrder(shown.question, `${shown.cardId}:${seed}`) : [];

  useEffect(() => {
    startedAt.current = Date.now();
  }, [item?.key]);

  // The options chosen but not yet checked survive a reload too.
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    let live = true;
    // Nothing stored yet (a first visit): no draft to read, and no reason to create the database for it.
    const draft = databasePresent().then((present) => (present ? readSetting<Draft | null>(SETTING.draft, null) : null));
    void draft.then((d) => {
      if (!live) return;
      if (d && initial.includes(d.cardId)) {
        // The question being answered before the reload comes first again, even when the rebuilt
        // queue puts a card due meanwhile (a relearning step) ahead of it.
        if (d.cardId !== initial[0]) {
          setQueue((q) => {
            const at = q.findIndex((i) => i.cardId === d.cardId);
            return at > 0 ? [q[at]!, ...q.slice(0, at), ...q.slice(at + 1)] : q;
          });
        }
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
    if (!restored || !cardId || feedback || ended) return;
    // Before anything is stored, an empty draft says nothing: the first choice creates the database, so
    // it is open by the time the answer is checked. From then on every draft is kept, empty ones included.
    if (!databaseKnownPresent() && !selected.length && !guessed) return;
    void writeSetting(SETTING.draft, { cardId, chosen: selected, guessed } satisfies Draft);
  }, [restored, cardId, selected, guessed, feedback, ended]);

  // Once checked: the verdict comes into view (the explanations below it) and focus moves to Next, so
  // Enter goes on and the keys keep working. A layout effect: focus moves in the same commit as the
  // verdict, so a key pressed the moment it shows already lands on Next.
  useLayoutEffect(() => {
    if (!feedback) return;
    primaryRef.current?.focus({ preventScroll: true });
    revealVerdict(verdictRef.current);
  }, [feedback]);

  const submit = useCallback(async () => {
    if (ended || !shown || !item || seed === undefined || feedback || !selected.length || busy.current) return;
    busy.current = true;
    try {
      const now = Date.now();
      const timeMs = now - startedAt.current;
      const correct = isCorrect(shown.question.answer, selected);
      const outcome = !correct ? 'wrong' : guessed ? 'guessed' : 'right';
      const { card } = await recordAnswer({
        questionId: shown.cardId,
        deck: shown.deck,
        outcome,
        chosen: selected,
        timeMs,
        mode,
        now,
        ...(shown.seed !== undefined ? { seed: shown.seed } : {}),
      });
      const again = correct ? undefined : nextKey.current++;
      if (again !== undefined) setQueue((q) => putBack(q, index, again));
      setFeedback({ correct, next: correct ? m('nextReview', { when: formatInterval(m, card.due - now) }) : m('againLater') });
      setHistory((h) => [...h, { cardId: shown.cardId, key: item.key, correct, timeMs, stem: shown.question.stem, seed, ...(again !== undefined ? { again } : {}) }]);
      setStatus('');
    } finally {
      busy.current = false;
    }
  }, [ended, shown, item, seed, feedback, selected, guessed, mode, index, m]);

  /** Adds questions after the end of the queue and goes on with the first of them. */
  const append = useCallback(
    (ids: readonly string[]) => {
      const first = nextKey.current;
      nextKey.current += ids.length;
      setQueue((q) => [...q, ...toItems(ids, first)]);
      setIndex(queue.length);
      setEnded(false);
    },
    [queue.length],
  );

  const advance = useCallback(async () => {
    setSelected([]);
    setGuessed(false);
    setFeedback(undefined);
    if (index + 1 < queue.length) return setIndex(index + 1);
    const more = onEnd ? await onEnd() : [];
    if (more.length) append(more);
    else setEnded(true);
  }, [index, queue.length, onEnd, append]);

  const undo = useCallback(async () => {
    const last = history.at(-1);
    if (!last || busy.current) return;
    const undone = await undoLastAnswer(last.cardId);
    if (!undone) return;
    setHistory((h) => h.slice(0, -1));
    // The copy a wrong answer put back goes too; the question is shown again as it was.
    setQueue((q) => withoutKey(q, last.again));
    const at = queue.findIndex((i) => i.key === last.key);
    if (at >= 0) setIndex(at);
    setFrozen({ key: last.key, seed: last.seed });
    setFeedback(undefined);
    setGuessed(Boolean(undone.guessed));
    setSelected(undone.chosen ?? []);
    setEnded(false);
    setStatus(m('undone'));
  }, [history, queue, m]);

  usePracticeKeys({
    choose: (i) => {
      const o = options[i];
      if (o && shown && !feedback && !ended) setSelected((s) => toggleChoice(shown.question, s, o.id));
    },
    enter: () => void (ended ? undefined : feedback ? advance() : submit()),
    guessed: () => !feedback && !ended && setGuessed((g) => !g),
    undo: () => void undo(),
  });

  if (!ended && resolved.status === 'error') return <LoadFailed error={resolved.error} retry={resolved.retry} />;
  if (!ended && cardId && resolved.status === 'loading') return <Loading label={m('loading')} />;
  if (ended || !shown || !item) {
    return (
      <Suspense fallback={<Loading label={m('loading')} />}>
        <SessionSummary
          answers={history}
          mode={mode}
          decks={decks}
          status={status}
          onUndo={() => void undo()}
          onPracticeMissed={append}
          {...(onEnd ? { onMore: () => void onEnd().then((more) => (more.length ? append(more) : setStatus(m('nothingDue')))) } : {})}
        />
      </Suspense>
    );
  }
  const back = comingBack(queue, index);
  return (
    <div className="session">
      <p className="muted session-progress">
        {m('progress', { n: index + 1, total: queue.length })}
        {back > 0 && <span className="again-count"> · {m('comingBack', { count: back })}</span>}
      </p>
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
        focusKey={item.key}
        verdict={
          <div ref={verdictRef} role="status" className={feedback ? `verdict ${feedback.correct ? 'right' : 'wrong'}` : 'verdict'}>
            {feedback && (
              <>
                <strong>{feedback.correct ? m('correct') : m('incorrect')}</strong> {feedback.next}
              </>
            )}
            {!feedback && status}
          </div>
        }
      />
      {!feedback && <p className="muted small">{m('guessedHelp')}</p>}
      <p className="muted small keys-hint">{m('keys')}</p>
      <div className="action-bar">
        <button type="button" className="button secondary" aria-label={m('undo')} disabled={!history.length} onClick={() => void undo()}>
          {m('undoShort')}
        </button>
        {!feedback && (
          <label className="guess">
            <input type="checkbox" checked={guessed} onChange={(e) => setGuessed(e.target.checked)} /> {m('guessed')}
          </label>
        )}
        <button ref={primaryRef} type="button" className="button primary" disabled={!feedback && !selected.length} onClick={() => void (feedback ? advance() : submit())}>
          {!feedback ? m('submit') : index + 1 < queue.length ? m('next') : m('finish')}
        </button>
      </div>
    </div>
  );
}
