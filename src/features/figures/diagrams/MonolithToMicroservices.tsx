/** Foundations: the same shop as a monolith, as SOA over one shared database, and as microservices with their own data. */
import { useFigure, useFigureText } from '../context';
import { Arrow, Box, FigureSvg, Group, SIZE, Text } from '../kit';
import { monolithToMicroservicesText } from './monolithToMicroservices.text';

type Words = typeof monolithToMicroservicesText.en;
interface Panel {
  x: number;
  y: number;
  w: number;
  h: number;
  row: number;
}

function Monolith({ p, m }: { p: Panel; m: Words }) {
  const g = { x: p.x, y: p.y + 32, w: p.w, h: 2 * p.row + 52 };
  const cw = (p.w - 30) / 2;
  const features = [m.catalogue, m.cart, m.checkout, m.reports];
  const db = { x: p.x + 20, y: p.y + p.h - p.row - 6, w: p.w - 40, h: p.row };
  return (
    <g>
      <Text x={p.x} y={p.y} w={p.w} text={m.monolith} size={SIZE.title} bold anchor="start" valign="top" />
      <Group {...g} label={m.oneProcess} tone="gray" />
      {features.map((f, i) => (
        <Box key={f} x={p.x + 10 + (i % 2) * (cw + 10)} y={g.y + 30 + Math.floor(i / 2) * (p.row + 6)} w={cw} h={p.row} label={f} tone="blue" size={SIZE.small} />
      ))}
      <Box {...db} label={m.oneDb} tone="orange" size={SIZE.small} />
      <Arrow points={[[p.x + p.w / 2, g.y + g.h], [p.x + p.w / 2, db.y]]} head="both" />
    </g>
  );
}

function Soa({ p, m }: { p: Panel; m: Words }) {
  const cw = (p.w - 10) / 2;
  const services = [m.catalogue, m.cart, m.checkout, m.reports];
  const busY = p.y + 38 + 2 * (p.row + 6);
  const db = { x: p.x + 20, y: p.y + p.h - p.row - 6, w: p.w - 40, h: p.row };
  return (
    <g>
      <Text x={p.x} y={p.y} w={p.w} text={m.soa} size={SIZE.title} bold anchor="start" valign="top" />
      {services.map((f, i) => (
        <Box key={f} x={p.x + (i % 2) * (cw + 10)} y={p.y + 34 + Math.floor(i / 2) * (p.row + 6)} w={cw} h={p.row} label={f} tone="blue" size={SIZE.small} />
      ))}
      <Box x={p.x} y={busY} w={p.w} h={p.row} label={m.bus} tone="gray" size={SIZE.small} bold={false} />
      <Box {...db} label={m.sharedDb} tone="orange" size={SIZE.small} />
      <Arrow points={[[p.x + p.w / 2, busY + p.row], [p.x + p.w / 2, db.y]]} head="both" />
    </g>
  );
}

function Micro({ p, m }: { p: Panel; m: Words }) {
  const sw = p.w * 0.52;
  const services = [m.catalogue, m.cart, m.checkout];
  const gap = (p.h - 34 - 3 * p.row - 40) / 3;
  return (
    <g>
      <Text x={p.x} y={p.y} w={p.w} text={m.micro} size={SIZE.title} bold anchor="start" valign="top" />
      {services.map((f, i) => {
        const y = p.y + 34 + i * (p.row + gap);
        return (
          <g key={f}>
            <Box x={p.x} y={y} w={sw} h={p.row} label={f} tone="blue" size={SIZE.small} />
            <Box x={p.x + sw + 28} y={y} w={p.w - sw - 28} h={p.row} label={m.ownData} tone="green" size={SIZE.small} bold={false} />
            <Arrow points={[[p.x + sw, y + p.row / 2], [p.x + sw + 28, y + p.row / 2]]} head="both" />
          </g>
        );
      })}
      <Text x={p.x + p.w / 2} y={p.y + p.h - 22} w={p.w} text={m.between} size={SIZE.small} muted />
    </g>
  );
}

export default function MonolithToMicroservices() {
  const m = useFigureText(monolithToMicroservicesText);
  const wide = useFigure().layout === 'wide';
  const panels: Panel[] = wide
    ? [0, 1, 2].map((i) => ({ x: 16 + i * 236, y: 12, w: 216, h: 300, row: 44 }))
    : [0, 1, 2].map((i) => ({ x: 16, y: 12 + i * 246, w: 328, h: 226, row: 36 }));
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      <Monolith p={panels[0]!} m={m} />
      <Soa p={panels[1]!} m={m} />
      <Micro p={panels[2]!} m={m} />
    </FigureSvg>
  );
}
