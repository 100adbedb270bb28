/**
 * The waves of a rolling update as a strip of columns, one per step: each column stacks the old revision's
 * tasks (or Pods) under the new revision's, between a dashed floor (the fewest healthy copies allowed) and a
 * dashed ceiling (the most copies allowed). In an animated figure the columns appear one step at a time and
 * the current step is outlined. Used by the ECS and the Kubernetes rolling update figures.
 */
import { useFigure } from '../context';
import { Reveal, SIZE, Text } from '../kit';

export interface RollingChartProps {
  x: number;
  y: number;
  w: number;
  h: number;
  title: string;
  /** [old, new] copies at each step. */
  waves: readonly (readonly [number, number])[];
  floor: number;
  ceiling: number;
  floorLabel: string;
  ceilingLabel: string;
  stepLabels: readonly string[];
  /** Largest stack the chart must hold (the same for charts drawn side by side). */
  scale: number;
}

export function RollingChart({ x, y, w, h, title, waves, floor, ceiling, floorLabel, ceilingLabel, stepLabels, scale }: RollingChartProps) {
  const { frame, frames } = useFigure();
  const n = waves.length;
  // The floor and ceiling are named in a gutter at the right, clear of the columns.
  const gutter = 92;
  const colW = (w - gutter) / n;
  const labelH = 44;
  const top = y + 30;
  const base = y + h - labelH;
  const unit = (base - top - 22) / scale;
  const size = Math.min(unit - 3, colW * 0.62, 26);
  const level = (count: number) => base - count * unit;
  const animated = frames > 1 && frame < frames - 1;
  return (
    <g>
      <Text x={x} y={y} w={w} text={title} size={SIZE.title} bold anchor="start" valign="top" />
      {[
        { at: ceiling, label: ceilingLabel, tone: 'fig-fill-orange' },
        { at: floor, label: floorLabel, tone: 'fig-fill-blue' },
      ].map((line) => (
        <g key={line.label}>
          <line className="fig-rule fig-dashed" x1={x} x2={x + w - gutter + 4} y1={level(line.at) - 1.5} y2={level(line.at) - 1.5} />
          <Text x={x + w - gutter + 10} y={level(line.at) - 1.5} w={gutter - 10} text={line.label} size={SIZE.small} anchor="start" />
        </g>
      ))}
      <line className="fig-line" x1={x} x2={x + w - gutter + 4} y1={base} y2={base} />
      {waves.map(([oldCount, newCount], i) => {
        const cx = x + i * colW + colW / 2;
        const cells = [...Array.from({ length: oldCount }, () => 'blue'), ...Array.from({ length: newCount }, () => 'green')];
        return (
          <Reveal key={i} at={i}>
            {animated && i === frame && <rect className="fig-box fig-current" x={cx - colW / 2 + 3} y={top - 4} width={colW - 6} height={base - top + labelH} rx={8} fill="none" />}
            {cells.map((tone, k) => (
              <rect key={k} className={`fig-box fig-tone-${tone}`} x={cx - size / 2} y={base - (k + 1) * unit + 1.5} width={size} height={size} rx={3} />
            ))}
            <Text x={cx} y={base + 6} w={colW - 4} text={stepLabels[i] ?? ''} size={SIZE.small} valign="top" />
          </Reveal>
        );
      })}
    </g>
  );
}

/** Square swatches naming the two revisions. */
export function RevisionLegend({ x, y, oldLabel, newLabel }: { x: number; y: number; oldLabel: string; newLabel: string }) {
  return (
    <g>
      <rect className="fig-box fig-tone-blue" x={x} y={y} width={16} height={16} rx={3} />
      <Text x={x + 24} y={y + 8} w={200} text={oldLabel} size={SIZE.small} anchor="start" />
      <rect className="fig-box fig-tone-green" x={x + 170} y={y} width={16} height={16} rx={3} />
      <Text x={x + 194} y={y + 8} w={200} text={newLabel} size={SIZE.small} anchor="start" />
    </g>
  );
}
