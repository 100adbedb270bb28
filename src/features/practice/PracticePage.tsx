import { useCallback, useEffect, useState } from 'react';
import { Link, useLocation } from '@/ui/router';
import { Loading, PageTitle } from '@/ui/Page';
import { coreIndex, customCardId, generatedDrill, type CustomDeck } from './bank';
import { ExamScreen } from './ExamScreen';
import { Hub } from './Hub';
import { useMessages } from './messages';
import { dailyQueue, missedQueue } from './queue';
import { Session } from './Session';
import { useDecks } from './useDecks';
import './practice.css';

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

function Mode({ mode, params, decks }: { mode: string; params: URLSearchParams; decks: CustomDeck[] }) {
  const m = useMessages();
  const [queue, setQueue] = useState<string[]>();
  useEffect(() => {
    let live = true;
    const load = mode === 'daily' ? dailyQueue(decks) : mode === 'missed' ? missedQueue(decks) : Promise.resolve(topicQueue(params, decks));
    void load.then((q) => live && setQueue(q));
    return () => {
      live = false;
    };
    // The queue is built once per visit; answers update the database, not this list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mode]);
  const onEnd = useCallback(() => dailyQueue(decks), [decks]);
  if (!queue) return <Loading label={m('loading')} />;
  return <Session queue={queue} mode={mode === 'daily' ? 'daily' : mode === 'missed' ? 'missed' : 'topic'} decks={decks} {...(mode === 'daily' ? { onEnd } : {})} />;
}

const TITLES = { daily: 'dailyTitle', topic: 'topicTitle', missed: 'missedTitle', exam: 'examTitle' } as const;

export function PracticePage() {
  const m = useMessages();
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  const mode = params.get('mode');
  const decks = useDecks();
  const known = mode === 'daily' || mode === 'topic' || mode === 'missed' || mode === 'exam' ? mode : undefined;
  return (
    <section className="page practice">
      <PageTitle>{known ? m(TITLES[known]) : m('title')}</PageTitle>
      {known && (
        <p>
          <Link to="/practice">← {m('back')}</Link>
        </p>
      )}
      {known === 'exam' ? (
        <ExamScreen />
      ) : known ? (
        decks ? <Mode key={search} mode={known} params={params} decks={decks} /> : <Loading label={m('loading')} />
      ) : (
        // The hub shows its frame at once; its counts fill in when the stored cards have been read.
        <Hub decks={decks} />
      )}
    </section>
  );
}

export { PracticePage as Component };
