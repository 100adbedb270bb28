import { memo, useLayoutEffect, useRef, type CSSProperties } from 'react';
import type { Msg } from './messages';
import type { ClusterView as View, RunExtent, ViewInstance, ViewTask } from './playback';
import { statusGlyph, statusText } from './eventText';
import { Chips, PackedTasks, revClass, TaskChip, WaitingLane } from './TaskChips';

export { TaskChip };

/** Above this many instances, or this many tasks at once, tasks are drawn as counts (see PackedTasks). */
export const PACK_INSTANCES = 24;
export const PACK_TASKS = 160;
/** Above this many chips, chips no longer glide to their new place (measuring each costs a layout). */
const GLIDE_AT_MOST = 60;

export function isPacked(extent: RunExtent, instances: number): boolean {
  const tasks = Object.values(extent.tasksPerInstance).reduce((n, k) => n + k, 0) + extent.fargateTasks;
  return instances > PACK_INSTANCES || tasks > PACK_TASKS;
}

interface Props {
  view: View;
  /** The room the whole run needs: chip slots per instance, the ports gauge, the waiting lane. */
  extent: RunExtent;
  /** The longest reasons the run gives for unplaceable tasks (the waiting lane keeps room for them). */
  reasons?: readonly string[];
  m: Msg;
  /** Called with the taskPlaced event index when a task chip is chosen. */
  onExplain?: ((eventIndex: number) => void) | undefined;
  selected?: number | null;
  compact?: boolean;
  /** Heading level for the zone headings. */
  level?: 3 | 4;
  style?: CSSProperties;
  className?: string;
}

function Gauge({ name, used, total, text }: { name: string; used: number; total: number | undefined; text: string }) {
  const pct = total && total > 0 ? Math.min(100, Math.round((used / total) * 100)) : 0;
  const full = total !== undefined && used >= total;
  return (
    <div className="sim-gauge">
      <span className="sim-gauge-name">{name}</span>
      <span className="sim-gauge-value">{text}</span>
      {total !== undefined && (
        <span className={`sim-gauge-bar${full ? ' full' : ''}`} aria-hidden="true">
          <span style={{ width: `${pct}%` }} />
        </span>
      )}
    </div>
  );
}

interface InstanceProps {
  inst: ViewInstance;
  m: Msg;
  onExplain: Props['onExplain'];
  /** The explained placement when it is on this instance, else null (so other cards need not render). */
  selected: number | null;
  room: number;
  ports: boolean;
  packed: boolean;
}

const Instance = memo(function Instance({ inst, m, onExplain, selected, room, ports, packed }: InstanceProps) {
  const list = inst.staticPorts.length > 0 ? inst.staticPorts.join(', ') : '';
  return (
    <li className={`sim-instance${inst.active ? '' : ' inactive'}`}>
      <div className="sim-instance-head">
        <strong className="sim-instance-id">{inst.id}</strong> <span className="muted">{inst.instanceType}</span>
        {!inst.active && <span className="sim-badge">✕ {m('instanceStopped')}</span>}
      </div>
      <div className="sim-gauges">
        <Gauge name={m('gaugeCpu')} used={inst.usedCpu} total={inst.cpu} text={m('gaugeCpuValue', { used: inst.usedCpu, total: inst.cpu })} />
        <Gauge name={m('gaugeMemory')} used={inst.usedMemory} total={inst.memory} text={m('gaugeMemoryValue', { used: inst.usedMemory, total: inst.memory })} />
        {ports && (
          <Gauge name={m('gaugePorts')} used={0} total={undefined} text={m('gaugePortsValue', { static: list ? `${inst.staticPorts.length} (${list})` : 0, dynamic: inst.dynamicPorts })} />
        )}
        {inst.usesEni && (
          <Gauge
            name={m('gaugeEni')}
            used={inst.enisUsed}
            total={inst.eniLimit}
            text={inst.eniLimit === undefined ? m('gaugeEniUnknown', { used: inst.enisUsed }) : m('gaugeEniValue', { used: inst.enisUsed, limit: inst.eniLimit })}
          />
        )}
      </div>
      {packed ? (
        <PackedTasks tasks={inst.tasks} m={m} />
      ) : room === 0 ? (
        <p className="sim-empty muted">{m('noTasks')}</p>
      ) : (
        <Chips tasks={inst.tasks} room={room} m={m} onExplain={onExplain} selected={selected} />
      )}
    </li>
  );
});

/**
 * Task chips glide to their new place when others leave (first-last-invert-play), unless the learner
 * prefers reduced motion or the cluster holds too many chips to measure each one every step.
 */
function useGlide(view: View, enabled: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  const last = useRef(new Map<string, DOMRect>());
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root || !enabled) {
      last.current.clear();
      return;
    }
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
  }, [view, enabled]);
  return ref;
}

/**
 * The cluster drawn by Availability Zone and instance, with usage gauges, task chips and the tasks waiting
 * for a place. Zones are groups, not landmarks: a lesson can show the same zones in several widgets.
 */
export function ClusterView({ view, extent, reasons = [], m, onExplain, selected = null, compact = false, level = 3, style, className = '' }: Props) {
  const H = level === 3 ? 'h3' : 'h4';
  const instances = view.zones.reduce((n, z) => n + z.instances.length, 0);
  const packed = isPacked(extent, instances);
  const chips = packed ? 0 : Object.values(extent.tasksPerInstance).reduce((n, k) => n + k, 0) + extent.fargateTasks;
  const ref = useGlide(view, !packed && chips <= GLIDE_AT_MOST);
  const holding = (tasks: readonly ViewTask[]) => selected !== null && tasks.some((t) => t.placedBy === selected);
  // Every chip is as wide as the run's widest: glyph, id, " · r", revision digits.
  const chars = 1 + Math.max(3, extent.longestTaskId) + 4 + String(Math.max(1, ...extent.revisions)).length;
  const idWidth = { '--sim-chip-chars': chars } as CSSProperties;
  return (
    <div className={`sim-cluster${compact ? ' compact' : ''}${packed ? ' packed' : ''} ${className}`} ref={ref} style={{ ...idWidth, ...style }}>
      <WaitingLane waiting={view.waiting} rows={extent.waiting} reasons={reasons} m={m} />
      {view.zones.map((zone) => (
        <section key={zone.name} role="group" className="sim-zone" aria-label={m('zone', { name: zone.name })}>
          <H className="sim-zone-name">{m('zone', { name: zone.name })}</H>
          <ul className="sim-instances">
            {zone.instances.map((inst) => (
              <Instance
                key={inst.id}
                inst={inst}
                m={m}
                onExplain={onExplain}
                selected={holding(inst.tasks) ? selected : null}
                room={extent.tasksPerInstance[inst.id] ?? inst.tasks.length}
                ports={extent.ports}
                packed={packed}
              />
            ))}
          </ul>
        </section>
      ))}
      {(extent.fargateTasks > 0 || view.fargate.length > 0) && (
        <section role="group" className="sim-zone sim-fargate" aria-label={m('fargateHeading')}>
          <H className="sim-zone-name">{m('fargateHeading')}</H>
          {packed ? (
            <PackedTasks tasks={view.fargate} m={m} />
          ) : (
            <Chips tasks={view.fargate} room={extent.fargateTasks} m={m} onExplain={onExplain} selected={holding(view.fargate) ? selected : null} />
          )}
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
            <span className={`sim-swatch ${revClass(rev)}`} aria-hidden="true" />r{rev} = {m('revision', { rev })}
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
