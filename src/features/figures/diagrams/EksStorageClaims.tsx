/** EKS storage: the claim → class → driver → volume chain behind a Pod, beside EBS (one zone, one node) and EFS (every zone). */
import { ebsVolume, ec2Instance, efsFileSystem, vpcEndpoints } from '@/ui/awsIcons';
import { useFigure, useFigureText } from '../context';
import { Arrow, Box, FigureSvg, Group, SIZE, Text, textBlockHeight } from '../kit';
import { bottom, type Rect } from '../layout';
import { eksStorageClaimsText } from './eksStorageClaims.text';

/** Two zones side by side in a panel, each with an upper and a lower box; `head` leaves room for the labels. */
function zones(panel: Rect, head: number, zoneHead: number, boxH: number, gap: number) {
  const pad = 8;
  const zw = (panel.w - pad * 3) / 2;
  return [0, 1].map((i) => {
    const zone = { x: panel.x + pad + i * (zw + pad), y: panel.y + head, w: zw, h: zoneHead + boxH * 2 + gap + 10 };
    const upper = { x: zone.x + 10, y: zone.y + zoneHead, w: zw - 20, h: boxH };
    const lower = { x: upper.x, y: upper.y + boxH + gap, w: upper.w, h: boxH };
    return { zone, upper, lower };
  });
}

