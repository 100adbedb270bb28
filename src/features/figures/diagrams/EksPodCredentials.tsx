/** EKS Pod credentials: IRSA beside EKS Pod Identity, each Pod's path to temporary credentials and what the role trusts. */
import { eks, iam, iamRole, sts } from '@/ui/awsIcons';
import type { AwsIconDef } from '@/ui/awsIcons';
import { useFigure, useFigureText } from '../context';
import { Arrow, Box, FigureSvg, SIZE, Text, textBlockHeight, type Tone } from '../kit';
import { bottom, top, type Rect } from '../layout';
import { eksPodCredentialsText } from './eksPodCredentials.text';

interface Step {
  label: string;
  sub: string;
  icon?: AwsIconDef;
  tone: Tone;
  h: number;
}

interface Link {
  from: number;
  to: number;
  label: string;
  /** `back` runs upwards on the right (credentials returning); `trust` is dashed (a trust, not a call). */
  kind: 'call' | 'back' | 'trust';
}

function Column({ x, y, w, title, head, steps, links, wide }: { x: number; y: number; w: number; title: string; head: number; steps: Step[]; links: Link[]; wide: boolean }) {
  const gap = 40;
  const rects: Rect[] = [];
  let at = y + head;
  for (const s of steps) {
    rects.push({ x, y: at, w, h: s.h });
    at += s.h + gap;
  }
  const dx = wide ? 70 : 80;
  return (
    <g>
      <Text x={x} y={y} w={w} text={title} size={SIZE.title} bold anchor="start" valign="top" />
      {steps.map((s, i) => (
        <Box key={s.label} {...rects[i]!} icon={s.icon} iconAt="left" iconSize={wide ? 28 : 24} label={s.label} sub={s.sub} tone={s.tone} size={wide ? 14 : SIZE.small} />
      ))}
      {links.map((l) => {
        const a = rects[l.from]!;
        const b = rects[l.to]!;
        if (l.kind === 'back') return <Arrow key={l.label + l.from} points={[top(a, dx), bottom(b, dx)]} tone="green" label={l.label} labelW={150} />;
        return <Arrow key={l.label + l.from} points={[bottom(a, l.kind === 'trust' ? 0 : -dx), top(b, l.kind === 'trust' ? 0 : -dx)]} tone={l.kind === 'trust' ? 'line' : 'accent'} dashed={l.kind === 'trust'} label={l.label} labelW={120} />;
      })}
    </g>
  );
}

export default function EksPodCredentials() {
  const m = useFigureText(eksPodCredentialsText);
  const wide = useFigure().layout === 'wide';
  const irsa: Step[] = [
    { label: m.irsaPod, sub: m.irsaPodSub, tone: 'blue', h: wide ? 64 : 64 },
    { label: m.sts, sub: m.stsSub, icon: sts, tone: 'red', h: wide ? 78 : 78 },
    { label: m.irsaRole, sub: m.irsaRoleSub, icon: iamRole, tone: 'purple', h: wide ? 92 : 86 },
    { label: m.oidc, sub: m.oidcSub, icon: iam, tone: 'gray', h: wide ? 64 : 60 },
  ];
  const podIdentity: Step[] = [
    { label: m.piPod, sub: m.piPodSub, tone: 'blue', h: wide ? 64 : 64 },
    { label: m.agent, sub: m.agentSub, icon: eks, tone: 'teal', h: wide ? 64 : 60 },
    { label: m.eksAuth, sub: m.eksAuthSub, icon: eks, tone: 'orange', h: wide ? 92 : 92 },
    { label: m.piRole, sub: m.piRoleSub, icon: iamRole, tone: 'purple', h: wide ? 78 : 78 },
  ];
  const irsaLinks: Link[] = [
    { from: 0, to: 1, label: m.sendsToken, kind: 'call' },
    { from: 1, to: 0, label: m.credentials, kind: 'back' },
    { from: 1, to: 2, label: m.checksTrust, kind: 'call' },
    { from: 2, to: 3, label: m.trusts, kind: 'trust' },
  ];
  const piLinks: Link[] = [
    { from: 0, to: 1, label: m.asksAgent, kind: 'call' },
    { from: 1, to: 0, label: m.credentials, kind: 'back' },
    { from: 1, to: 2, label: m.sendsToken, kind: 'call' },
    { from: 2, to: 3, label: m.assumes, kind: 'call' },
  ];
  // Room under each column's heading for its longest title, the same in both columns so their boxes line up.
  const head = Math.max(textBlockHeight(m.irsa, 336, SIZE.title, true), textBlockHeight(m.podIdentity, 336, SIZE.title, true)) + 12;
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      <Column x={12} y={12} w={336} head={head} title={m.irsa} steps={irsa} links={irsaLinks} wide={wide} />
      <Column x={wide ? 372 : 12} y={wide ? 12 : 476 + head - 32} w={336} head={head} title={m.podIdentity} steps={podIdentity} links={piLinks} wide={wide} />
    </FigureSvg>
  );
}
