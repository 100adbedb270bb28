import { lazy, startTransition, Suspense, useCallback, useEffect, useState } from 'react';
import { Link, useLocation } from '@/ui/router';
import { Loading, PageTitle } from '@/ui/Page';
import { coreIndex, customCardId, generatedDrill, prefetchQuestions, type CustomDeck } from './bank';
import { useLocale } from '@/ui/i18n';
import { useMessages } from './messages';
import { dailyQueue, missedQueue } from './queue';
import { useDecks } from './useDecks';
import './practice.css';

// Each screen is its own chunk: a daily review does not download the exam, nor the hub the session.
const Hub = lazy(() => import('./Hub'));
const loadSession = () => import('./Session');
const Session = lazy(() => loadSession().then((m) => ({ default: m.Session })));
const ExamScreen = lazy(() => import('./ExamScreen').then((m) => ({ default: m.ExamScreen })));

/** Questions of a track, domain or lesson (filters from the address), bank order. */
export function topicQueue(params: URLSearchParams, decks: readonly CustomDeck[] = []): string[] {
  if (params.get('generated')) return generatedDrill();
  const deck = params.get('deck');
  if (deck) return decks.find((d) => d.slug === deck)?.questions.map((q) => customCardId(deck, q.id)) ?? [];
  const track = params.get('track');
  const domain = params.get('domain');
  const lesson = params.get('lesson');
  return coreIndex
    .filter((q) => (!track || q.track === track) && (!domain || (q.domains as string[]).includes(domain)) && (!lesson || q.lesson === lesson))
    .map((q) => q.id);
}

type SessionMode = 'daily' | 'topic' | 'missed' | 'retake';

function load(mode: SessionMode, params: URLSearchParams, decks: CustomDeck[]): Promise<string[]> {
  if (mode === 'daily') return dailyQueue(decks);
  if (mode === 'missed') return missedQueue(decks);
  // "Retake the wrong ones" of a submitted mock exam; the retake module loads only for it.
  if (mode === 'retake') return import('./retake').then((r) => r.retakeQueue(params.get('exam') ?? ''));
  return Promise.resolve(topicQueue(params, decks));
}

function Mode({ mode, params, decks }: { mode: SessionMode; params: URLSearchParams; decks: CustomDeck[] }) {
  const m = useMessages();
  const locale = useLocale();
  const [queue, setQueue] = useState<string[]>();
  useEffect(() => {
    let live = true;
    // The session's first questions' text downloads while its code is still on its way, not after it.
    // The session is drawn as a transition (in slices), so its first question never blocks input.
    void load(mode, params, decks).then((q) => {
      if (!live) return;
      prefetchQuestions(q.slice(0, 2), locale);
      startTransition(() => setQueue(q));
    });
    return () => {
      live = false;
    };
    // The queue is built once per visit; answers update the database, not this list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mode]);
  const onEnd = useCallback(() => dailyQueue(decks), [decks]);
  if (!queue) return <Loading label={m('loading')} />;
  // A retake is practice of missed questions, and is recorded as such.
  return <Session queue={queue} mode={mode === 'retake' ? 'missed' : mode} decks={decks} {...(mode === 'daily' ? { onEnd } : {})} />;
}

const TITLES = { daily: 'dailyTitle', topic: 'topicTitle', missed: 'missedTitle', retake: 'retakeTitle', exam: 'examTitle' } as const;
const MODES = Object.keys(TITLES) as (keyof typeof TITLES)[];

export function PracticePage() {
  const m = useMessages();
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  const mode = params.get('mode');
  const decks = useDecks();
  const known = MODES.find((k) => k === mode);
  // A session's code downloads while the decks and the queue are read, not after them.
  useEffect(() => {
    if (known && known !== 'exam') void loadSession();
  }, [known]);
  return (
    <section className="page practice">
      <PageTitle>{known ? m(TITLES[known]) : m('title')}</PageTitle>
      {known && (
        <p className="back-link">
          <Link to="/practice">← {m('back')}</Link>
        </p>
      )}
      <Suspense fallback={<Loading label={m('loading')} />}>
        {known === 'exam' ? (
          <ExamScreen />
        ) : known ? (
          decks ? <Mode key={search} mode={known} params={params} decks={decks} /> : <Loading label={m('loading')} />
        ) : (
          // The hub shows its frame at once; its counts fill in when the stored cards have been read.
          <Hub decks={decks} />
        )}
      </Suspense>
    </section>
  );
}

export { PracticePage as Component };
