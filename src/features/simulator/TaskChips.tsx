import { memo } from 'react';
import { statusGlyph, statusText } from './eventText';
import type { Msg } from './messages';
import type { ViewTask, WaitingTasks } from './playback';

export function revClass(revision: number): string {
  return `rev-${(revision - 1) % 4}`;
}

interface ChipProps {
  task: ViewTask;
  m: Msg;
  onExplain?: ((eventIndex: number) => void) | undefined;
  selected?: boolean;
}

/** One task: revision by colour and shape, state by glyph and border; a button to "Why here?" when it was placed in the run. */
export const TaskChip = memo(function TaskChip({ task, m, onExplain, selected }: ChipProps) {
  const cls = `sim-chip ${revClass(task.revision)} status-${task.status.toLowerCase()}${task.failed ? ' failed' : ''}${task.changed ? ' changed' : ''}${selected ? ' selected' : ''}`;
  const status = statusText(task, m);
  const body = (
    <>
      <span className="sim-chip-glyph" aria-hidden="true">
        {statusGlyph(task)}
      </span>
      <span aria-hidden="true">
        {task.taskId} · r{task.revision}
      </span>
    </>
  );
  const placedBy = task.placedBy;
  if (placedBy !== undefined && onExplain) {
    return (
      <li data-task={task.taskId}>
        <button type="button" className={cls} aria-label={m('chipLabel', { task: task.taskId, rev: task.revision, status })} aria-pressed={selected ?? false} onClick={() => onExplain(placedBy)}>
          {body}
        </button>
      </li>
    );
  }
  return (
    <li className={cls} data-task={task.taskId}>
      {body}
      <span className="visually-hidden">{m('chipLabelPlain', { task: task.taskId, rev: task.revision, status })}</span>
    </li>
  );
});

/**
 * An instance's chips, followed by empty slots up to the most it holds at any point of the run, so
 * the card is as tall at the first event as at the busiest one and nothing below it moves.
 */
export function Chips({ tasks, room, m, onExplain, selected }: { tasks: readonly ViewTask[]; room: number; m: Msg; onExplain?: ((i: number) => void) | undefined; selected: number | null }) {
  const slots = Math.max(0, room - tasks.length);
  return (
    <ul className="sim-chips">
      {tasks.map((task) => (
        <TaskChip key={task.taskId} task={task} m={m} onExplain={onExplain} selected={task.placedBy !== undefined && task.placedBy === selected} />
      ))}
      {Array.from({ length: slots }, (_, i) => (
        <li key={`slot-${i}`} className="sim-chip-slot" aria-hidden="true" />
      ))}
    </ul>
  );
}

const STATUS_ORDER = ['PENDING', 'RUNNING', 'STOPPING', 'STOPPED'] as const;

/**
 * A busy instance's tasks as counts (revision × state) instead of one chip each: a cluster of
 * thousands of tasks stays readable and cheap to draw. "Why here?" stays reachable from the event log.
 */
export function PackedTasks({ tasks, m }: { tasks: readonly ViewTask[]; m: Msg }) {
  const groups = new Map<string, { sample: ViewTask; n: number; changed: boolean }>();
  for (const t of tasks) {
    const key = `${t.revision}:${t.status}:${t.healthy}:${t.failed}`;
    const g = groups.get(key);
    if (g) {
      g.n++;
      g.changed ||= t.changed;
    } else groups.set(key, { sample: t, n: 1, changed: t.changed });
  }
  const sorted = [...groups.values()].sort((a, b) => a.sample.revision - b.sample.revision || STATUS_ORDER.indexOf(a.sample.status) - STATUS_ORDER.indexOf(b.sample.status) || Number(a.sample.healthy) - Number(b.sample.healthy));
  if (sorted.length === 0) return <p className="sim-empty muted">{m('noTasks')}</p>;
  return (
    <ul className="sim-chips packed">
      {sorted.map(({ sample, n, changed }) => (
        <li key={`${sample.revision}:${sample.status}:${sample.healthy}:${sample.failed}`} className={`sim-chip ${revClass(sample.revision)} status-${sample.status.toLowerCase()}${sample.failed ? ' failed' : ''}${changed ? ' changed' : ''}`}>
          <span className="sim-chip-glyph" aria-hidden="true">
            {statusGlyph(sample)}
          </span>
          <span aria-hidden="true">
            {n} × r{sample.revision}
          </span>
          <span className="visually-hidden">{m('packedLabel', { n, rev: sample.revision, status: statusText(sample, m) })}</span>
        </li>
      ))}
    </ul>
  );
}

/** Stacks texts in one grid cell so the cell is as tall as the tallest; only the first is seen and read. */
export function Sized({ shown, sizers, className = '', lang }: { shown: string; sizers: readonly string[]; className?: string; lang?: string | undefined }) {
  return (
    <span className={`sim-sized ${className}`} lang={lang}>
      <span>{shown}</span>
      {sizers.map((text, i) => (
        <span key={i} className="sim-sizer" aria-hidden="true">
          {text}
        </span>
      ))}
    </span>
  );
}

/**
 * Tasks the scheduler could not place, drawn as waiting chips with ECS's reason. The lane keeps
 * `rows` rows for the whole run (the most revisions that wait at once), each as tall as the longest
 * reasons of the run, so it does not move the cluster when a task starts or stops waiting.
 */
export function WaitingLane({ waiting, rows, reasons, m }: { waiting: readonly WaitingTasks[]; rows: number; reasons: readonly string[]; m: Msg }) {
  if (rows === 0) return null;
  const reason = (text: string) => ('reason' in m && typeof m.reason === 'function' ? (m.reason as (r: string) => string)(text) : text);
  return (
    <section className="sim-waiting" aria-label={m('waitingHeading')}>
      <p className="sim-waiting-h">{m('waitingHeading')}</p>
      <ul>
        {Array.from({ length: rows }, (_, i) => {
          const w = waiting[i];
          return (
            <li key={i} className={w ? 'sim-waiting-row' : 'sim-waiting-row empty'} aria-hidden={w ? undefined : true}>
              <span className="sim-waiting-shown" aria-hidden="true">
                <span className={`sim-chip waiting ${revClass(w?.revision ?? 1)}`}>
                  <span className="sim-chip-glyph">◌</span>
                  <span>{w ? m('waitingChip', { count: w.count, rev: w.revision }) : '\u00a0'}</span>
                </span>
                <Sized className="sim-waiting-reason" shown={w ? reason(w.reason) : ''} sizers={reasons.map(reason)} />
              </span>
              {w && <span className="visually-hidden">{m('waitingLabel', { count: w.count, rev: w.revision, reason: reason(w.reason) })}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
