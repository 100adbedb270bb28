/**
 * ECS placement: the binpack-memory simulator scenario drawn as memory columns, so the lesson's example, this
 * figure and the widget under it use the same instances (4, 8 and 2 GiB) and the same five 1 GiB tasks.
 * Animated: each frame places one more task, in the order binpack chooses.
 */
import { ec2Instance } from '@/ui/awsIcons';
import { useFigure, useFigureText } from '../context';
import { FigureSvg, Icon, Reveal, SIZE, Text, textBlockHeight } from '../kit';
import { binpackMemoryText } from './binpackMemory.text';

// GiB of each instance, in the scenario's order, and the instance each task lands on (task n → index).
const INSTANCES = [4, 8, 2] as const;
const PLACED = [2, 2, 0, 0, 0] as const;

export default function BinpackMemory() {
  const m = useFigureText(binpackMemoryText);
  const { layout, frame, frames } = useFigure();
  const wide = layout === 'wide';
  const names = [m.small, m.large, m.tiny];
  const colW = wide ? 200 : 104;
  const gap = wide ? 40 : 12;
  const x0 = wide ? 40 : 10;
  const unit = wide ? 26 : 34;
  const base = wide ? 224 : 286;
  const slotW = wide ? 120 : 84;
  // Tasks shown so far: frame 0 is the empty cluster, frame k has k tasks placed.
  const shown = frames > 1 ? frame : PLACED.length;
  const used = INSTANCES.map((_, i) => PLACED.slice(0, shown).filter((p) => p === i).length);
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      {INSTANCES.map((gib, i) => {
        const x = x0 + i * (colW + gap);
        const sx = x + (colW - slotW) / 2;
        const free = gib - used[i]!;
        return (
          <g key={i}>
            {Array.from({ length: gib }, (_, k) => (
              <rect key={k} className="fig-box fig-tone-soft fig-dashed" x={sx} y={base - (k + 1) * unit + 2} width={slotW} height={unit - 4} rx={4} />
            ))}
            {PLACED.map((p, t) => {
              if (p !== i) return null;
              const k = PLACED.slice(0, t).filter((q) => q === i).length;
              const y = base - (k + 1) * unit + 2;
              return (
                <Reveal key={t} at={t + 1}>
                  <rect className="fig-box fig-tone-orange" x={sx} y={y} width={slotW} height={unit - 4} rx={4} />
                  <Text x={sx + slotW / 2} y={y + (unit - 4) / 2} w={slotW - 8} text={m.task.replace('{n}', String(t + 1))} size={SIZE.small} bold />
                </Reveal>
              );
            })}
            <line className="fig-line" x1={x} x2={x + colW} y1={base + 2} y2={base + 2} />
            <Icon icon={ec2Instance} x={x + (colW - 26) / 2} y={base + 8} size={26} />
            <Text x={x + colW / 2} y={base + 40} w={colW} text={names[i]!} size={SIZE.small} bold valign="top" />
            <Text x={x + colW / 2} y={base + 42 + textBlockHeight(names[i]!, colW, SIZE.small, true)} w={colW} text={used[i] === 0 ? m.empty : m.free.replace('{n}', String(free))} size={SIZE.small} muted valign="top" />
          </g>
        );
      })}
    </FigureSvg>
  );
}
