/**
 * A capacity provider strategy: the base tasks on FARGATE first, then the rest shared out by weight between
 * FARGATE and FARGATE_SPOT. Two figures use it: ten tasks with base 2 (ECS lessons) and twenty with base 4
 * (the Fargate lesson).
 */
import { useFigure, useFigureText } from '../context';
import { FigureSvg, SIZE, Text } from '../kit';
import type { FigureTextDef } from '../text';
import { capacityStrategy10Text, capacityStrategy20Text } from './capacityStrategy.text';

type Words = { [K in keyof typeof capacityStrategy10Text.en]: string };

/** Which provider each task lands on, in launch order: base first, then the weights' pattern. */
export function allocate(count: number, base: number, w1: number, w2: number): ('f' | 's')[] {
  const out: ('f' | 's')[] = Array.from({ length: Math.min(base, count) }, () => 'f');
  let f = 0;
  let s = 0;
  while (out.length < count) {
    // Give the next task to the provider furthest below its share of the tasks placed after the base.
    if (f * (w1 + w2) <= (f + s) * w1 && w1 > 0) {
      out.push('f');
      f++;
    } else {
      out.push('s');
      s++;
    }
  }
  return out;
}

function Strategy({ text, count, base }: { text: FigureTextDef<Words>; count: number; base: number }) {
  const m = useFigureText(text);
  const wide = useFigure().layout === 'wide';
  const tasks = allocate(count, base, 1, 3);
  const perRow = 10;
  const size = wide ? 50 : 28;
  const gap = wide ? 12 : 5;
  const x0 = wide ? (720 - (perRow * size + (perRow - 1) * gap)) / 2 : 14;
  const y0 = 74;
  const at = (i: number) => ({ x: x0 + (i % perRow) * (size + gap), y: y0 + Math.floor(i / perRow) * (size + gap + 10) });
  const rows = Math.ceil(count / perRow);
  const f = tasks.filter((t) => t === 'f').length;
  const bracket = (from: number, to: number, label: string) => {
    const a = at(from).x;
    const b = at(to).x + size;
    return (
      <g>
        <polyline className="fig-line" points={`${a},${y0 - 8} ${a},${y0 - 16} ${b},${y0 - 16} ${b},${y0 - 8}`} />
        <Text x={(a + b) / 2} y={y0 - 30} w={Math.max(b - a, 80)} text={label} size={SIZE.small} />
      </g>
    );
  };
  const bottom = y0 + rows * (size + gap + 10);
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      {bracket(0, base - 1, m.base)}
      {bracket(base, Math.min(perRow, count) - 1, m.rest.replace('{w1}', '1').replace('{w2}', '3'))}
      {tasks.map((t, i) => (
        <rect key={i} className={`fig-box fig-tone-${t === 'f' ? 'blue' : 'purple'}${i < base ? ' fig-current' : ''}`} {...at(i)} width={size} height={size} rx={6} />
      ))}
      {[
        { tone: 'blue', label: m.fargate },
        { tone: 'purple', label: m.spot },
      ].map((l, i) => (
        <g key={l.tone}>
          <rect className={`fig-box fig-tone-${l.tone}`} x={x0 + i * (wide ? 220 : 170)} y={bottom + 4} width={18} height={18} rx={4} />
          <Text x={x0 + i * (wide ? 220 : 170) + 26} y={bottom + 13} w={160} text={l.label} size={SIZE.small} mono anchor="start" />
        </g>
      ))}
      <Text x={x0} y={bottom + 36} w={wide ? 600 : 332} text={m.total.replace('{n}', String(f)).replace('{s}', String(count - f))} bold anchor="start" valign="top" />
    </FigureSvg>
  );
}

export function CapacityStrategy10() {
  return <Strategy text={capacityStrategy10Text} count={10} base={2} />;
}

export function CapacityStrategy20() {
  return <Strategy text={capacityStrategy20Text} count={20} base={4} />;
}
