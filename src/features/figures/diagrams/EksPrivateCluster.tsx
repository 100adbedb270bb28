/** EKS private cluster: nodes with no route out reach the API server's private endpoint and AWS services through VPC endpoints. */
import { ec2Instance, eks, internet, users, vpc, vpcEndpoints } from '@/ui/awsIcons';
import { useFigure, useFigureText } from '../context';
import { Arrow, Box, FigureSvg, Group, SIZE, textBlockHeight } from '../kit';
import { wrapText } from '../text';
import { bottom, top, type Rect } from '../layout';
import { eksPrivateClusterText } from './eksPrivateCluster.text';

/** The interface endpoints the lesson lists, grouped by the need each one serves; the names stay as AWS spells them. */
const INTERFACES = [
  { names: 'ecr.api · ecr.dkr', need: 'pull' },
  { names: 'ec2', need: 'ec2' },
  { names: 'sts', need: 'irsa' },
  { names: 'logs · elasticloadbalancing · autoscaling', need: 'ops' },
] as const;

/** Height of a box with a label and a smaller second line, at least `min`. */
function fitted(label: string, sub: string, w: number, min: number, mono: boolean): number {
  const labelH = wrapText(label, w, SIZE.small, { bold: true, mono }).length * SIZE.small * 1.25;
  return Math.max(min, labelH + textBlockHeight(sub, w, SIZE.small) + 14);
}

