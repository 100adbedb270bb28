/** ECS task definitions: a soft memoryReservation, bursts above it, and the hard memory limit. */
import { useFigure, useFigureText } from '../context';
import { FigureSvg, SIZE, Text } from '../kit';
import { memoryLimitsText } from './memoryLimits.text';

const MAX = 1100;

export default function MemoryLimits() {
  const m = useFigureText(memoryLimitsText);
  const wide = useFigure().layout === 'wide';
  const x0 = wide ? 30 : 14;
  const x1 = wide ? 690 : 346;
  const at = (mib: number) => x0 + (mib / MAX) * (x1 - x0);
  const top = wide ? 74 : 78;
  const rowStep = wide ? 52 : 56;
  const rows = [
    { label: m.usual, to: 200, tone: 'blue' },
    { label: m.burst, to: 600, tone: 'blue' },
    { label: m.leak, to: MAX, tone: 'red' },
  ];
  const axisY = top + rows.length * rowStep + 6;
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      <Text x={at(256) + 6} y={10} w={wide ? 190 : 150} text={m.reservation} size={SIZE.small} anchor="start" valign="top" />
      <Text x={wide ? at(1024) - 6 : x1} y={wide ? 10 : axisY + 30} w={wide ? 190 : 200} text={m.hard} size={SIZE.small} anchor="end" valign="top" />
      {rows.map((r, i) => {
        const y = top + i * rowStep;
        return (
          <g key={i}>
            <Text x={x0} y={y} w={x1 - x0} text={r.label} size={SIZE.small} anchor="start" valign="top" halo />
            <rect className="fig-box fig-tone-blue" x={x0} y={y + 20} width={at(Math.min(r.to, 1024)) - x0} height={20} rx={4} />
            {r.to > 1024 && <rect className="fig-box fig-tone-red" x={at(1024)} y={y + 20} width={at(r.to) - at(1024)} height={20} rx={4} />}
          </g>
        );
      })}
      <line className="fig-rule fig-dashed" x1={at(256)} x2={at(256)} y1={wide ? 54 : 66} y2={axisY} style={{ stroke: 'var(--fig-purple)', strokeWidth: 2.5 }} />
      <line className="fig-rule" x1={at(1024)} x2={at(1024)} y1={wide ? 54 : 66} y2={axisY} style={{ stroke: 'var(--fig-red)', strokeWidth: 3 }} />
      <line className="fig-line" x1={x0} x2={x1} y1={axisY} y2={axisY} />
      {[0, 256, 600, 1024].map((v) => (
        <g key={v}>
          <line className="fig-line" x1={at(v)} x2={at(v)} y1={axisY} y2={axisY + 6} />
          <Text x={at(v)} y={axisY + 8} w={90} text={v === 1024 ? '1024 MiB' : String(v)} size={SIZE.small} valign="top" />
        </g>
      ))}
    </FigureSvg>
  );
}
