/** ECR permissions: a role in one account pulling from a repository in another, with both policies allowing it. */
import { ecrRegistry, iamPermissions, iamRole } from '@/ui/awsIcons';
import { useFigure, useFigureText } from '../context';
import { Arrow, Box, FigureSvg, Group, SIZE, Text } from '../kit';
import { ecrCrossAccountText } from './ecrCrossAccount.text';

export default function EcrCrossAccount() {
  const m = useFigureText(ecrCrossAccountText);
  const wide = useFigure().layout === 'wide';
  const b = wide ? { x: 14, y: 12, w: 316, h: 226 } : { x: 10, y: 10, w: 340, h: 214 };
  const a = wide ? { x: 390, y: 12, w: 316, h: 226 } : { x: 10, y: 290, w: 340, h: 214 };
  const inner = (g: typeof a, i: number) => ({ x: g.x + 14, y: g.y + 36 + i * 92, w: g.w - 28, h: 80 });
  const role = inner(b, 0);
  const repo = inner(a, 0);
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      <Group {...b} label={m.accountB} />
      <Box {...role} icon={iamRole} iconAt="left" label={m.role} sub={m.roleSub} />
      <Box {...inner(b, 1)} icon={iamPermissions} iconAt="left" iconSize={26} label={m.identityPolicy} sub={m.identityPolicySub} tone="green" size={14} />
      <Group {...a} label={m.accountA} />
      <Box {...repo} icon={ecrRegistry} iconAt="left" label={m.repo} sub={m.repoSub} />
      <Box {...inner(a, 1)} icon={iamPermissions} iconAt="left" iconSize={26} label={m.repoPolicy} sub={m.repoPolicySub} tone="green" size={14} />
      {wide ? (
        <Arrow points={[[role.x + role.w, role.y + 40], [repo.x, repo.y + 40]]} label={m.pull} labelW={60} labelAt={[360, role.y + 22]} tone="accent" />
      ) : (
        <Arrow points={[[role.x + role.w - 30, b.y + b.h], [repo.x + repo.w - 30, a.y]]} label={m.pull} labelW={60} labelAt={[290, 257]} tone="accent" />
      )}
      <Text x={wide ? 14 : 10} y={wide ? 252 : 516} w={wide ? 690 : 340} text={m.rules} size={SIZE.small} anchor="start" valign="top" />
    </FigureSvg>
  );
}
