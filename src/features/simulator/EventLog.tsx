import { useEffect, useRef } from 'react';
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

/** The events applied so far, oldest first; the newest is marked current and kept in view. */
export function EventLog({ events, position, m, onExplain, selected }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [position]);
  const shown = events.slice(0, position);
  return (
    <section className="sim-panel sim-events" aria-labelledby="sim-events-h">
      <h2 id="sim-events-h">{m('eventsHeading')}</h2>
      {shown.length === 0 ? (
        <p className="muted">{m('noEvents')}</p>
      ) : (
        <ol className="sim-event-list" ref={listRef} tabIndex={0} aria-labelledby="sim-events-h">
          {shown.map((e, i) => (
            <li key={i} className={`${isProblem(e) ? 'problem' : ''}${i === position - 1 ? ' current' : ''}`} aria-current={i === position - 1 ? 'step' : undefined}>
              <span className="sim-event-t">t={e.t}s</span>{' '}
              {isProblem(e) && (
                <span className="sim-event-mark" aria-hidden="true">
                  ⚠{' '}
                </span>
              )}
              <span className="sim-event-text">{eventText(e, m)}</span>
              {e.type === 'taskPlaced' && (
                <button type="button" className="sim-link-button" aria-pressed={selected === i} aria-label={`${m('whyButton')} ${e.taskId}`} onClick={() => onExplain(i)}>
                  {m('whyButton')}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
