/** EKS workloads: a Deployment owning a ReplicaSet owning three Pods spread over zones, and a Service selecting them by label. */
import { ec2Instance, eks } from '@/ui/awsIcons';
import { useFigure, useFigureText } from '../context';
import { Arrow, Box, FigureSvg, Group, SIZE, Text, type Point } from '../kit';
import { bottom, left, right, top, type Rect } from '../layout';
import { eksWorkloadObjectsText } from './eksWorkloadObjects.text';

/** Pod names are the ReplicaSet's name plus a random suffix, the same in every language. */
const PODS = ['web-6d9f8b7c5d-2xk7p', 'web-6d9f8b7c5d-9qv4s', 'web-6d9f8b7c5d-t8zhl'] as const;

export default function EksWorkloadObjects() {
  const m = useFigureText(eksWorkloadObjectsText);
  const wide = useFigure().layout === 'wide';
  // Wide: owners on the left, the Pods in their zones in the middle, the Service and its client on the right.
  // Narrow: owners on top, zones in the middle, the Service and its client below; the lines run down the margins.
  const deployment: Rect = wide ? { x: 12, y: 40, w: 180, h: 96 } : { x: 12, y: 12, w: 336, h: 64 };
  const replicaSet: Rect = wide ? { x: 12, y: 200, w: 180, h: 96 } : { x: 12, y: 120, w: 336, h: 64 };
  const zoneH = wide ? 112 : 104;
  const zones: Rect[] = [0, 1, 2].map((i) => (wide ? { x: 236, y: 12 + i * (zoneH + 12), w: 264, h: zoneH } : { x: 34, y: 212 + i * (zoneH + 12), w: 292, h: zoneH }));
  const nodes: Rect[] = zones.map((z) => ({ x: z.x + 10, y: z.y + 30, w: z.w - 20, h: wide ? 74 : 70 }));
  const pods: Rect[] = nodes.map((n) => (wide ? { x: n.x + 88, y: n.y + 9, w: 152, h: 56 } : { x: n.x + 84, y: n.y + 8, w: n.w - 92, h: 54 }));
  const lastZone = zones[2]!;
  const spread: Rect = wide ? { x: 12, y: lastZone.y + lastZone.h + 12, w: 696, h: 0 } : { x: 12, y: lastZone.y + lastZone.h + 10, w: 336, h: 0 };
  const client: Rect = wide ? { x: 540, y: 20, w: 168, h: 96 } : { x: 12, y: 752, w: 316, h: 56 };
  const service: Rect = wide ? { x: 540, y: 150, w: 168, h: 140 } : { x: 12, y: 642, w: 316, h: 76 };
  const owned = (p: Rect): Point[] => {
    const y = p.y + p.h / 2;
    return wide ? [right(replicaSet), [214, replicaSet.y + replicaSet.h / 2], [214, y], left(p)] : [[22, replicaSet.y + replicaSet.h], [22, y], left(p)];
  };
  const selected = (p: Rect): Point[] => {
    const y = p.y + p.h / 2;
    return wide ? [left(service), [520, service.y + service.h / 2], [520, y], right(p)] : [right(service), [342, service.y + service.h / 2], [342, y], right(p)];
  };
  const zoneNames = [m.zoneA, m.zoneB, m.zoneC];
  const small = SIZE.small;
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      <Box {...deployment} icon={eks} iconSize={wide ? 26 : 24} iconAt={wide ? 'top' : 'left'} label={m.deployment} sub={m.deploymentSub} tone="purple" size={wide ? 14 : small} />
      <Box {...replicaSet} label={m.replicaSet} sub={m.replicaSetSub} tone="blue" size={wide ? 14 : small} />
      <Arrow points={[bottom(deployment, wide ? 0 : -60), top(replicaSet, wide ? 0 : -60)]} label={m.owns} labelW={60} labelAt={wide ? [deployment.x + deployment.w / 2 + 34, (deployment.y + deployment.h + replicaSet.y) / 2] : [deployment.x + deployment.w / 2 - 20, (deployment.y + deployment.h + replicaSet.y) / 2]} />
      {zones.map((z, i) => (
        <g key={i}>
          <Group {...z} label={zoneNames[i]!} tone="plain" dashed />
          <Group {...nodes[i]!} label={m.node} icon={ec2Instance} tone="soft" />
          {/* Wide, the name breaks after its hash anyway, so the label runs on; narrow, it has a line of its own. */}
          <Box {...pods[i]!} label={m.pod} sub={wide ? `${PODS[i]!}, app: web` : `${PODS[i]!}\napp: web`} tone="orange" size={small} />
        </g>
      ))}
      <Text x={spread.x + spread.w / 2} y={spread.y} w={spread.w} text={m.spread} size={small} muted valign="top" />
      {pods.map((p, i) => (
        <g key={i}>
          <Arrow points={owned(p)} />
          <Arrow points={selected(p)} tone="accent" />
        </g>
      ))}
      <Box {...client} label={m.client} sub={m.clientSub} size={small} />
      <Box {...service} label={m.service} sub={m.serviceSub} tone="teal" size={wide ? 14 : small} />
      <Arrow points={wide ? [bottom(client), top(service)] : [top(client), bottom(service)]} tone="accent" />
    </FigureSvg>
  );
}
