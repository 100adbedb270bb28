/** IAM: how one request is decided, explicit deny first, then the guardrails, then an allow, else implicit deny. */
import { document, ecsTask, iamPermissions, iamRole, s3Bucket } from '@/ui/awsIcons';
import { useFigure, useFigureText } from '../context';
import { Arrow, Box, FigureSvg, Group, SIZE } from '../kit';
import { bottom, left, right, top, type Rect } from '../layout';
import { iamPolicyEvaluationText } from './iamPolicyEvaluation.text';

export default function IamPolicyEvaluation() {
  const m = useFigureText(iamPolicyEvaluationText);
  const wide = useFigure().layout === 'wide';
  // Wide: the policies on the left, the three questions down the middle, the outcomes on the right.
  // Narrow: the questions down the left with their outcomes beside them, the policies listed below.
  const request: Rect = wide ? { x: 250, y: 12, w: 280, h: 66 } : { x: 12, y: 12, w: 336, h: 62 };
  const [q1, q2, q3] = (wide
    ? [{ x: 250, y: 108, w: 280, h: 76 }, { x: 250, y: 214, w: 280, h: 76 }, { x: 250, y: 320, w: 280, h: 66 }]
    : [{ x: 12, y: 104, w: 194, h: 92 }, { x: 12, y: 226, w: 194, h: 104 }, { x: 12, y: 360, w: 194, h: 92 }]) as [Rect, Rect, Rect];
  const [denied, guarded, allowed] = (wide
    ? [{ x: 574, y: 108, w: 136, h: 76 }, { x: 574, y: 214, w: 136, h: 76 }, { x: 574, y: 320, w: 136, h: 66 }]
    : [{ x: 248, y: 104, w: 100, h: 92 }, { x: 248, y: 226, w: 100, h: 104 }, { x: 248, y: 360, w: 100, h: 92 }]) as [Rect, Rect, Rect];
  const implicit: Rect = wide ? { x: 290, y: 420, w: 200, h: 60 } : { x: 12, y: 486, w: 194, h: 62 };
  const panel: Rect = wide ? { x: 10, y: 12, w: 210, h: 470 } : { x: 12, y: 574, w: 336, h: 294 };
  const items = [
    { icon: iamRole, label: m.identity, sub: m.identitySub },
    { icon: s3Bucket, label: m.resource, sub: m.resourceSub },
    { icon: iamPermissions, label: m.boundary, sub: m.boundarySub },
    { icon: document, label: m.org, sub: m.orgSub },
  ];
  const itemH = wide ? 94 : 58;
  const step = wide ? 104 : 64;
  const size = wide ? SIZE.body : SIZE.small;
  const labelW = wide ? 64 : 60;
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      <Group {...panel} label={m.policies} />
      {items.map((it, i) => (
        <Box key={it.label} x={panel.x + 10} y={panel.y + (wide ? 50 : 34) + i * step} w={panel.w - 20} h={itemH} icon={it.icon} iconAt={wide ? 'top' : 'left'} iconSize={wide ? 26 : 24} label={it.label} sub={it.sub} size={SIZE.small} tone="purple" />
      ))}
      <Box {...request} icon={ecsTask} iconAt="left" label={m.request} sub={m.requestSub} size={size} tone="orange" />
      <Box {...q1} label={m.q1} size={size} tone="plain" />
      <Box {...q2} label={m.q2} sub={m.q2Sub} size={size} tone="plain" />
      <Box {...q3} label={m.q3} size={size} tone="plain" />
      <Box {...denied} label={m.explicitDeny} sub={m.explicitDenySub} size={size} tone="red" />
      <Box {...guarded} label={m.guardDeny} sub={m.guardDenySub} size={size} tone="red" />
      <Box {...allowed} label={m.allowed} sub={m.allowedSub} size={size} tone="green" />
      <Box {...implicit} label={m.implicitDeny} sub={m.implicitDenySub} size={size} tone="gray" dashed />
      <Arrow points={[bottom(request, q1.x + q1.w / 2 - (request.x + request.w / 2)), top(q1)]} tone="accent" />
      <Arrow points={[right(q1), left(denied)]} tone="red" label={m.yes} labelW={labelW} />
      <Arrow points={[bottom(q1), top(q2)]} tone="accent" label={m.no} labelW={labelW} />
      <Arrow points={[right(q2), left(guarded)]} tone="red" label={m.no} labelW={labelW} />
      <Arrow points={[bottom(q2), top(q3)]} tone="accent" label={m.yes} labelW={labelW} />
      <Arrow points={[right(q3), left(allowed)]} tone="green" label={m.yes} labelW={labelW} />
      <Arrow points={[bottom(q3), top(implicit)]} tone="line" dashed label={m.no} labelW={labelW} />
    </FigureSvg>
  );
}
