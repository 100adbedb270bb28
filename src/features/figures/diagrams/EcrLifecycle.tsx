/** ECR: two lifecycle rules applied to a repository's images, the ones that stay and the ones that expire. */
import { useFigure, useFigureText } from '../context';
import { Box, FigureSvg, SIZE, Text, textBlockHeight } from '../kit';
import { ecrLifecycleText } from './ecrLifecycle.text';

interface Tile {
  label: string;
  sub: string;
  expires?: boolean;
}

function Lane({ x, y, w, perRow, title, tiles }: { x: number; y: number; w: number; perRow: number; title: string; tiles: Tile[] }) {
  const gap = 10;
  const tw = (w - gap * (perRow - 1)) / perRow;
  const top = y + textBlockHeight(title, w, SIZE.body, true) + 10;
  return (
    <g>
      <Text x={x} y={y} w={w} text={title} bold anchor="start" valign="top" />
      {tiles.map((t, i) => (
        <Box key={i} x={x + (i % perRow) * (tw + gap)} y={top + Math.floor(i / perRow) * 70} w={tw} h={60} label={t.label} sub={t.sub} mono={t.label.startsWith('prod')} size={14} tone={t.expires ? 'red' : 'blue'} dashed={t.expires} />
      ))}
    </g>
  );
}

export default function EcrLifecycle() {
  const m = useFigureText(ecrLifecycleText);
  const wide = useFigure().layout === 'wide';
  const days = (n: number, expires = false) => (expires ? m.expires : m.days).replace('{n}', String(n));
  const lane1: Tile[] = [
    { label: m.untagged, sub: days(2) },
    { label: m.untagged, sub: days(9) },
    { label: m.untagged, sub: days(20, true), expires: true },
    { label: m.untagged, sub: days(41, true), expires: true },
  ];
  const lane2: Tile[] = [
    { label: 'prod-112', sub: m.newest },
    { label: 'prod-111', sub: m.second },
    { label: '…', sub: '' },
    { label: 'prod-83', sub: m.thirtieth },
    { label: 'prod-82', sub: m.thirtyFirst, expires: true },
    { label: 'prod-81', sub: m.thirtySecond, expires: true },
  ];
  const w = wide ? 692 : 332;
  const perRow = wide ? 6 : 3;
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      <Lane x={14} y={12} w={w} perRow={wide ? 4 : 2} title={m.rule1} tiles={lane1} />
      <Lane x={14} y={wide ? 132 : 202} w={w} perRow={perRow} title={m.rule2} tiles={lane2} />
      <Text x={14} y={wide ? 256 : 418} w={w} text={m.footer} size={SIZE.small} muted anchor="start" valign="top" />
    </FigureSvg>
  );
}
