/** ECR and Fargate: the VPC endpoints a task in a private subnet needs to pull its image and ship its logs. */
import { cloudWatchLogs, ecr, ecsTask, s3, vpc, vpcEndpoints } from '@/ui/awsIcons';
import { useFigure, useFigureText } from '../context';
import { Arrow, Box, FigureSvg, Group } from '../kit';
import { left, right, type Rect } from '../layout';
import { privateSubnetEndpointsText } from './privateSubnetEndpoints.text';

export default function PrivateSubnetEndpoints() {
  const m = useFigureText(privateSubnetEndpointsText);
  const wide = useFigure().layout === 'wide';
  const g = wide
    ? { vpc: { x: 14, y: 12, w: 458, h: 330 }, subnet: { x: 28, y: 50, w: 430, h: 280 }, task: { x: 42, y: 146, w: 126, h: 96 }, ep: { x: 226, w: 220, y: 64, h: 52, step: 62 }, svc: { x: 510, w: 196 } }
    : { vpc: { x: 8, y: 8, w: 196, h: 446 }, subnet: { x: 18, y: 40, w: 176, h: 404 }, task: { x: 40, y: 74, w: 144, h: 64 }, ep: { x: 46, w: 138, y: 166, h: 56, step: 64 }, svc: { x: 216, w: 136 } };
  const eps: Rect[] = [0, 1, 2, 3].map((i) => ({ x: g.ep.x, y: g.ep.y + i * g.ep.step + (i === 3 && wide ? 8 : 0), w: g.ep.w, h: i === 3 ? g.ep.h + (wide ? 6 : 24) : g.ep.h }));
  const [api, dkr, logsEp, gw] = eps as [Rect, Rect, Rect, Rect];
  const ecrBox = { x: g.svc.x, y: api.y, w: g.svc.w, h: dkr.y + dkr.h - api.y };
  const logsBox = { x: g.svc.x, y: logsEp.y, w: g.svc.w, h: logsEp.h };
  const s3Box = { x: g.svc.x, y: gw.y, w: g.svc.w, h: gw.h };
  const trunk = wide ? 0 : 30;
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      <Group {...g.vpc} label={m.vpc} icon={vpc} tone="plain" />
      <Group {...g.subnet} label={m.subnet} dashed />
      <Box {...g.task} icon={ecsTask} iconAt={wide ? 'top' : 'left'} label={m.task} tone="orange" />
      {[
        { r: api, label: 'ecr.api' },
        { r: dkr, label: 'ecr.dkr' },
        { r: logsEp, label: 'logs' },
      ].map((e) => (
        <Box key={e.label} {...e.r} icon={vpcEndpoints} iconAt="left" iconSize={24} label={e.label} mono sub={m.iface} tone="purple" size={14} />
      ))}
      <Box {...gw} label={m.gateway} sub={m.gatewaySub} tone="green" dashed size={14} />
      <Box {...ecrBox} icon={ecr} iconAt={wide ? 'left' : 'top'} iconSize={28} label={m.ecr} sub={m.ecrSub} />
      <Box {...logsBox} icon={wide ? cloudWatchLogs : undefined} iconAt="left" iconSize={26} label={m.logs} sub={wide ? m.logsSub : undefined} size={14} />
      <Box {...s3Box} icon={s3} iconAt="left" iconSize={26} label={m.s3} sub={m.s3Sub} size={14} />
      {eps.map((e, i) => (
        <g key={i}>
          <Arrow points={wide ? [right(g.task), left(e)] : [[g.task.x, g.task.y + g.task.h / 2], [trunk, g.task.y + g.task.h / 2], [trunk, e.y + e.h / 2], left(e)]} />
          <Arrow points={[right(e), [g.svc.x, e.y + e.h / 2]]} />
        </g>
      ))}
    </FigureSvg>
  );
}
