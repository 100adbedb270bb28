/** Foundations: a hypervisor stack with a kernel per VM beside a container stack with one shared kernel. */
import { useFigure, useFigureText } from '../context';
import { Box, FigureSvg, Group, SIZE, Text, type Tone } from '../kit';
import { vmVsContainerText } from './vmVsContainer.text';

interface Geometry {
  x: number;
  y: number;
  w: number;
  row: number;
  gap: number;
}

/** A stack of full-width layers under a row of isolated columns, each column a stack of its own layers. */
function Stack({ g, heading, columns, shared }: { g: Geometry; heading: string; columns: { label: string; tone: Tone }[][]; shared: { label: string; tone: Tone }[] }) {
  const colGap = columns.length > 2 ? 10 : 14;
  const colW = (g.w - colGap * (columns.length - 1)) / columns.length;
  const top = g.y + 30;
  const depth = columns[0]!.length;
  const rowY = (i: number) => top + i * (g.row + g.gap);
  return (
    <g>
      <Text x={g.x} y={g.y} w={g.w} text={heading} size={SIZE.title} bold anchor="start" valign="top" />
      {columns.map((layers, c) => {
        const x = g.x + c * (colW + colGap);
        return (
          <g key={c}>
            <Group x={x - 5} y={top - 5} w={colW + 10} h={depth * g.row + (depth - 1) * g.gap + 10} label="" tone="soft" dashed />
            {layers.map((layer, i) => (
              <Box key={i} x={x} y={rowY(i)} w={colW} h={g.row} label={layer.label} tone={layer.tone} size={SIZE.body} />
            ))}
          </g>
        );
      })}
      {shared.map((layer, i) => (
        <Box key={i} x={g.x} y={rowY(depth + i)} w={g.w} h={g.row} label={layer.label} tone={layer.tone} />
      ))}
    </g>
  );
}

export default function VmVsContainer() {
  const m = useFigureText(vmVsContainerText);
  const { layout } = useFigure();
  const wide = layout === 'wide';
  const left: Geometry = wide ? { x: 20, y: 14, w: 330, row: 42, gap: 10 } : { x: 16, y: 12, w: 328, row: 36, gap: 8 };
  const right: Geometry = wide ? { x: 370, y: 14, w: 330, row: 42, gap: 10 } : { x: 16, y: 276, w: 328, row: 36, gap: 8 };
  const vm = (app: string) => [
    { label: app, tone: 'blue' as Tone },
    { label: m.libs, tone: 'plain' as Tone },
    { label: m.guestOs, tone: 'orange' as Tone },
  ];
  const container = (app: string) => [
    { label: app, tone: 'blue' as Tone },
    { label: m.libs, tone: 'plain' as Tone },
  ];
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      <Stack g={left} heading={m.vms} columns={[vm(m.appA), vm(m.appB)]} shared={[{ label: m.hypervisor, tone: 'gray' }, { label: m.hardware, tone: 'gray' }]} />
      <Stack
        g={right}
        heading={m.containers}
        columns={[container(m.appA), container(m.appB), container(m.appC)]}
        shared={[
          { label: m.runtime, tone: 'gray' },
          { label: m.hostOs, tone: 'orange' },
          { label: m.hardware, tone: 'gray' },
        ]}
      />
    </FigureSvg>
  );
}
