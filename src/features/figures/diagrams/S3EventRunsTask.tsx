/**
 * ECS event-driven pattern 1: an upload travels S3 → EventBridge rule → RunTask → a Fargate task that writes to
 * DynamoDB. Animated, one hop per frame, because the point is the order in which the event travels.
 */
import { dynamoDbTable, ecs, ecsTask, eventBridgeRule, s3Bucket } from '@/ui/awsIcons';
import { useFigure, useFigureText } from '../context';
import { Arrow, Box, FigureSvg, Reveal, StepBadge } from '../kit';
import { bottom, lineUp, link, top } from '../layout';
import { s3EventRunsTaskText } from './s3EventRunsTask.text';

export default function S3EventRunsTask() {
  const m = useFigureText(s3EventRunsTaskText);
  const wide = useFigure().layout === 'wide';
  const direction = wide ? 'row' : 'column';
  const boxes = wide ? lineUp(4, { x: 14, y: 22, w: 156, h: 150, gap: 22 }, 'row') : lineUp(4, { x: 40, y: 14, w: 306, h: 86, gap: 24 }, 'column');
  const last = boxes[3]!;
  const table = wide ? { x: last.x, y: 222, w: last.w, h: 100 } : { x: 40, y: last.y + last.h + 24, w: 306, h: 86 };
  const steps = [
    { icon: s3Bucket, label: m.bucket, sub: m.bucketSub, tone: 'green' as const },
    { icon: eventBridgeRule, label: m.rule, sub: m.ruleSub, tone: 'purple' as const },
    { icon: ecs, label: m.ecs, sub: m.ecsSub, tone: 'orange' as const },
    { icon: ecsTask, label: m.task, sub: m.taskSub, tone: 'orange' as const },
  ];
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      {steps.map((s, i) => (
        <Reveal key={i} at={i}>
          {i > 0 && <Arrow points={link(boxes[i - 1]!, boxes[i]!, direction)} tone="accent" />}
          <Box {...boxes[i]!} icon={s.icon} iconAt={wide ? 'top' : 'left'} label={s.label} sub={s.sub} tone={s.tone} size={14} />
          <StepBadge x={boxes[i]!.x + 2} y={boxes[i]!.y + 2} n={i + 1} />
        </Reveal>
      ))}
      <Reveal at={3}>
        <Arrow points={[bottom(last), top(table)]} tone="accent" />
        <Box {...table} icon={dynamoDbTable} iconAt={wide ? 'top' : 'left'} label={m.table} sub={m.tableSub} tone="blue" size={14} />
      </Reveal>
    </FigureSvg>
  );
}
