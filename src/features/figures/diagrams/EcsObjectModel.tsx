/** ECS: task definition, cluster, service, tasks and containers, on container instances and on Fargate. */
import { document, ec2Instance, ecs, ecsService, ecsTask, fargate } from '@/ui/awsIcons';
import type { AwsIconDef } from '@/ui/awsIcons';
import { useFigure, useFigureText } from '../context';
import { Arrow, Box, FigureSvg, Group, SIZE } from '../kit';
import { bottom, left, right, top, type Rect } from '../layout';
import { ecsObjectModelText } from './ecsObjectModel.text';

type Words = typeof ecsObjectModelText.en;

/** A task with its two containers, inside whatever hosts it. */
function TaskBox({ r, m }: { r: Rect; m: Words }) {
  const inner = r.w - 20;
  const h = Math.min(40, (r.h - 50) / 2);
  return (
    <g>
      <Group {...r} label={m.task} icon={ecsTask} tone="orange" />
      <Box x={r.x + 10} y={r.y + 38} w={inner} h={h} label={m.app} tone="blue" size={SIZE.small} />
      <Box x={r.x + 10} y={r.y + 46 + h} w={inner} h={h} label={m.sidecar} tone="teal" size={SIZE.small} />
    </g>
  );
}

/** A container instance (or Fargate): a labelled host holding one task, and the agent on EC2. */
function Host({ r, label, icon, agent, m }: { r: Rect; label: string; icon: AwsIconDef; agent: boolean; m: Words }) {
  const task = { x: r.x + 10, y: r.y + 50, w: r.w - 20, h: r.h - (agent ? 108 : 62) };
  return (
    <g>
      <Group {...r} label={label} icon={icon} />
      <TaskBox r={task} m={m} />
      {agent && <Box x={r.x + 10} y={r.y + r.h - 48} w={r.w - 20} h={36} label={m.agent} tone="gray" size={SIZE.small} />}
    </g>
  );
}

export default function EcsObjectModel() {
  const m = useFigureText(ecsObjectModelText);
  const wide = useFigure().layout === 'wide';
  const g = wide
    ? {
        def: { x: 14, y: 46, w: 160, h: 150 },
        cluster: { x: 196, y: 10, w: 512, h: 404 },
        service: { x: 212, y: 46, w: 480, h: 60 },
        hosts: [0, 1, 2].map((i) => ({ x: 212 + i * 164, y: 130, w: 156, h: 270 })),
      }
    : {
        def: { x: 14, y: 10, w: 332, h: 74 },
        cluster: { x: 8, y: 106, w: 344, h: 600 },
        service: { x: 20, y: 142, w: 320, h: 70 },
        hosts: [
          { x: 20, y: 236, w: 154, h: 262 },
          { x: 186, y: 236, w: 154, h: 262 },
          { x: 20, y: 512, w: 320, h: 180 },
        ],
      };
  const [h1, h2, h3] = g.hosts as [Rect, Rect, Rect];
  const taskTop = (r: Rect) => [r.x + r.w - 17, r.y + 50] as const;
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      <Box {...g.def} icon={document} iconAt={wide ? 'top' : 'left'} label={m.taskDef} sub={m.taskDefSub} tone="purple" />
      <Group {...g.cluster} label={m.cluster} icon={ecs} />
      <Box {...g.service} icon={ecsService} iconAt="left" label={m.service} sub={m.serviceSub} tone="blue" />
      <Host r={h1} label={m.instance} icon={ec2Instance} agent m={m} />
      <Host r={h2} label={m.instance} icon={ec2Instance} agent m={m} />
      <Host r={h3} label={m.fargate} icon={fargate} agent={false} m={m} />
      {wide ? <Arrow points={[right(g.def), left(g.service)]} /> : <Arrow points={[bottom(g.def), top(g.service)]} label={m.launches} labelW={150} labelAt={[250, 95]} />}
      {(wide ? [h1, h2, h3] : [h1, h2]).map((h, i) => (
        <Arrow key={i} points={[[taskTop(h)[0], g.service.y + g.service.h], taskTop(h)]} dashed />
      ))}
      {!wide && <Arrow points={[right(g.service), [347, g.service.y + g.service.h / 2], [347, h3.y + 80], [h3.x + h3.w - 10, h3.y + 80]]} dashed />}
    </FigureSvg>
  );
}