export default function EksPrivateCluster() {
  const m = useFigureText(eksPrivateClusterText);
  const wide = useFigure().layout === 'wide';
  /** Room a group's label takes at its top (Group draws an icon before the label when it has one). */
  const groupHead = (label: string, w: number, icon = false) => textBlockHeight(label, w - 20 - (icon ? 28 : 0), SIZE.small, true) + 14;

  // Outside the VPC: the control plane with the API server, your own network, and the internet it has no route to.
  const cp: Rect = wide ? { x: 170, y: 8, w: 320, h: 88 } : { x: 8, y: 8, w: 224, h: 104 };
  const apiY = cp.y + groupHead(m.controlPlane, cp.w, true);
  const api: Rect = { x: cp.x + 10, y: apiY, w: cp.w - 20, h: cp.y + cp.h - 8 - apiY };
  const net: Rect = wide ? { x: 8, y: 8, w: 150, h: 88 } : { x: 240, y: 8, w: 112, h: 104 };

  const vpcY = cp.y + cp.h + 16;
  const inner = vpcY + groupHead(m.vpc, wide ? 704 : 344, true);
  // Wide: the private endpoint and the nodes on the left, the VPC endpoints on the right. Narrow: one column,
  // with the trunk line to the endpoints down its left side.
  const colX = wide ? 22 : 32;
  const colW = wide ? 300 : 310;
  const pe: Rect = { x: colX, y: inner, w: colW, h: fitted(m.privateEndpoint, m.privateEndpointSub, colW - 50, 54, false) };
  const subnetsY = pe.y + pe.h + 28;
  const nodeW = (colW - 36) / 2;
  const nodeH = 76;
  const nodesTop = subnetsY + groupHead(m.subnets, colW);
  const nodesEnd = nodesTop + nodeH;

  const rightX = wide ? 364 : colX;
  const rightW = wide ? 334 : colW;
  const ifHead = groupHead(m.interfaces, rightW);
  const ifHeights = INTERFACES.map((e) => fitted(e.names, m[e.need], rightW - 20 - 48, 44, true));
  const ifHeight = ifHead + ifHeights.reduce((a, h) => a + h + 6, 0) + 4;
  const rtH = fitted(m.routeTable, m.routeTableSub, colW - 38, 50, false);
  // Wide: the route table sits level with the S3 gateway endpoint it routes to, below the interface endpoints.
  const gwY = wide ? Math.max(inner + ifHeight + 12, nodesEnd + 24) : nodesEnd + 14 + rtH + 12 + 26;
  const gw: Rect = { x: wide ? rightX : colX, y: gwY, w: wide ? rightW : colW, h: 50 };
  const rt: Rect = { x: colX + 12, y: wide ? gw.y + (gw.h - rtH) / 2 : nodesEnd + 14, w: colW - 24, h: rtH };
  const subnets: Rect = { x: colX, y: subnetsY, w: colW, h: rt.y + rt.h + 12 - subnetsY };
  // In the wide layout the route table may sit well below the nodes; the nodes then centre in the space left.
  const nodeY = wide ? nodesTop + Math.max(0, (rt.y - 14 - nodesTop - nodeH) / 2) : nodesTop;
  const nodes: Rect[] = [0, 1].map((i) => ({ x: colX + 12 + i * (nodeW + 12), y: nodeY, w: nodeW, h: nodeH }));
  const ifaces: Rect = { x: rightX, y: wide ? inner : gw.y + gw.h + 18, w: rightW, h: ifHeight };
  const ifBoxes: Rect[] = ifHeights.map((h, i) => ({ x: ifaces.x + 10, y: ifaces.y + ifHead + ifHeights.slice(0, i).reduce((a, b) => a + b + 6, 0), w: rightW - 20, h }));
  const vpcBox: Rect = { x: 8, y: vpcY, w: wide ? 704 : 344, h: Math.max(subnets.y + subnets.h, gw.y + gw.h, ifaces.y + ifaces.h) + 14 - vpcY };
  const inet: Rect = wide ? { x: 502, y: 8, w: 210, h: 88 } : { x: 8, y: vpcBox.y + vpcBox.h + 16, w: 344, h: 64 };

  // Every call to an AWS service leaves the nodes along one trunk line, then branches to its endpoint.
  const trunkX = wide ? 343 : 19;
  const from: [number, number] = wide ? [nodes[1]!.x + nodes[1]!.w, nodes[1]!.y + nodes[1]!.h / 2] : [nodes[0]!.x, nodes[0]!.y + nodes[0]!.h / 2];
  // The links up to the API server run clear of the group labels they cross.
  const apiLink = wide ? 280 : api.x + api.w / 2;
  const netLink = net.x + net.w - 20;
  const nodeLink = nodes[1]!.x + nodes[1]!.w - 22;
  const size = wide ? 14 : SIZE.small;
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      <Group {...cp} label={m.controlPlane} icon={eks} />
      <Box {...api} label={m.api} sub={m.apiSub} tone="blue" size={size} />
      <Box {...net} icon={users} iconSize={wide ? 26 : 22} label={m.network} sub={m.networkSub} size={SIZE.small} />
      <Box {...inet} icon={internet} iconAt="left" iconSize={28} label={m.internet} sub={m.internetSub} tone="red" dashed size={SIZE.small} />

      <Group {...vpcBox} label={m.vpc} icon={vpc} tone="plain" />
      <Box {...pe} icon={vpcEndpoints} iconAt="left" iconSize={26} label={m.privateEndpoint} sub={m.privateEndpointSub} tone="blue" size={size} />
      <Arrow points={[[apiLink, pe.y], [apiLink, api.y + api.h]]} tone="accent" />
      <Arrow points={[[netLink, net.y + net.h], [netLink, pe.y]]} tone="accent" />

      <Group {...subnets} label={m.subnets} dashed />
      {nodes.map((n, i) => (
        <Box key={i} {...n} icon={ec2Instance} iconSize={26} label={m.node} sub={m.nodeSub} tone="orange" size={SIZE.small} />
      ))}
      <Arrow points={[[nodeLink, nodes[1]!.y], [nodeLink, pe.y + pe.h]]} tone="accent" label={m.https} labelW={90} labelAt={[nodeLink - 56, (pe.y + pe.h + subnets.y) / 2]} />
      <Box {...rt} label={m.routeTable} sub={m.routeTableSub} size={SIZE.small} />
      <Arrow points={wide ? [[rt.x + rt.w, gw.y + gw.h / 2], [gw.x, gw.y + gw.h / 2]] : [bottom(rt), top(gw)]} tone="green" />
      <Box {...gw} label={m.gateway} sub={m.gatewaySub} tone="green" dashed size={size} />

      <Group {...ifaces} label={m.interfaces} />
      {INTERFACES.map((e, i) => {
        const r = ifBoxes[i]!;
        return (
          <g key={e.names}>
            <Box {...r} icon={vpcEndpoints} iconAt="left" iconSize={24} label={e.names} sub={m[e.need]} tone="purple" mono size={SIZE.small} />
            <Arrow points={[from, [trunkX, from[1]], [trunkX, r.y + r.h / 2], [r.x, r.y + r.h / 2]]} />
          </g>
        );
      })}
    </FigureSvg>
  );
}
