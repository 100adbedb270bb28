/** Docker storage: a container's writable layer, and volume, bind mount and tmpfs mounts into the host. */
import { ecsContainer } from '@/ui/awsIcons';
import { useFigure, useFigureText } from '../context';
import { Arrow, Box, FigureSvg, Group } from '../kit';
import { bottom, top } from '../layout';
import { dockerMountsText } from './dockerMounts.text';

export default function DockerMounts() {
  const m = useFigureText(dockerMountsText);
  const wide = useFigure().layout === 'wide';
  const mounts = [
    { label: m.volume, sub: m.volumeSub, tone: 'green' as const },
    { label: m.bind, sub: m.bindSub, tone: 'blue' as const },
    { label: m.tmpfs, sub: m.tmpfsSub, tone: 'orange' as const },
  ];
  if (wide) {
    const container = { x: 190, y: 14, w: 340, h: 76 };
    const boxes = mounts.map((_, i) => ({ x: 36 + i * 226, y: 170, w: 200, h: 104 }));
    return (
      <FigureSvg title={m.title} desc={m.desc}>
        <Box {...container} icon={ecsContainer} iconAt="left" label={m.container} sub={m.containerSub} />
        <Group x={16} y={128} w={688} h={164} label={m.host} />
        {mounts.map((mount, i) => (
          <g key={i}>
            <Box {...boxes[i]!} label={mount.label} sub={mount.sub} tone={mount.tone} />
            <Arrow points={[bottom(container, (i - 1) * 110), top(boxes[i]!)]} />
          </g>
        ))}
      </FigureSvg>
    );
  }
  const container = { x: 20, y: 12, w: 320, h: 76 };
  const boxes = mounts.map((_, i) => ({ x: 58, y: 156 + i * 118, w: 280, h: 100 }));
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      <Box {...container} icon={ecsContainer} iconAt="left" label={m.container} sub={m.containerSub} />
      <Group x={44} y={118} w={306} h={382} label={m.host} />
      {mounts.map((mount, i) => (
        <g key={i}>
          <Box {...boxes[i]!} label={mount.label} sub={mount.sub} tone={mount.tone} />
          <Arrow points={[[26, container.y + container.h], [26, boxes[i]!.y + 50], [58, boxes[i]!.y + 50]]} />
        </g>
      ))}
    </FigureSvg>
  );
}
