import { memo, useEffect, useRef } from 'react';
import type { TraceEvent } from '@/engine/deployment';
import type { Msg } from './messages';
import { eventText, isProblem } from './eventText';

interface Props {
  events: readonly TraceEvent[];
  position: number;
  m: Msg;
  onExplain: (eventIndex: number) => void;
  selected: number | null;
}

/** The most events listed at once: a run of thousands lists its latest ones, the scrubber reaches the rest. */
export const LISTED_AT_MOST = 150;

const Row = memo(function Row({ e, i, current, m, onExplain, pressed }: { e: TraceEvent; i: number; current: boolean; m: Msg; onExplain: (i: number) => void; pressed: boolean }) {
  return (
    <li className={`${isProblem(e) ? 'problem' : ''}${current ? ' current' : ''}`} aria-current={current ? 'step' : undefined}>
      <span className="sim-event-t">t={e.t}s</span>{' '}
      {isProblem(e) && (
        <span className="sim-event-mark" aria-hidden="true">
          ⚠{' '}
        </span>
      )}
      <span className="sim-event-text">{eventText(e, m)}</span>
      {e.type === 'taskPlaced' && (
        <button type="button" className="sim-link-button" aria-pressed={pressed} aria-label={`${m('whyButton')} ${e.taskId}`} onClick={() => onExplain(i)}>
          {m('whyButton')}
        </button>
      )}
    </li>
  );
});

/** The events applied so far, oldest first; the newest is marked current and kept in view. */
export function EventLog({ events, position, m, onExplain, selected }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [position]);
  const from = Math.max(0, position - LISTED_AT_MOST);
  const shown = events.slice(from, position);
  return (
    <section className="sim-panel sim-events" aria-labelledby="sim-events-h">
      <h2 id="sim-events-h">{m('eventsHeading')}</h2>
      {shown.length === 0 ? (
        <p className="muted">{m('noEvents')}</p>
      ) : (
        <>
          {from > 0 && <p className="sim-events-earlier muted">{m('eventsEarlier', { n: from })}</p>}
          <ol className="sim-event-list" ref={listRef} tabIndex={0} aria-labelledby="sim-events-h" start={from + 1}>
            {shown.map((e, k) => {
              const i = from + k;
              return <Row key={i} e={e} i={i} current={i === position - 1} m={m} onExplain={onExplain} pressed={selected === i} />;
            })}
          </ol>
        </>
      )}
    </section>
  );
}
