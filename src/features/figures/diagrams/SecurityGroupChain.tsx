/** ECS networking: clients → ALB → tasks → database, each security group admitting only the group in front. */
import { applicationLoadBalancer, ecsTask, internet, rds } from '@/ui/awsIcons';
import { useFigure, useFigureText } from '../context';
import { Arrow, Box, FigureSvg } from '../kit';
import { lineUp, link } from '../layout';
import { securityGroupChainText } from './securityGroupChain.text';

export default function SecurityGroupChain() {
  const m = useFigureText(securityGroupChainText);
  const wide = useFigure().layout === 'wide';
  const direction = wide ? 'row' : 'column';
  const boxes = wide ? lineUp(4, { x: 14, y: 16, w: 158, h: 150, gap: 20 }, 'row') : lineUp(4, { x: 30, y: 12, w: 300, h: 78, gap: 26 }, 'column');
  const tiers = [
    { icon: internet, label: m.internet, sub: m.internetSub, tone: 'plain' as const },
    { icon: applicationLoadBalancer, label: m.alb, sub: m.albSub, tone: 'purple' as const },
    { icon: ecsTask, label: m.tasks, sub: m.tasksSub, tone: 'orange' as const },
    { icon: rds, label: m.db, sub: m.dbSub, tone: 'blue' as const },
  ];
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      {tiers.map((t, i) => (
        <g key={i}>
          <Box {...boxes[i]!} icon={t.icon} iconAt={wide ? 'top' : 'left'} label={t.label} sub={t.sub} tone={t.tone} />
          {i > 0 && <Arrow points={link(boxes[i - 1]!, boxes[i]!, direction)} tone="accent" />}
        </g>
      ))}
    </FigureSvg>
  );
}
