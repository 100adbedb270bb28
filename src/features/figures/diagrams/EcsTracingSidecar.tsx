/** ECS tracing: the instrumented app, the ADOT collector sidecar in the same task, its destinations and the task role it calls them with. */
import { cloudWatch, ecsContainer, ecsTask, iamRole, prometheus, xRay } from '@/ui/awsIcons';
import { useFigure, useFigureText } from '../context';
import { Arrow, Box, FigureSvg, Group, SIZE, StepBadge, type Point } from '../kit';
import { bottom, left, right, top, type Rect } from '../layout';
import { ecsTracingSidecarText } from './ecsTracingSidecar.text';

export default function EcsTracingSidecar() {
  const m = useFigureText(ecsTracingSidecarText);
  const wide = useFigure().layout === 'wide';
  // Wide: the task on the left, the three destinations on the right. Narrow: the task on top, the destinations
  // under it, reached by lines that run down the right-hand margin.
  const task: Rect = wide ? { x: 12, y: 12, w: 468, h: 364 } : { x: 8, y: 8, w: 304, h: 530 };
  const app: Rect = wide ? { x: 28, y: 50, w: 160, h: 112 } : { x: 20, y: 44, w: 280, h: 86 };
  const collector: Rect = wide ? { x: 284, y: 50, w: 180, h: 112 } : { x: 20, y: 180, w: 280, h: 76 };
  const role: Rect = wide ? { x: 28, y: 200, w: 436, h: 90 } : { x: 20, y: 300, w: 280, h: 138 };
  const execution: Rect = wide ? { x: 28, y: 304, w: 436, h: 60 } : { x: 20, y: 450, w: 280, h: 78 };
  const xray: Rect = wide ? { x: 512, y: 36, w: 196, h: 72 } : { x: 20, y: 562, w: 280, h: 58 };
  const cw: Rect = wide ? { x: 512, y: 130, w: 196, h: 72 } : { x: 20, y: 632, w: 280, h: 58 };
  const amp: Rect = wide ? { x: 512, y: 226, w: 196, h: 84 } : { x: 20, y: 702, w: 280, h: 76 };
  // Each line leaves the collector at its own height and turns at its own x, so no two of them cross.
  const paths: Point[][] = wide
    ? [
        [right(collector, -34), [xray.x, collector.y + collector.h / 2 - 34]],
        [right(collector), [496, collector.y + collector.h / 2], [496, cw.y + cw.h / 2], left(cw)],
        [right(collector, 34), [486, collector.y + collector.h / 2 + 34], [486, amp.y + amp.h / 2], left(amp)],
      ]
    : [
        [right(collector, 24), [326, collector.y + collector.h / 2 + 24], [326, xray.y + xray.h / 2], right(xray)],
        [right(collector), [338, collector.y + collector.h / 2], [338, cw.y + cw.h / 2], right(cw)],
        [right(collector, -24), [350, collector.y + collector.h / 2 - 24], [350, amp.y + amp.h / 2], right(amp)],
      ];
  const small = wide ? 14 : SIZE.small;
  // The container names are monospaced and must stay on one line: the kit measures a label's height as sans.
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      <Group {...task} label={m.task} icon={ecsTask} tone="soft" />
      <Box {...app} icon={ecsContainer} iconSize={26} iconAt={wide ? 'top' : 'left'} label={m.app} mono sub={m.appSub} tone="blue" size={SIZE.small} />
      <Box {...collector} icon={ecsContainer} iconSize={26} iconAt={wide ? 'top' : 'left'} label={m.collector} mono sub={m.collectorSub} tone="teal" size={SIZE.small} />
      <Arrow points={wide ? [right(app), left(collector)] : [bottom(app), top(collector)]} tone="accent" label={m.toCollector} labelW={wide ? 86 : 220} labelAt={wide ? [(app.x + app.w + collector.x) / 2, app.y + app.h / 2 - 32] : undefined} />
      <Box {...role} icon={iamRole} iconSize={28} iconAt="left" label={m.taskRole} sub={m.taskRoleSub} tone="purple" size={small} />
      <Arrow points={[top(role, wide ? collector.x + collector.w / 2 - (role.x + role.w / 2) : 0), bottom(collector)]} dashed label={m.credentials} labelW={90} labelAt={wide ? [collector.x + collector.w / 2 + 52, (collector.y + collector.h + role.y) / 2] : [collector.x + collector.w / 2 + 60, (collector.y + collector.h + role.y) / 2]} />
      <Box {...execution} icon={iamRole} iconSize={22} iconAt="left" label={m.executionRole} sub={m.executionRoleSub} tone="gray" dashed size={SIZE.small} />
      <Box {...xray} icon={xRay} iconSize={28} iconAt="left" label={m.xray} sub={m.xraySub} size={small} />
      <Box {...cw} icon={cloudWatch} iconSize={28} iconAt="left" label={m.cloudWatch} sub={m.cloudWatchSub} size={small} />
      <Box {...amp} icon={prometheus} iconSize={28} iconAt="left" label={m.prometheus} sub={m.prometheusSub} size={small} dashed />
      <Arrow points={paths[0]!} tone="accent" />
      <Arrow points={paths[1]!} tone="green" />
      <Arrow points={paths[2]!} tone="green" dashed />
      <StepBadge x={app.x + 2} y={app.y + 2} n={1} />
      <StepBadge x={collector.x + 2} y={collector.y + 2} n={2} />
      <StepBadge x={role.x + 2} y={role.y + 2} n={3} />
    </FigureSvg>
  );
}
