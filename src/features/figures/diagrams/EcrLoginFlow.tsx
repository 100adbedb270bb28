/** Docker and ECR: IAM identity → GetAuthorizationToken → docker login → push and pull, one host at a time. */
import { document, ecr, ecrRegistry, users } from '@/ui/awsIcons';
import { useFigure, useFigureText } from '../context';
import { Arrow, Box, FigureSvg, StepBadge } from '../kit';
import { lineUp, link } from '../layout';
import { ecrLoginFlowText } from './ecrLoginFlow.text';

export default function EcrLoginFlow() {
  const m = useFigureText(ecrLoginFlowText);
  const wide = useFigure().layout === 'wide';
  const direction = wide ? 'row' : 'column';
  const boxes = wide ? lineUp(4, { x: 14, y: 20, w: 158, h: 196, gap: 20 }, 'row') : lineUp(4, { x: 30, y: 12, w: 314, h: 92, gap: 28 }, 'column');
  const steps = [
    { icon: users, label: m.identity, sub: m.identitySub, tone: 'plain' as const },
    { icon: ecr, label: m.ecr, sub: m.ecrSub, tone: 'orange' as const },
    { icon: document, label: m.login, sub: m.loginSub, tone: 'plain' as const },
    { icon: ecrRegistry, label: m.registry, sub: m.registrySub, tone: 'blue' as const },
  ];
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      {steps.map((s, i) => (
        <g key={i}>
          <Box {...boxes[i]!} icon={s.icon} iconAt={wide ? 'top' : 'left'} label={s.label} sub={s.sub} tone={s.tone} />
          <StepBadge x={boxes[i]!.x + (wide ? 16 : -14)} y={boxes[i]!.y + (wide ? 16 : boxes[i]!.h / 2)} n={i + 1} />
          {i > 0 && <Arrow points={link(boxes[i - 1]!, boxes[i]!, direction)} />}
        </g>
      ))}
    </FigureSvg>
  );
}
