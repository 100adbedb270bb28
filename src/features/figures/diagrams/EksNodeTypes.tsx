/** EKS node types: managed node groups, self-managed nodes and Fargate, and who manages each job. */
import { ec2AutoScaling, ec2Instance, fargate } from '@/ui/awsIcons';
import { useFigure, useFigureText } from '../context';
import { Box, FigureSvg, Icon, SIZE, Text, textBlockHeight } from '../kit';
import { eksNodeTypesText } from './eksNodeTypes.text';

type Who = 'you' | 'aws' | 'shared';

/** For each job, top to bottom: who does it with managed node groups, self-managed nodes and Fargate. */
const JOBS: readonly (readonly ['pods' | 'types' | 'updates' | 'launch' | 'asg' | 'control', Who, Who, Who])[] = [
  ['pods', 'you', 'you', 'you'],
  ['types', 'you', 'you', 'aws'],
  ['updates', 'shared', 'you', 'aws'],
  ['launch', 'aws', 'you', 'aws'],
  ['asg', 'aws', 'you', 'aws'],
  ['control', 'aws', 'aws', 'aws'],
];

const TONE = { you: 'blue', aws: 'orange', shared: 'teal' } as const;

export default function EksNodeTypes() {
  const m = useFigureText(eksNodeTypesText);
  const wide = useFigure().layout === 'wide';
  const heads = [
    { icon: ec2AutoScaling, label: m.managed },
    { icon: ec2Instance, label: m.selfManaged },
    { icon: fargate, label: m.fargate },
  ];
  // Wide: a grid, jobs down the left, one column per kind of compute. Narrow: each job's name above its three cells.
  const colX = wide ? [270, 420, 570] : [8, 126, 244];
  const colW = wide ? 140 : 108;
  const headY = 10;
  const rowY = wide ? 90 : 96;
  const step = wide ? 50 : 92;
  const cellH = wide ? 44 : 42;
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      {heads.map((h, k) => (
        <g key={h.label}>
          <Icon icon={h.icon} x={colX[k]! + (colW - 28) / 2} y={headY} size={28} />
          <Text x={colX[k]! + colW / 2} y={headY + 34} w={colW} text={h.label} size={wide ? SIZE.body : SIZE.small} bold valign="top" />
        </g>
      ))}
      {JOBS.map(([job, ...who], i) => {
        const y = rowY + i * step;
        // On a phone the job's name sits just above its own three cells.
        const labelH = wide ? 0 : textBlockHeight(m[job], 330, SIZE.small, true) + 10;
        return (
          <g key={job}>
            {wide ? (
              <Text x={10} y={y + cellH / 2} w={250} text={m[job]} size={SIZE.body} anchor="start" />
            ) : (
              <Text x={8} y={y + 6} w={330} text={m[job]} size={SIZE.small} bold anchor="start" valign="top" />
            )}
            {who.map((w, k) => (
              <Box key={k} x={colX[k]!} y={y + labelH} w={colW} h={cellH} label={m[w]} tone={TONE[w]} size={SIZE.small} bold={false} />
            ))}
          </g>
        );
      })}
    </FigureSvg>
  );
}
