/** Foundations: desired state in, and the compare → act → observe loop an orchestrator runs forever. */
import { useFigure, useFigureText } from '../context';
import { Arrow, Box, FigureSvg, SIZE, Text } from '../kit';
import { bottom, left, right, top } from '../layout';
import { controlLoopText } from './controlLoop.text';

export default function ControlLoop() {
  const m = useFigureText(controlLoopText);
  const wide = useFigure().layout === 'wide';
  if (wide) {
    const you = { x: 16, y: 118, w: 180, h: 90 };
    const compare = { x: 250, y: 118, w: 180, h: 90 };
    const act = { x: 500, y: 16, w: 200, h: 90 };
    const observe = { x: 500, y: 220, w: 200, h: 90 };
    return (
      <FigureSvg title={m.title} desc={m.desc}>
        <Box {...you} label={m.you} sub={m.youSub} tone="blue" />
        <Box {...compare} label={m.compare} sub={m.compareSub} tone="orange" />
        <Box {...act} label={m.act} sub={m.actSub} tone="green" />
        <Box {...observe} label={m.observe} sub={m.observeSub} tone="purple" />
        <Arrow points={[right(you), left(compare)]} />
        <Arrow points={[[compare.x + compare.w, compare.y + 20], [470, compare.y + 20], [470, act.y + act.h / 2], left(act)]} />
        <Arrow points={[bottom(act), top(observe)]} />
        <Arrow points={[left(observe), [450, observe.y + observe.h / 2], [450, compare.y + compare.h - 20], [compare.x + compare.w, compare.y + compare.h - 20]]} />
        <Text x={570} y={163} w={120} text={m.loop} size={SIZE.small} muted />
      </FigureSvg>
    );
  }
  const you = { x: 40, y: 12, w: 280, h: 74 };
  const compare = { x: 90, y: 122, w: 180, h: 86 };
  const act = { x: 190, y: 276, w: 160, h: 96 };
  const observe = { x: 10, y: 276, w: 160, h: 96 };
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      <Box {...you} label={m.you} sub={m.youSub} tone="blue" />
      <Box {...compare} label={m.compare} sub={m.compareSub} tone="orange" />
      <Box {...act} label={m.act} sub={m.actSub} tone="green" />
      <Box {...observe} label={m.observe} sub={m.observeSub} tone="purple" />
      <Arrow points={[bottom(you), top(compare)]} />
      <Arrow points={[right(compare), [act.x + act.w / 2 + 40, compare.y + compare.h / 2], top(act, 40)]} />
      <Arrow points={[left(act), right(observe)]} />
      <Arrow points={[top(observe, -40), [observe.x + observe.w / 2 - 40, compare.y + compare.h / 2], left(compare)]} />
      <Text x={180} y={396} w={200} text={m.loop} size={SIZE.small} muted />
    </FigureSvg>
  );
}
