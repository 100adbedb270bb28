/** ECS launch types: the same layers on EC2 and on Fargate, coloured by who manages each. */
import { ec2, fargate } from '@/ui/awsIcons';
import { useFigure, useFigureText } from '../context';
import { Box, FigureSvg, Icon, SIZE, Text } from '../kit';
import { launchTypeResponsibilityText } from './launchTypeResponsibility.text';

/** For each layer, top to bottom: does AWS manage it on EC2, and on Fargate? */
const LAYERS = [
  ['image', false, false],
  ['taskDef', false, false],
  ['count', false, false],
  ['agent', false, true],
  ['os', false, true],
  ['instances', false, true],
  ['control', true, true],
] as const;

export default function LaunchTypeResponsibility() {
  const m = useFigureText(launchTypeResponsibilityText);
  const wide = useFigure().layout === 'wide';
  const cols = wide ? [{ x: 30, w: 310 }, { x: 380, w: 310 }] : [{ x: 12, w: 162 }, { x: 186, w: 162 }];
  const row = wide ? { y: 54, h: 38, step: 44, size: 14 } : { y: 50, h: 56, step: 62, size: SIZE.small };
  const legendY = row.y + LAYERS.length * row.step + 10;
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      {cols.map((c, k) => (
        <g key={k}>
          <Icon icon={k === 0 ? ec2 : fargate} x={c.x} y={12} size={28} />
          <Text x={c.x + 36} y={26} w={c.w - 36} text={k === 0 ? m.ec2 : m.fargate} size={SIZE.title} bold anchor="start" />
          {LAYERS.map(([key, awsOnEc2, awsOnFargate], i) => {
            const aws = k === 0 ? awsOnEc2 : awsOnFargate;
            return <Box key={key} x={c.x} y={row.y + i * row.step} w={c.w} h={row.h} label={m[key]} tone={aws ? 'orange' : 'blue'} size={row.size} bold={false} />;
          })}
        </g>
      ))}
      {[
        { tone: 'blue', label: m.you },
        { tone: 'orange', label: m.aws },
      ].map((l, i) => (
        <g key={l.tone}>
          <rect className={`fig-box fig-tone-${l.tone}`} x={cols[0]!.x + i * (wide ? 200 : 170)} y={legendY} width={18} height={18} rx={4} />
          <Text x={cols[0]!.x + i * (wide ? 200 : 170) + 26} y={legendY + 9} w={140} text={l.label} size={SIZE.small} anchor="start" />
        </g>
      ))}
    </FigureSvg>
  );
}
