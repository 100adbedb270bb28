/** ECS networking: three tasks on one instance in bridge mode (host ports) and in awsvpc mode (an ENI each). */
import { ec2Instance } from '@/ui/awsIcons';
import { useFigure, useFigureText } from '../context';
import { Arrow, Box, FigureSvg, Group, SIZE, Text } from '../kit';
import { bottom, top, type Rect } from '../layout';
import { bridgeVsAwsvpcText } from './bridgeVsAwsvpc.text';

type Words = typeof bridgeVsAwsvpcText.en;
const PORTS = [32768, 32769, 32770];

function TargetGroup({ r, label, targets }: { r: Rect; label: string; targets: string[] }) {
  return (
    <g>
      <rect className="fig-box fig-tone-green" x={r.x} y={r.y} width={r.w} height={r.h} rx={8} />
      <Text x={r.x + 12} y={r.y + 10} w={r.w - 24} text={label} bold size={SIZE.small} anchor="start" valign="top" />
      {targets.map((t, i) => (
        <Text key={t} x={r.x + 12} y={r.y + 44 + i * 17} w={r.w - 24} text={t} size={SIZE.small} mono anchor="start" />
      ))}
    </g>
  );
}

function Panel({ x, y, w, m, mode }: { x: number; y: number; w: number; m: Words; mode: 'bridge' | 'awsvpc' }) {
  const tg = { x: x + 40, y: y + 34, w: w - 80, h: 96 };
  const inst = { x, y: y + 164, w, h: 256 };
  const taskW = (w - 40) / 3;
  const bridge = mode === 'bridge';
  const eni = { x: x + 12, y: inst.y + 40, w: w - 24, h: 44 };
  const tasks = [0, 1, 2].map((i) => ({ x: x + 12 + i * (taskW + 8), y: bridge ? inst.y + 118 : inst.y + 40, w: taskW, h: bridge ? 124 : 202 }));
  const targets = bridge ? PORTS.map((p) => `i-0abc:${p}`) : [21, 22, 23].map((n) => `10.0.1.${n}:80`);
  return (
    <g>
      <Text x={x} y={y} w={w} text={bridge ? m.bridge : m.awsvpc} size={SIZE.title} bold anchor="start" valign="top" />
      <TargetGroup r={tg} label={bridge ? m.tgInstance : m.tgIp} targets={targets} />
      <Group {...inst} label={m.instance} icon={ec2Instance} />
      {bridge && <Box {...eni} label={m.hostEni} tone="purple" size={SIZE.small} />}
      {bridge && <Arrow points={[bottom(tg), top(eni)]} />}
      {tasks.map((t, i) => (
        <g key={i}>
          <Group {...t} label={m.task} tone="orange" />
          {!bridge && <Box x={t.x + 6} y={t.y + 34} w={t.w - 12} h={104} label={m.taskEni.replace('{n}', String(21 + i))} sub={m.ownSg} tone="purple" size={SIZE.small} />}
          <Box x={t.x + 6} y={t.y + t.h - 50} w={t.w - 12} h={42} label={m.container} tone="blue" size={SIZE.small} bold={false} />
          {bridge ? (
            <Arrow points={[[t.x + t.w / 2, eni.y + eni.h], [t.x + t.w / 2, t.y]]} label={m.hostPort.replace('{p}', String(PORTS[i]))} labelW={t.w} labelAt={[t.x + t.w / 2, t.y + 52]} />
          ) : (
            <Arrow points={[[t.x + t.w / 2, tg.y + tg.h], [t.x + t.w / 2, t.y + 34]]} />
          )}
        </g>
      ))}
    </g>
  );
}

export default function BridgeVsAwsvpc() {
  const m = useFigureText(bridgeVsAwsvpcText);
  const wide = useFigure().layout === 'wide';
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      <Panel x={wide ? 14 : 10} y={12} w={wide ? 336 : 340} m={m} mode="bridge" />
      <Panel x={wide ? 370 : 10} y={wide ? 12 : 456} w={wide ? 336 : 340} m={m} mode="awsvpc" />
    </FigureSvg>
  );
}
