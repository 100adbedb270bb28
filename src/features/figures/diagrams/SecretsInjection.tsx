/** ECS configuration: secrets injected by ECS at start (execution role) beside secrets read by the code (task role). */
import { ecs, parameterStore, s3Bucket, secretsManager } from '@/ui/awsIcons';
import { useFigure, useFigureText } from '../context';
import { Arrow, Box, FigureSvg, SIZE, Text } from '../kit';
import { bottom, left, right, top, type Rect } from '../layout';
import { secretsInjectionText } from './secretsInjection.text';

const ENV = ['DB_PASSWORD=••••', 'PAYMENTS_API_KEY=••', 'LOG_LEVEL=warn'];

export default function SecretsInjection() {
  const m = useFigureText(secretsInjectionText);
  const wide = useFigure().layout === 'wide';
  const sourcesDef = [
    { icon: secretsManager, label: m.secrets },
    { icon: parameterStore, label: m.parameters },
    { icon: s3Bucket, label: m.envFile },
  ];
  const g = wide
    ? {
        lane1: 12,
        sources: sourcesDef.map((_, i) => ({ x: 14, y: 44 + i * 64, w: 196, h: 54 })),
        ecs: { x: 248, y: 74, w: 186, h: 118 },
        env: { x: 522, y: 44, w: 184, h: 182 },
        divider: 246,
        lane2: 258,
        code: { x: 522, y: 286, w: 184, h: 84 },
        secret: { x: 14, y: 300, w: 196, h: 56 },
      }
    : {
        lane1: 10,
        sources: sourcesDef.map((_, i) => ({ x: 14 + i * 113, y: 56, w: 104, h: 84 })),
        ecs: { x: 40, y: 174, w: 280, h: 84 },
        env: { x: 40, y: 298, w: 280, h: 128 },
        divider: 448,
        lane2: 460,
        code: { x: 40, y: 512, w: 280, h: 72 },
        secret: { x: 40, y: 636, w: 280, h: 56 },
      };
  const env = g.env as Rect;
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      <Text x={14} y={g.lane1} w={wide ? 690 : 332} text={m.lane1} bold anchor="start" valign="top" />
      {sourcesDef.map((s, i) => (
        <g key={i}>
          <Box {...g.sources[i]!} icon={s.icon} iconAt={wide ? 'left' : 'top'} iconSize={26} label={s.label} size={SIZE.small} />
          <Arrow points={wide ? [right(g.sources[i]!), [g.ecs.x, g.ecs.y + 30 + i * 29]] : [bottom(g.sources[i]!), [g.ecs.x + 50 + i * 90, g.ecs.y]]} />
        </g>
      ))}
      <Box {...g.ecs} icon={ecs} iconAt={wide ? 'top' : 'left'} iconSize={28} label={m.ecs} sub={m.ecsSub} tone="orange" />
      <Arrow points={wide ? [right(g.ecs), left(env)] : [bottom(g.ecs), top(env)]} label={m.before} labelW={wide ? 84 : 120} labelAt={wide ? [478, 106] : [250, 278]} />
      <rect className="fig-box fig-tone-plain" x={env.x} y={env.y} width={env.w} height={env.h} rx={8} />
      <Text x={env.x + 12} y={env.y + 10} w={env.w - 24} text={m.container} bold anchor="start" valign="top" />
      {ENV.map((line, i) => (
        <Text key={line} x={env.x + 12} y={env.y + (wide ? 78 : 50) + i * (wide ? 34 : 24)} w={env.w - 20} text={line} size={SIZE.small} mono anchor="start" />
      ))}
      <line className="fig-rule fig-dashed" x1={14} x2={wide ? 706 : 346} y1={g.divider} y2={g.divider} />
      <Text x={14} y={g.lane2} w={wide ? 690 : 332} text={m.lane2} bold anchor="start" valign="top" />
      <Box {...g.code} label={m.code} sub={m.codeSub} tone="blue" />
      <Box {...g.secret} icon={secretsManager} iconAt="left" iconSize={26} label={m.secrets} size={SIZE.small} />
      <Arrow points={wide ? [left(g.code), right(g.secret)] : [bottom(g.code), top(g.secret)]} head="both" label={m.rotation} labelW={120} labelAt={wide ? [355, 314] : [250, 612]} />
    </FigureSvg>
  );
}
