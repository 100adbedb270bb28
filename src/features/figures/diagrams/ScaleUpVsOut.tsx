/** Foundations: one bigger copy (scale up) beside more copies across zones behind a load balancer (scale out). */
import { applicationLoadBalancer, ecsTask } from '@/ui/awsIcons';
import { useFigure, useFigureText } from '../context';
import { Arrow, Box, FigureSvg, Group, Icon, SIZE, Text } from '../kit';
import { bottom, top } from '../layout';
import { scaleUpVsOutText } from './scaleUpVsOut.text';

export default function ScaleUpVsOut() {
  const m = useFigureText(scaleUpVsOutText);
  const wide = useFigure().layout === 'wide';
  const up = wide ? { x: 16, y: 12, w: 310 } : { x: 16, y: 12, w: 328 };
  const out = wide ? { x: 370, y: 12, w: 334 } : { x: 16, y: 292, w: 328 };
  const small = { x: up.x + 16, y: up.y + 118, w: 76, h: 64 };
  const big = { x: up.x + up.w - 170, y: up.y + 52, w: 156, h: 150 };
  const lb = { x: out.x + out.w / 2 - 80, y: out.y + 38, w: 160, h: 54 };
  const zones = [0, 1].map((i) => ({ x: out.x + i * (out.w / 2 + 5), y: out.y + 124, w: out.w / 2 - 5, h: 100 }));
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      <Text x={up.x} y={up.y} w={up.w} text={m.upTitle} size={SIZE.title} bold anchor="start" valign="top" />
      <Box {...small} label={m.small} tone="blue" size={SIZE.small} />
      <Box {...big} label={m.big} tone="blue" />
      <Arrow points={[[small.x + small.w, small.y + small.h / 2], [big.x, small.y + small.h / 2]]} label={m.upArrow} labelW={70} labelAt={[(small.x + small.w + big.x) / 2, small.y + small.h / 2 - 16]} />
      <Text x={up.x + up.w / 2} y={up.y + 226} w={up.w} text={m.upNote} size={SIZE.small} muted valign="top" />
      <Text x={out.x} y={out.y} w={out.w} text={m.outTitle} size={SIZE.title} bold anchor="start" valign="top" />
      <Box {...lb} icon={applicationLoadBalancer} iconAt="left" iconSize={28} label={m.lb} size={SIZE.small} />
      {zones.map((z, i) => (
        <g key={i}>
          <Group {...z} label={i === 0 ? m.zoneA : m.zoneB} />
          {[0, 1, 2].map((k) => (
            <g key={k}>
              <rect className={`fig-box fig-tone-${k === 0 ? 'blue' : 'green'}${k === 0 ? '' : ' fig-dashed'}`} x={z.x + 12 + k * ((z.w - 24) / 3)} y={z.y + 34} width={(z.w - 24) / 3 - 8} height={54} rx={6} />
              <Icon icon={ecsTask} x={z.x + 12 + k * ((z.w - 24) / 3) + ((z.w - 24) / 3 - 8) / 2 - 13} y={z.y + 48} size={26} />
            </g>
          ))}
          <Arrow points={[bottom(lb, i === 0 ? -30 : 30), top(z)]} />
        </g>
      ))}
      <Text x={out.x + out.w / 2} y={out.y + 236} w={out.w} text={m.outNote} size={SIZE.small} muted valign="top" />
    </FigureSvg>
  );
}