export default function EksStorageClaims() {
  const m = useFigureText(eksStorageClaimsText);
  const wide = useFigure().layout === 'wide';
  const chainWords = [
    { label: m.pod, sub: m.podSub, tone: 'orange' as const },
    { label: m.pvc, sub: m.pvcSub, tone: 'blue' as const },
    { label: m.sc, sub: m.scSub, tone: 'teal' as const },
    { label: m.driver, sub: m.driverSub, tone: 'gray' as const },
    { label: m.pv, sub: m.pvSub, tone: 'green' as const },
  ];
  const size = wide ? 14 : SIZE.small;
  // Wide: the chain down the left, EBS above EFS on the right, the chain's boxes spread over the panels' height.
  // Narrow: the chain, then EBS, then EFS. Each chain box is as tall as its words.
  const chainX = 8;
  const chainW = wide ? 248 : 344;
  const heights = chainWords.map((c) => textBlockHeight(c.label, chainW - 14, size, true) + textBlockHeight(c.sub, chainW - 14, SIZE.small) + 16);
  const boxH = wide ? 46 : 56;
  const head = wide ? 30 : 44;
  const zoneHead = wide ? 26 : 30;
  const zoneH = zoneHead + boxH * 2 + 22 + 10;
  const fsH = wide ? 50 : 56;
  const efsH = head + zoneH + 16 + fsH + 10;
  const ebsH = head + zoneH + 10;
  const sum = heights.reduce((a, h) => a + h, 0);
  const chainGap = wide ? Math.max(24, (ebsH + 12 + efsH - sum) / 4) : 22;
  const chain: Rect[] = heights.map((h, i) => ({ x: chainX, y: 10 + heights.slice(0, i).reduce((a, b) => a + b + chainGap, 0), w: chainW, h }));
  const chainEnd = chain[4]!.y + chain[4]!.h;
  const ebsPanel: Rect = wide ? { x: 268, y: 10, w: 444, h: ebsH } : { x: 8, y: chainEnd + 14, w: 344, h: ebsH };
  const [ebsA, ebsB] = zones(ebsPanel, head, zoneHead, boxH, 22) as [ReturnType<typeof zones>[number], ReturnType<typeof zones>[number]];
  const efsPanel: Rect = { x: ebsPanel.x, y: ebsPanel.y + ebsPanel.h + (wide ? 12 : 14), w: ebsPanel.w, h: efsH };
  const efsZones = zones(efsPanel, head, zoneHead, boxH, 22);
  const fs: Rect = { x: efsPanel.x + 8, y: efsPanel.y + head + zoneH + 16, w: efsPanel.w - 16, h: fsH };
  const links = [m.mounts, m.names, m.asks, m.creates];
  const arrowX = chainX + 30;
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      {chainWords.map((c, i) => (
        <Box key={c.label} {...chain[i]!} label={c.label} sub={c.sub} tone={c.tone} size={size} />
      ))}
      {links.map((label, i) => {
        const a = chain[i]!;
        const b = chain[i + 1]!;
        const mid = (a.y + a.h + b.y) / 2;
        return (
          <g key={label}>
            <Arrow points={[[arrowX, a.y + a.h], [arrowX, b.y]]} tone="accent" />
            <Text x={arrowX + 12} y={mid} w={chainW - 50} text={label} size={SIZE.small} anchor="start" muted />
          </g>
        );
      })}

      <Group {...ebsPanel} label={m.ebs} tone="plain" />
      {[ebsA, ebsB].map((z, i) => (
        <Group key={i} {...z.zone} label={i === 0 ? m.zoneA : m.zoneB} dashed />
      ))}
      <Box {...ebsA.upper} icon={ec2Instance} iconAt="left" iconSize={24} label={m.node} sub={m.podNode} tone="orange" size={SIZE.small} />
      <Box {...ebsA.lower} icon={ebsVolume} iconAt="left" iconSize={24} label={m.volume} sub={m.volumeSub} tone="green" size={SIZE.small} />
      <Arrow points={[[ebsA.upper.x + 24, ebsA.upper.y + ebsA.upper.h], [ebsA.lower.x + 24, ebsA.lower.y]]} head="both" />
      <Text x={ebsA.upper.x + 36} y={(ebsA.upper.y + ebsA.upper.h + ebsA.lower.y) / 2} w={ebsA.upper.w - 40} text={m.attached} size={SIZE.small} anchor="start" muted />
      <Box {...ebsB.upper} icon={ec2Instance} iconAt="left" iconSize={24} label={m.node} sub={m.otherNode} size={SIZE.small} />
      <Arrow
        points={[
          [ebsA.lower.x + ebsA.lower.w, ebsA.lower.y + ebsA.lower.h / 2],
          [ebsB.upper.x + 24, ebsA.lower.y + ebsA.lower.h / 2],
          [ebsB.upper.x + 24, ebsB.upper.y + ebsB.upper.h],
        ]}
        tone="red"
        dashed
      />
      <Text x={ebsB.upper.x + 36} y={ebsB.lower.y + ebsB.lower.h / 2} w={ebsB.upper.w - 40} text={m.noAttach} size={SIZE.small} anchor="start" />

      <Group {...efsPanel} label={m.efs} tone="plain" />
      {efsZones.map((z, i) => (
        <g key={i}>
          <Group {...z.zone} label={i === 0 ? m.zoneA : m.zoneB} dashed />
          <Box {...z.upper} icon={ec2Instance} iconAt="left" iconSize={24} label={m.node} sub={m.podsNode} tone="orange" size={SIZE.small} />
          <Box {...z.lower} icon={vpcEndpoints} iconAt="left" iconSize={24} label={m.mountTarget} sub={m.mountTargetSub} tone="purple" size={SIZE.small} />
          <Arrow points={[[z.upper.x + 24, z.upper.y + z.upper.h], [z.lower.x + 24, z.lower.y]]} />
          <Text x={z.upper.x + 36} y={(z.upper.y + z.upper.h + z.lower.y) / 2} w={z.upper.w - 40} text={m.nfs} size={SIZE.small} anchor="start" muted />
          <Arrow points={[bottom(z.lower), [z.lower.x + z.lower.w / 2, fs.y]]} />
        </g>
      ))}
      <Box {...fs} icon={efsFileSystem} iconAt="left" iconSize={28} label={m.fileSystem} sub={m.fileSystemSub} tone="green" size={size} />
    </FigureSvg>
  );
}
