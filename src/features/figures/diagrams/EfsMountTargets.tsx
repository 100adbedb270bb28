/** ECS storage: tasks in two zones mounting one Regional EFS file system through per-zone mount targets. */
import { efsFileSystem, ecsTask, vpc, vpcEndpoints } from '@/ui/awsIcons';
import { useFigure, useFigureText } from '../context';
import { Arrow, Box, FigureSvg, Group } from '../kit';
import { bottom, left, right, type Rect } from '../layout';
import { efsMountTargetsText } from './efsMountTargets.text';

export default function EfsMountTargets() {
  const m = useFigureText(efsMountTargetsText);
  const wide = useFigure().layout === 'wide';
  const zones: Rect[] = wide
    ? [
        { x: 30, y: 48, w: 322, h: 176 },
        { x: 368, y: 48, w: 322, h: 176 },
      ]
    : [
        { x: 18, y: 44, w: 318, h: 176 },
        { x: 18, y: 236, w: 318, h: 176 },
      ];
  const efs = wide ? { x: 170, y: 258, w: 380, h: 80 } : { x: 18, y: 458, w: 318, h: 96 };
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      <Group x={wide ? 14 : 8} y={12} w={wide ? 692 : 344} h={wide ? 336 : 556} label={m.vpc} icon={vpc} tone="plain" />
      {zones.map((z, i) => {
        const task = { x: z.x + 12, y: z.y + 48, w: 140, h: 112 };
        const mt = { x: z.x + z.w - 152, y: z.y + 48, w: 140, h: 112 };
        return (
          <g key={i}>
            <Group {...z} label={i === 0 ? m.zoneA : m.zoneB} />
            <Box {...task} icon={ecsTask} iconSize={26} label={m.task} sub={m.taskSub} tone="orange" size={14} />
            <Box {...mt} icon={vpcEndpoints} iconSize={26} label={m.mountTarget} sub={m.mountTargetSub} tone="purple" size={14} />
            <Arrow points={[right(task), left(mt)]} label={m.nfs} labelW={60} labelAt={[(task.x + task.w + mt.x) / 2, task.y + 26]} />
            {wide ? (
              <Arrow points={[bottom(mt), [mt.x + mt.w / 2, efs.y - 14], [i === 0 ? efs.x + 60 : efs.x + efs.w - 60, efs.y - 14], [i === 0 ? efs.x + 60 : efs.x + efs.w - 60, efs.y]]} />
            ) : (
              <Arrow points={[right(mt), [346, mt.y + mt.h / 2], [346, efs.y + 30 + i * 30], [efs.x + efs.w, efs.y + 30 + i * 30]]} />
            )}
          </g>
        );
      })}
      <Box {...efs} icon={efsFileSystem} iconAt="left" label={m.efs} sub={m.efsSub} tone="green" />
    </FigureSvg>
  );
}
