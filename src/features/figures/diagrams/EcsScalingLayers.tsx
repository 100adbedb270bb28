/**
 * ECS auto scaling: one spike travelling through the task layer (alarm → desired count) and then the instance
 * layer (pending tasks → capacity provider → Auto Scaling group). Animated, one step per frame, because the
 * lesson's point is the order: the instance layer only moves once tasks cannot be placed.
 */
import { applicationAutoScaling, cloudWatchAlarm, ec2AutoScaling, ecsService, ecsTask } from '@/ui/awsIcons';
import { useFigure, useFigureText } from '../context';
import { Arrow, Box, FigureSvg, Group, Reveal, StepBadge } from '../kit';
import { link, type Rect } from '../layout';
import { ecsScalingLayersText } from './ecsScalingLayers.text';

export default function EcsScalingLayers() {
  const m = useFigureText(ecsScalingLayersText);
  const wide = useFigure().layout === 'wide';
  // Wide: the task layer as a row on top, the instance layer as a row below, the spike running left to right
  // on top and back right to left below. Narrow: one column through both layers.
  const boxes: Rect[] = wide
    ? [
        { x: 24, y: 44, w: 220, h: 112 },
        { x: 250, y: 44, w: 220, h: 112 },
        { x: 476, y: 44, w: 220, h: 112 },
        { x: 476, y: 222, w: 220, h: 112 },
        { x: 250, y: 222, w: 220, h: 112 },
      ]
    : [0, 1, 2, 3, 4].map((i) => ({ x: 28, y: 44 + i * 104 + (i >= 3 ? 44 : 0), w: 318, h: 84 }));
  const layers: Rect[] = wide
    ? [
        { x: 10, y: 8, w: 700, h: 160 },
        { x: 236, y: 186, w: 474, h: 160 },
      ]
    : [
        { x: 8, y: 8, w: 350, h: 336 },
        { x: 8, y: 356, w: 350, h: 244 },
      ];
  const steps = [
    { icon: cloudWatchAlarm, label: m.cpu, sub: m.cpuSub, tone: 'red' as const },
    { icon: applicationAutoScaling, label: m.desired, sub: m.desiredSub, tone: 'purple' as const },
    { icon: ecsTask, label: m.pending, sub: m.pendingSub, tone: 'orange' as const },
    { icon: ecsService, label: m.reservation, sub: m.reservationSub, tone: 'blue' as const },
    { icon: ec2AutoScaling, label: m.asg, sub: m.asgSub, tone: 'green' as const },
  ];
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      <Group {...layers[0]!} label={m.taskLayer} />
      <Group {...layers[1]!} label={m.instanceLayer} dashed />
      {steps.map((s, i) => (
        <Reveal key={i} at={i}>
          {i > 0 && <Arrow points={link(boxes[i - 1]!, boxes[i]!, wide && i !== 3 ? 'row' : 'column')} tone="accent" />}
          <Box {...boxes[i]!} icon={s.icon} iconAt={wide ? 'top' : 'left'} iconSize={wide ? 26 : 28} label={s.label} sub={s.sub} tone={s.tone} size={14} />
          <StepBadge x={boxes[i]!.x + 2} y={boxes[i]!.y + 2} n={i + 1} />
        </Reveal>
      ))}
    </FigureSvg>
  );
}
