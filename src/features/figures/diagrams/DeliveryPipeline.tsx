/** Delivery: Source → Build (push to ECR) → Deploy staging → Approve → Deploy production, artifacts through S3. */
import { codeBuild, codePipeline, ecr, ecsService, s3Bucket, users } from '@/ui/awsIcons';
import { useFigure, useFigureText } from '../context';
import { Arrow, Box, FigureSvg, Icon, SIZE, Text } from '../kit';
import { bottom, left, lineUp, link, right } from '../layout';
import { deliveryPipelineText } from './deliveryPipeline.text';

export default function DeliveryPipeline() {
  const m = useFigureText(deliveryPipelineText);
  const wide = useFigure().layout === 'wide';
  const direction = wide ? 'row' : 'column';
  const stages = wide ? lineUp(5, { x: 6, y: 14, w: 128, h: 132, gap: 18 }, 'row') : lineUp(5, { x: 8, y: 10, w: 210, h: 80, gap: 22 }, 'column');
  const build = stages[1]!;
  const ecrBox = wide ? { x: 100, y: 200, w: 150, h: 96 } : { x: 236, y: build.y - 6, w: 116, h: 92 };
  const store = wide ? { x: 320, y: 190, w: 394, h: 40 } : { x: 236, y: stages[2]!.y + 30, w: 116, h: 240 };
  const items = [
    { icon: codePipeline, label: m.source, sub: m.sourceSub, tone: 'plain' as const },
    { icon: codeBuild, label: m.build, sub: m.buildSub, tone: 'green' as const },
    { icon: ecsService, label: m.staging, sub: m.stagingSub, tone: 'orange' as const },
    { icon: users, label: m.approve, sub: m.approveSub, tone: 'purple' as const },
    { icon: ecsService, label: m.prod, sub: m.prodSub, tone: 'orange' as const },
  ];
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      {items.map((s, i) => (
        <g key={i}>
          {i > 0 && <Arrow points={link(stages[i - 1]!, stages[i]!, direction)} tone="accent" />}
          <Box {...stages[i]!} icon={s.icon} iconAt={wide ? 'top' : 'left'} label={s.label} sub={s.sub} tone={s.tone} size={14} iconSize={26} />
        </g>
      ))}
      <Box {...ecrBox} icon={ecr} iconSize={26} label={m.ecr} sub={m.ecrSub} tone="orange" size={14} />
      <Arrow points={wide ? [bottom(build, -16), [build.x + build.w / 2 - 16, ecrBox.y]] : [right(build), left(ecrBox)]} tone="green" />
      <rect className="fig-box fig-tone-soft fig-dashed" {...{ x: store.x, y: store.y, width: store.w, height: store.h }} rx={8} />
      <Icon icon={s3Bucket} x={store.x + 8} y={wide ? store.y + 8 : store.y + 10} size={24} />
      <Text x={wide ? store.x + 40 : store.x + store.w / 2} y={wide ? store.y + store.h / 2 : store.y + 44} w={wide ? store.w - 50 : store.w - 12} text={m.artifacts} size={SIZE.small} anchor={wide ? 'start' : 'middle'} valign={wide ? 'middle' : 'top'} />
      {wide && <Arrow points={[[build.x + build.w - 12, build.y + build.h], [build.x + build.w - 12, store.y + 20], [store.x, store.y + 20]]} dashed />}
      {[2, 4].map((i) => {
        const st = stages[i]!;
        return <Arrow key={i} points={wide ? [[st.x + st.w / 2, store.y], [st.x + st.w / 2, st.y + st.h]] : [[store.x, st.y + st.h - 14], [st.x + st.w, st.y + st.h - 14]]} dashed />;
      })}
    </FigureSvg>
  );
}
