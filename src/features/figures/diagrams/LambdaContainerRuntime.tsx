/** ECR and Lambda: the image from ECR, the Runtime API, and the runtime interface client calling the handler. */
import { ecr, lambda } from '@/ui/awsIcons';
import { useFigure, useFigureText } from '../context';
import { Arrow, Box, FigureSvg, Group, SIZE, Text } from '../kit';
import { bottom, left, right, top } from '../layout';
import { lambdaContainerRuntimeText } from './lambdaContainerRuntime.text';

export default function LambdaContainerRuntime() {
  const m = useFigureText(lambdaContainerRuntimeText);
  const wide = useFigure().layout === 'wide';
  const g = wide
    ? {
        ecr: { x: 14, y: 96, w: 152, h: 100 },
        fn: { x: 198, y: 12, w: 508, h: 280 },
        api: { x: 216, y: 76, w: 146, h: 88 },
        image: { x: 392, y: 46, w: 298, h: 232 },
        ric: { x: 408, y: 84, w: 266, h: 72 },
        handler: { x: 408, y: 190, w: 266, h: 72 },
        note: { x: 14, y: 214, w: 160 },
      }
    : {
        ecr: { x: 20, y: 10, w: 320, h: 66 },
        fn: { x: 10, y: 104, w: 340, h: 420 },
        api: { x: 30, y: 142, w: 300, h: 64 },
        image: { x: 24, y: 250, w: 312, h: 260 },
        ric: { x: 40, y: 288, w: 280, h: 80 },
        handler: { x: 40, y: 412, w: 280, h: 80 },
        note: { x: 10, y: 540, w: 340 },
      };
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      <Box {...g.ecr} icon={ecr} iconAt={wide ? 'top' : 'left'} label={m.ecr} sub={m.ecrSub} />
      <Group {...g.fn} label={m.lambda} icon={lambda} />
      <Box {...g.api} label={m.api} sub={m.apiSub} tone="gray" />
      <Group {...g.image} label={m.image} tone="plain" dashed />
      <Box {...g.ric} label={m.ric} sub={m.ricSub} tone="orange" />
      <Box {...g.handler} label={m.handler} sub={m.handlerSub} tone="blue" />
      <Arrow points={wide ? [right(g.ecr), [g.fn.x, g.ecr.y + g.ecr.h / 2]] : [bottom(g.ecr), top(g.fn)]} />
      <Arrow points={wide ? [right(g.api), left(g.ric)] : [bottom(g.api), top(g.ric)]} head="both" />
      <Arrow points={[bottom(g.ric), top(g.handler)]} head="both" />
      <Text x={g.note.x} y={g.note.y} w={g.note.w} text={m.emulator} size={SIZE.small} muted anchor="start" valign="top" />
    </FigureSvg>
  );
}
