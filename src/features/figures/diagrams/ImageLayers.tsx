/**
 * Docker: a Dockerfile's instructions stacking read-only layers, then two containers with their own
 * writable layers. Animated: one instruction per frame, the containers in the last frame.
 */
import { useFigure, useFigureText } from '../context';
import { Box, FigureSvg, Reveal, SIZE, StepBadge, Text, textBlockHeight } from '../kit';
import { imageLayersText } from './imageLayers.text';

const LINES = ['FROM node:22-slim', 'WORKDIR /app', 'COPY package.json …', 'RUN npm ci --omit=dev', 'COPY . .'];

export default function ImageLayers() {
  const m = useFigureText(imageLayersText);
  const { layout, frame, frames } = useFigure();
  const wide = layout === 'wide';
  const file = wide ? { x: 16, y: 12, w: 310, h: 250 } : { x: 16, y: 12, w: 328, h: 236 };
  const stack = wide ? { x: 360, y: 14, w: 344 } : { x: 16, y: 318, w: 328 };
  const lineGap = wide ? 40 : 37;
  const layerH = 34;
  const base = stack.y + 112 + LINES.length * (layerH + 6);
  const animating = frame < frames - 1;
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      <rect className="fig-box fig-tone-plain" x={file.x} y={file.y} width={file.w} height={file.h} rx={8} />
      <Text x={file.x + 14} y={file.y + 12} w={file.w - 28} text={m.dockerfile} size={SIZE.title} bold anchor="start" valign="top" />
      {LINES.map((line, i) => {
        const y = file.y + 62 + i * lineGap;
        return (
          <g key={line}>
            {animating && frame === i && <rect className="fig-box fig-current" x={file.x + 8} y={y - 16} width={file.w - 16} height={32} rx={6} fill="none" />}
            <StepBadge x={file.x + 28} y={y} n={i + 1} r={11} />
            <Text x={file.x + 48} y={y} w={file.w - 60} text={line} size={14} mono anchor="start" />
          </g>
        );
      })}
      <Text x={file.x} y={file.y + file.h + 10} w={file.w} text={m.rarely} size={SIZE.small} muted anchor="start" valign="top" />
      <Text x={file.x} y={file.y + file.h + 14 + textBlockHeight(m.rarely, file.w, SIZE.small)} w={file.w} text={m.often} size={SIZE.small} muted anchor="start" valign="top" />
      <Reveal at={LINES.length}>
        <Box x={stack.x} y={stack.y} w={(stack.w - 12) / 2} h={52} label={m.container1} tone="orange" dashed size={SIZE.small} />
        <Box x={stack.x + (stack.w + 12) / 2} y={stack.y} w={(stack.w - 12) / 2} h={52} label={m.container2} tone="orange" dashed size={SIZE.small} />
      </Reveal>
      <Text x={stack.x} y={stack.y + 82} w={stack.w} text={m.image} size={SIZE.small} bold anchor="start" valign="top" />
      {LINES.map((line, i) => (
        <Reveal key={line} at={i}>
          <Box x={stack.x} y={base - (i + 1) * (layerH + 6)} w={stack.w} h={layerH} label={line} tone="blue" mono size={14} bold={false} />
          <StepBadge x={stack.x + 18} y={base - (i + 1) * (layerH + 6) + layerH / 2} n={i + 1} r={11} />
        </Reveal>
      ))}
    </FigureSvg>
  );
}
