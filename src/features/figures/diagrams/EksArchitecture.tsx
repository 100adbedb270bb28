/** EKS architecture: the control plane's four components (run by AWS) beside worker nodes with Pods (yours). */
import { ec2Instance, eks, users } from '@/ui/awsIcons';
import { useFigure, useFigureText } from '../context';
import { Arrow, Box, FigureSvg, Group, SIZE, Text } from '../kit';
import { bottom, left, right, top, type Rect } from '../layout';
import { eksArchitectureText } from './eksArchitecture.text';

export default function EksArchitecture() {
  const m = useFigureText(eksArchitectureText);
  const wide = useFigure().layout === 'wide';
  // Wide: you | control plane | data plane, left to right. Narrow: the same three stacked.
  const you: Rect = wide ? { x: 8, y: 50, w: 86, h: 84 } : { x: 100, y: 8, w: 160, h: 58 };
  const cp: Rect = wide ? { x: 112, y: 10, w: 300, h: 404 } : { x: 8, y: 92, w: 344, h: 330 };
  const dp: Rect = wide ? { x: 452, y: 10, w: 260, h: 404 } : { x: 8, y: 468, w: 344, h: 264 };
  const api: Rect = wide ? { x: cp.x + 14, y: cp.y + 50, w: cp.w - 28, h: 64 } : { x: cp.x + 12, y: cp.y + 48, w: cp.w - 24, h: 64 };
  // The other three components hang off the API server: a line down its left side in the wide layout.
  const spine = api.x + 16;
  const parts: Rect[] = wide
    ? [0, 1, 2].map((i) => ({ x: cp.x + 46, y: cp.y + 132 + i * 78, w: cp.w - 60, h: 66 }))
    : [0, 1, 2].map((i) => ({ x: cp.x + 12 + i * 108, y: cp.y + 148, w: 104, h: 112 }));
  const nodes: Rect[] = wide
    ? [0, 1].map((i) => ({ x: dp.x + 14, y: dp.y + 50 + i * 172, w: dp.w - 28, h: 156 }))
    : [0, 1].map((i) => ({ x: dp.x + 12 + i * 166, y: dp.y + 46, w: 154, h: 200 }));
  const names = [
    [m.etcd, m.etcdSub],
    [m.scheduler, m.schedulerSub],
    [m.controllers, m.controllersSub],
  ] as const;
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      <Box {...you} icon={users} iconSize={wide ? 28 : 24} iconAt={wide ? 'top' : 'left'} label={m.you} size={SIZE.small} tone="plain" />
      <Group {...cp} label={m.controlPlane} icon={eks} tone="soft" />
      <Box {...api} label={m.api} sub={m.apiSub} tone="purple" mono />
      {parts.map((r, i) => (
        <g key={i}>
          <Box {...r} label={names[i]![0]} sub={names[i]![1]} tone="blue" mono size={SIZE.small} />
          <Arrow points={wide ? [[spine, api.y + api.h], [spine, r.y + r.h / 2], [r.x, r.y + r.h / 2]] : [top(r), [top(r)[0], api.y + api.h]]} head="both" />
        </g>
      ))}
      <Text x={cp.x + cp.w / 2} y={cp.y + cp.h - 18} w={cp.w - 20} text={m.ha} size={SIZE.small} muted />
      <Group {...dp} label={m.dataPlane} tone="plain" dashed />
      {nodes.map((n, i) => (
        <g key={i}>
          <Group {...n} label={m.node} icon={ec2Instance} tone="soft" />
          <Text x={n.x + n.w / 2} y={n.y + 44} w={n.w - 16} text={m.nodeParts} size={SIZE.small} mono valign="top" />
          {[0, 1].map((k) => {
            const pw = (n.w - 36) / 2;
            return <Box key={k} x={n.x + 12 + k * (pw + 12)} y={n.y + n.h - (wide ? 60 : 70)} w={pw} h={wide ? 48 : 58} label={m.pod} tone="orange" size={SIZE.small} />;
          })}
        </g>
      ))}
      {wide ? (
        <>
          <Arrow points={[right(you), left(api)]} tone="accent" />
          {nodes.map((n, i) => (
            <Arrow key={i} points={[[n.x, n.y + 30], [cp.x + cp.w + 20, n.y + 30], [cp.x + cp.w + 20, api.y + api.h / 2], right(api)]} tone="accent" head="both" />
          ))}
        </>
      ) : (
        <>
          <Arrow points={[bottom(you), top(api)]} tone="accent" />
          <Arrow points={[[dp.x + dp.w / 2, dp.y], [dp.x + dp.w / 2, cp.y + cp.h]]} tone="accent" head="both" />
        </>
      )}
    </FigureSvg>
  );
}
