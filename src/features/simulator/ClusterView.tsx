import { useLayoutEffect, useRef } from 'react';
import type { Msg } from './messages';
import type { ClusterView as View, ViewInstance, ViewTask } from './playback';
import { statusGlyph, statusText } from './eventText';

interface Props {
  view: View;
  m: Msg;
  /** Called with the taskPlaced event index when a task chip is chosen. */
  onExplain?: ((eventIndex: number) => void) | undefined;
  selected?: number | null;
  compact?: boolean;
  /** Heading level for the zone headings. */
  level?: 3 | 4;
}

function Gauge({ name, used, total, text }: { name: string; used: number; total: number | undefined; text: string }) {
  const pct = total && total > 0 ? Math.min(100, Math.round((used / total) * 100)) : 0;
  const full = total !== undefined && used >= total;
  return (
    <div className="sim-gauge">
      <span className="sim-gauge-name">{name}</span>
      <span className={`sim-gauge-bar${full ? ' full' : ''}`} aria-hidden="true">
        <span style={{ width: `${pct}%` }} />
      </span>
      <span className="sim-gauge-value">{text}</span>
    </div>
  );
}

export function TaskChip({ task, m, onExplain, selected }: { task: ViewTask; m: Msg; onExplain?: ((i: number) => void) | undefined; selected?: boolean }) {
  const revClass = `rev-${(task.revision - 1) % 4}`;
  const cls = `sim-chip ${revClass} status-${task.status.toLowerCase()}${task.failed ? ' failed' : ''}${task.changed ? ' changed' : ''}${selected ? ' selected' : ''}`;
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
}

function Instance({ inst, m, onExplain, selected, compact }: { inst: ViewInstance; m: Msg; onExplain: Props['onExplain']; selected: number | null; compact: boolean }) {
  const ports = `${inst.staticPorts.length > 0 ? inst.staticPorts.join(', ') : '0'}`;
  return (
    <li className={`sim-instance${inst.active ? '' : ' inactive'}`}>
      <div className="sim-instance-head">
        <strong>{inst.id}</strong> <span className="muted">{inst.instanceType}</span>
        {!inst.active && <span className="sim-badge">✕ {m('instanceStopped')}</span>}
      </div>
      <div className="sim-gauges">
        <Gauge name={m('gaugeCpu')} used={inst.usedCpu} total={inst.cpu} text={m('gaugeCpuValue', { used: inst.usedCpu, total: inst.cpu })} />
        <Gauge name={m('gaugeMemory')} used={inst.usedMemory} total={inst.memory} text={m('gaugeMemoryValue', { used: inst.usedMemory, total: inst.memory })} />
        {!compact || inst.staticPorts.length > 0 || inst.dynamicPorts > 0 ? (
          <Gauge name={m('gaugePorts')} used={0} total={undefined} text={m('gaugePortsValue', { static: inst.staticPorts.length > 0 ? `${inst.staticPorts.length} (${ports})` : 0, dynamic: inst.dynamicPorts })} />
        ) : null}
        {inst.usesEni && (
          <Gauge
            name={m('gaugeEni')}
            used={inst.enisUsed}
            total={inst.eniLimit}
            text={inst.eniLimit === undefined ? m('gaugeEniUnknown', { used: inst.enisUsed }) : m('gaugeEniValue', { used: inst.enisUsed, limit: inst.eniLimit })}
          />
        )}
      </div>
      {inst.tasks.length === 0 ? (
        <p className="sim-empty muted">{m('noTasks')}</p>
      ) : (
        <ul className="sim-chips">
          {inst.tasks.map((task) => (
            <TaskChip key={task.taskId} task={task} m={m} onExplain={onExplain} selected={task.placedBy !== undefined && task.placedBy === selected} />
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * Task chips glide to their new place when others leave (first-last-invert-play), unless the learner
 * prefers reduced motion.
 */
function useGlide(view: View) {
  const ref = useRef<HTMLDivElement>(null);
  const last = useRef(new Map<string, DOMRect>());
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    const reduce = typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const next = new Map<string, DOMRect>();
    root.querySelectorAll<HTMLElement>('[data-task]').forEach((chip) => {
      const id = chip.dataset.task ?? '';
      const rect = chip.getBoundingClientRect();
      next.set(id, rect);
      const before = last.current.get(id);
      if (!before || reduce || typeof chip.animate !== 'function') return;
      const dx = before.left - rect.left;
      const dy = before.top - rect.top;
      if (Math.abs(dx) < 1 && Math.abs(dy) < 1) return;
      chip.animate([{ transform: `translate(${dx}px, ${dy}px)` }, { transform: 'none' }], { duration: 400, easing: 'ease-out' });
    });
    last.current = next;
  }, [view]);
  return ref;
}

/**
 * The cluster drawn by Availability Zone and instance, with usage gauges and task chips. Zones are
 * groups, not landmarks: a lesson can show the same zones in several widgets.
 */
export function ClusterView({ view, m, onExplain, selected = null, compact = false, level = 3 }: Props) {
  const H = level === 3 ? 'h3' : 'h4';
  const ref = useGlide(view);
  return (
    <div className={`sim-cluster${compact ? ' compact' : ''}`} ref={ref}>
      {view.zones.map((zone) => (
        <section key={zone.name} role="group" className="sim-zone" aria-label={m('zone', { name: zone.name })}>
          <H className="sim-zone-name">{m('zone', { name: zone.name })}</H>
          <ul className="sim-instances">
            {zone.instances.map((inst) => (
              <Instance key={inst.id} inst={inst} m={m} onExplain={onExplain} selected={selected} compact={compact} />
            ))}
          </ul>
        </section>
      ))}
      {view.fargate.length > 0 && (
        <section role="group" className="sim-zone" aria-label={m('fargateHeading')}>
          <H className="sim-zone-name">{m('fargateHeading')}</H>
          <ul className="sim-chips">
            {view.fargate.map((task) => (
              <TaskChip key={task.taskId} task={task} m={m} onExplain={onExplain} selected={task.placedBy !== undefined && task.placedBy === selected} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** What the chip colours, glyphs and shapes mean. */
export function Legend({ m, revisions }: { m: Msg; revisions: number[] }) {
  const sample = (status: ViewTask['status'], healthy: boolean, failed: boolean): ViewTask => ({
    taskId: '', instanceId: '', revision: 1, status, healthy, failed, spec: { cpu: 0, memory: 0, staticPorts: [], dynamicPorts: 0, eni: false }, placedBy: undefined, changed: false,
  });
  const states = [sample('PENDING', false, false), sample('RUNNING', false, false), sample('RUNNING', true, false), sample('RUNNING', false, true), sample('STOPPING', false, false)];
  return (
    <details className="sim-legend">
      <summary>{m('legend')}</summary>
      <ul>
        {revisions.map((rev) => (
          <li key={`r${rev}`}>
            <span className={`sim-swatch rev-${(rev - 1) % 4}`} aria-hidden="true" />r{rev} = {m('revision', { rev })}
          </li>
        ))}
        {states.map((s, i) => (
          <li key={i}>
            <span className="sim-legend-glyph" aria-hidden="true">
              {statusGlyph(s)}
            </span>
            {statusText(s, m)}
          </li>
        ))}
      </ul>
    </details>
  );
}
