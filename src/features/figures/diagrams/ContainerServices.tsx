/** Foundations: image → ECR → ECS or EKS → Fargate or EC2, with Lambda as a second consumer of images. */
import { ec2, ecr, ecrImage, ecs, eks, fargate, lambda } from '@/ui/awsIcons';
import { useFigure, useFigureText } from '../context';
import { Arrow, Box, FigureSvg, Group } from '../kit';
import { bottom, left, right, top } from '../layout';
import { containerServicesText } from './containerServices.text';

export default function ContainerServices() {
  const m = useFigureText(containerServicesText);
  const wide = useFigure().layout === 'wide';
  if (wide) {
    const image = { x: 16, y: 96, w: 130, h: 110 };
    const store = { x: 186, y: 96, w: 140, h: 110 };
    const lam = { x: 166, y: 232, w: 180, h: 72 };
    const orch = { x: 366, y: 16, w: 160, h: 290 };
    const run = { x: 566, y: 16, w: 140, h: 290 };
    const inner = (g: typeof orch, i: number) => ({ x: g.x + 10, y: g.y + 34 + i * 128, w: g.w - 20, h: 116 });
    return (
      <FigureSvg title={m.title} desc={m.desc}>
        <Box {...image} icon={ecrImage} label={m.image} sub={m.imageSub} />
        <Box {...store} icon={ecr} label={m.ecr} sub={m.ecrSub} />
        <Box {...lam} icon={lambda} iconAt="left" iconSize={26} label={m.lambda} sub={m.lambdaSub} size={13} />
        <Group {...orch} label={m.orchestrate} />
        <Box {...inner(orch, 0)} icon={ecs} label={m.ecs} sub={m.ecsSub} />
        <Box {...inner(orch, 1)} icon={eks} label={m.eks} sub={m.eksSub} />
        <Group {...run} label={m.runOn} />
        <Box {...inner(run, 0)} icon={fargate} label={m.fargate} sub={m.fargateSub} />
        <Box {...inner(run, 1)} icon={ec2} label={m.ec2} sub={m.ec2Sub} />
        <Arrow points={[right(image), left(store)]} label={m.push} labelW={60} labelAt={[166, 136]} />
        <Arrow points={[right(store), left(orch, -10)]} label={m.pull} labelW={60} labelAt={[346, 125]} />
        <Arrow points={[bottom(store), top(lam)]} />
        <Arrow points={[right(orch), left(run)]} />
      </FigureSvg>
    );
  }
  const image = { x: 16, y: 12, w: 150, h: 96 };
  const store = { x: 16, y: 140, w: 150, h: 96 };
  const lam = { x: 196, y: 140, w: 148, h: 96 };
  const orch = { x: 10, y: 268, w: 340, h: 138 };
  const run = { x: 10, y: 438, w: 340, h: 138 };
  const inner = (g: typeof orch, i: number) => ({ x: g.x + 10 + i * 165, y: g.y + 30, w: 155, h: 98 });
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      <Box {...image} icon={ecrImage} iconSize={26} label={m.image} sub={m.imageSub} />
      <Box {...store} icon={ecr} iconSize={26} label={m.ecr} sub={m.ecrSub} />
      <Box {...lam} icon={lambda} iconSize={26} label={m.lambda} sub={m.lambdaSub} />
      <Group {...orch} label={m.orchestrate} />
      <Box {...inner(orch, 0)} icon={ecs} iconSize={26} label={m.ecs} sub={m.ecsSub} />
      <Box {...inner(orch, 1)} icon={eks} iconSize={26} label={m.eks} sub={m.eksSub} />
      <Group {...run} label={m.runOn} />
      <Box {...inner(run, 0)} icon={fargate} iconSize={26} label={m.fargate} sub={m.fargateSub} />
      <Box {...inner(run, 1)} icon={ec2} iconSize={26} label={m.ec2} sub={m.ec2Sub} />
      <Arrow points={[bottom(image), top(store)]} label={m.push} labelW={60} />
      <Arrow points={[right(store), left(lam)]} />
      <Arrow points={[bottom(store), [91, orch.y]]} label={m.pull} labelW={60} />
      <Arrow points={[[180, orch.y + orch.h], [180, run.y]]} />
    </FigureSvg>
  );
}
