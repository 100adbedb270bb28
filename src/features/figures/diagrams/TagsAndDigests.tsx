/** Docker: tags as movable pointers (latest moved by a push) to images fixed by their digests. */
import { ecrImage } from '@/ui/awsIcons';
import { useFigure, useFigureText } from '../context';
import { Arrow, Box, FigureSvg, SIZE, Text } from '../kit';
import { bottom, left, right, top, type Rect } from '../layout';
import { tagsAndDigestsText } from './tagsAndDigests.text';

const TAGS = ['web:1.4.2', 'web:latest', 'web:1.5.0'];

export default function TagsAndDigests() {
  const m = useFigureText(tagsAndDigestsText);
  const wide = useFigure().layout === 'wide';
  const tags: Rect[] = wide
    ? TAGS.map((_, i) => ({ x: 20, y: 52 + i * 78, w: 150, h: 42 }))
    : TAGS.map((_, i) => ({ x: 16 + i * 114, y: 44, w: 100, h: 42 }));
  const images: Rect[] = wide
    ? [
        { x: 420, y: 52, w: 284, h: 84 },
        { x: 420, y: 170, w: 284, h: 84 },
      ]
    : [
        { x: 16, y: 222, w: 156, h: 104 },
        { x: 188, y: 222, w: 156, h: 104 },
      ];
  const [a, b] = images as [Rect, Rect];
  const [t142, latest, t150] = tags as [Rect, Rect, Rect];
  const from = (r: Rect, dx = 0) => (wide ? right(r, dx) : bottom(r, dx));
  const to = (r: Rect, d = 0) => (wide ? left(r, d) : top(r, d));
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      <Text x={wide ? 20 : 16} y={12} w={wide ? 300 : 328} text={m.tags} size={SIZE.title} bold anchor="start" valign="top" />
      {!wide && <Text x={16} y={338} w={328} text={m.digests} size={SIZE.title} bold anchor="start" valign="top" />}
      {wide && <Text x={420} y={12} w={284} text={m.digests} size={SIZE.title} bold anchor="start" valign="top" />}
      {TAGS.map((tag, i) => (
        <Box key={tag} {...tags[i]!} label={tag} mono size={14} tone="purple" rx={21} />
      ))}
      {images.map((r, i) => (
        <Box key={i} {...r} icon={ecrImage} iconAt={wide ? 'left' : 'top'} iconSize={30} label={m.image} sub={i === 0 ? 'sha256:3f1d…' : 'sha256:9b2e…'} tone="blue" />
      ))}
      <Arrow points={[from(t142), to(a, wide ? -14 : -30)]} />
      <Arrow points={[from(latest), to(b, wide ? -14 : 0)]} />
      <Arrow points={[from(latest, wide ? 0 : -30), to(a, wide ? 14 : 30)]} dashed tone="orange" label={m.before} labelW={110} labelAt={wide ? [300, 118] : [110, 150]} />
      <Arrow points={[from(t150), to(b, wide ? 14 : 40)]} />
      <Text x={wide ? 362 : 180} y={wide ? 270 : 372} w={wide ? 680 : 328} text={m.ecsNote} size={SIZE.small} muted valign="top" />
    </FigureSvg>
  );
}
