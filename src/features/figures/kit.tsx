/**
 * The drawing kit every figure is made from, so that all figures share one look: boxes, groups, wrapped
 * labels, arrows, AWS icons and the pieces that appear frame by frame in animated figures. Colours are never
 * written here: each shape carries a tone class (`fig-tone-blue`, …) that figures.css maps to the app's
 * light and dark themes. Sizes are in the figure's own coordinates (its viewBox).
 */
import { useId, type ReactNode } from 'react';
import type { AwsIconDef } from '@/ui/awsIcons';
import { useFigure } from './context';
import { wrapText } from './text';

export type Tone = 'plain' | 'soft' | 'blue' | 'green' | 'orange' | 'purple' | 'red' | 'gray' | 'teal';
export type Point = readonly [number, number];

/** Label sizes. The smallest still renders at 12 px or more on a 390 px phone (the e2e journey measures it). */
export const SIZE = { small: 13, body: 15, title: 17 } as const;
const LINE = 1.25;

/** The `<svg>` of a figure: an image named by its title and described by its description. */
export function FigureSvg({ title, desc, children }: { title: string; desc: string; children: ReactNode }) {
  const { width, height } = useFigure();
  const id = useId();
  return (
    <svg className="figure-svg" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}t`} aria-describedby={`${id}d`}>
      <title id={`${id}t`}>{title}</title>
      <desc id={`${id}d`}>{desc}</desc>
      {children}
    </svg>
  );
}

interface TextProps {
  x: number;
  y: number;
  /** Width available for wrapping. */
  w: number;
  text: string;
  size?: number;
  bold?: boolean;
  mono?: boolean;
  muted?: boolean;
  anchor?: 'start' | 'middle' | 'end';
  /** `middle`: y is the centre of the block; `top`: y is its top edge. */
  valign?: 'middle' | 'top';
  /** Draws a halo in the figure's background colour behind the letters, for labels that sit on lines. */
  halo?: boolean;
  className?: string;
}

/** Height of a wrapped block of text. */
export function textBlockHeight(text: string, w: number, size: number = SIZE.body, bold = false, mono = false): number {
  return wrapText(text, w, size, { bold, mono }).length * size * LINE;
}

/** Wrapped text, centred or left-aligned, vertically centred or hung from its top edge. */
export function Text({ x, y, w, text, size = SIZE.body, bold, mono, muted, anchor = 'middle', valign = 'middle', halo, className }: TextProps) {
  const lines = wrapText(text, w, size, { bold: Boolean(bold), mono: Boolean(mono) });
  const lh = size * LINE;
  const first = valign === 'middle' ? y - ((lines.length - 1) * lh) / 2 + size * 0.36 : y + size * 0.86;
  const classes = ['fig-text', bold && 'fig-bold', mono && 'fig-mono', muted && 'fig-muted', halo && 'fig-halo', className].filter(Boolean).join(' ');
  return (
    <text className={classes} x={x} y={first} fontSize={size} textAnchor={anchor}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : lh}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** An AWS Architecture Icon placed in the drawing; dark "squid ink" icons are lightened in dark mode. */
export function Icon({ icon, x, y, size = 32 }: { icon: AwsIconDef; x: number; y: number; size?: number }) {
  return <image href={icon.src} x={x} y={y} width={size} height={size} className={icon.ink ? 'fig-icon fig-icon-ink' : 'fig-icon'} />;
}

interface BoxProps {
  x: number;
  y: number;
  w: number;
  h: number;
  tone?: Tone;
  dashed?: boolean | undefined;
  label?: string | undefined;
  sub?: string | undefined;
  icon?: AwsIconDef | undefined;
  /** Icon above the label (default) or at the left of it. */
  iconAt?: 'top' | 'left';
  iconSize?: number;
  size?: number;
  bold?: boolean;
  mono?: boolean;
  rx?: number;
  className?: string;
}

/** A labelled box: a node, a layer, a resource. The label (and a smaller second line) is centred in it. */
export function Box({ x, y, w, h, tone = 'plain', dashed, label, sub, icon, iconAt = 'top', iconSize = 30, size = SIZE.body, bold = true, mono, rx = 8, className }: BoxProps) {
  const left = icon && iconAt === 'left';
  const textX = left ? x + iconSize + 16 + (w - iconSize - 20) / 2 : x + w / 2;
  const textW = left ? w - iconSize - 24 : w - 14;
  const labelH = label ? textBlockHeight(label, textW, size, bold, Boolean(mono)) : 0;
  const subSize = SIZE.small;
  const subH = sub ? textBlockHeight(sub, textW, subSize) : 0;
  const iconH = icon && !left ? iconSize + 6 : 0;
  const block = iconH + labelH + (sub ? subH + 2 : 0);
  const top = y + (h - block) / 2;
  return (
    <g className={className}>
      <rect className={`fig-box fig-tone-${tone}${dashed ? ' fig-dashed' : ''}`} x={x} y={y} width={w} height={h} rx={rx} />
      {icon && <Icon icon={icon} x={left ? x + 10 : x + (w - iconSize) / 2} y={left ? y + (h - iconSize) / 2 : top} size={iconSize} />}
      {label && <Text x={textX} y={top + iconH} w={textW} text={label} size={size} bold={bold} mono={Boolean(mono)} valign="top" />}
      {sub && <Text x={textX} y={top + iconH + labelH + 2} w={textW} text={sub} size={subSize} muted valign="top" />}
    </g>
  );
}

/** A container for other shapes (a VPC, a cluster, an account), labelled at its top left. */
export function Group({ x, y, w, h, label, tone = 'soft', dashed, icon, size = SIZE.small }: { x: number; y: number; w: number; h: number; label: string; tone?: Tone; dashed?: boolean; icon?: AwsIconDef; size?: number }) {
  const iconSize = icon ? 22 : 0;
  return (
    <g>
      <rect className={`fig-group fig-tone-${tone}${dashed ? ' fig-dashed' : ''}`} x={x} y={y} width={w} height={h} rx={10} />
      {icon && <Icon icon={icon} x={x + 8} y={y + 7} size={iconSize} />}
      <Text x={x + 10 + (icon ? iconSize + 6 : 0)} y={y + 7} w={w - 20 - iconSize} text={label} size={size} bold anchor="start" valign="top" />
    </g>
  );
}

interface ArrowProps {
  points: readonly Point[];
  tone?: 'line' | 'accent' | 'green' | 'red' | 'orange';
  dashed?: boolean;
  /** Arrowheads: at the end (default), at both ends, or none. */
  head?: 'end' | 'both' | 'none';
  label?: string | undefined;
  /** Where the label's centre goes; by default the middle of the longest segment. */
  labelAt?: Point | undefined;
  labelW?: number;
  size?: number;
  className?: string;
}

const HEAD = 9;

function headAt(tip: Point, from: Point): string {
  const [tx, ty] = tip;
  const angle = Math.atan2(ty - from[1], tx - from[0]);
  const a = (d: number, r: number): Point => [tx - Math.cos(angle + d) * r, ty - Math.sin(angle + d) * r];
  const [l, r] = [a(0.42, HEAD * 1.25), a(-0.42, HEAD * 1.25)];
  return `${tx},${ty} ${l[0]},${l[1]} ${r[0]},${r[1]}`;
}

function shorten(tip: Point, from: Point, by: number): Point {
  const len = Math.hypot(tip[0] - from[0], tip[1] - from[1]) || 1;
  return [tip[0] - ((tip[0] - from[0]) / len) * by, tip[1] - ((tip[1] - from[1]) / len) * by];
}

/** A connector along straight segments, with arrowheads drawn as shapes (no markers, so no ids to clash). */
export function Arrow({ points, tone = 'line', dashed, head = 'end', label, labelAt, labelW = 140, size = SIZE.small, className }: ArrowProps) {
  if (points.length < 2) return null;
  const pts = [...points];
  const n = pts.length;
  const endFrom = pts[n - 2]!;
  const startFrom = pts[1]!;
  if (head !== 'none') pts[n - 1] = shorten(pts[n - 1]!, endFrom, HEAD);
  if (head === 'both') pts[0] = shorten(pts[0]!, startFrom, HEAD);
  let at = labelAt;
  if (label && !at) {
    let best = 0;
    for (let i = 1; i < n; i++) {
      const len = Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]);
      if (len > best) {
        best = len;
        at = [(points[i]![0] + points[i - 1]![0]) / 2, (points[i]![1] + points[i - 1]![1]) / 2];
      }
    }
  }
  return (
    <g className={`fig-arrow fig-arrow-${tone}${className ? ` ${className}` : ''}`}>
      <polyline className={dashed ? 'fig-dashed' : undefined} points={pts.map((p) => p.join(',')).join(' ')} />
      {head !== 'none' && <polygon points={headAt(points[n - 1]!, endFrom)} />}
      {head === 'both' && <polygon points={headAt(points[0]!, startFrom)} />}
      {label && at && <Text x={at[0]} y={at[1]} w={labelW} text={label} size={size} halo />}
    </g>
  );
}

/** Shows its shapes from frame `at` onwards, fading them in; still figures always show them. */
export function Reveal({ at, children, until }: { at: number; until?: number; children: ReactNode }) {
  const { frame } = useFigure();
  const shown = frame >= at && (until === undefined || frame < until);
  return <g className={shown ? 'fig-reveal fig-shown' : 'fig-reveal fig-hidden'}>{children}</g>;
}

/** A small numbered disc, for steps that the description and caption refer to. */
export function StepBadge({ x, y, n, r = 12 }: { x: number; y: number; n: number | string; r?: number }) {
  return (
    <g className="fig-badge">
      <circle cx={x} cy={y} r={r} />
      <text x={x} y={y + SIZE.small * 0.36} fontSize={SIZE.small} textAnchor="middle">
        {n}
      </text>
    </g>
  );
}
