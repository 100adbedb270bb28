/** IAM: a caller assumes a role through STS; the trust policy admits it, the permissions policies bound its calls. */
import { ecsTask, iamRole, s3, sts, temporaryCredential } from '@/ui/awsIcons';
import { useFigure, useFigureText } from '../context';
import { Arrow, Box, FigureSvg, Group, StepBadge } from '../kit';
import { bottom, left, right, top, type Rect } from '../layout';
import { assumeRoleText } from './assumeRole.text';

export default function AssumeRole() {
  const m = useFigureText(assumeRoleText);
  const wide = useFigure().layout === 'wide';
  // Wide: caller → STS, the role (two documents) below STS, credentials → API call on the right.
  const caller: Rect = wide ? { x: 10, y: 20, w: 150, h: 110 } : { x: 20, y: 14, w: 320, h: 72 };
  const stsBox: Rect = wide ? { x: 200, y: 20, w: 150, h: 110 } : { x: 20, y: 112, w: 320, h: 72 };
  const role: Rect = wide ? { x: 10, y: 170, w: 700, h: 120 } : { x: 20, y: 420, w: 320, h: 262 };
  const creds: Rect = wide ? { x: 390, y: 20, w: 150, h: 110 } : { x: 20, y: 210, w: 320, h: 86 };
  const api: Rect = wide ? { x: 570, y: 20, w: 140, h: 110 } : { x: 20, y: 322, w: 320, h: 72 };
  const trust: Rect = wide ? { x: 24, y: 204, w: 330, h: 74 } : { x: 32, y: 456, w: 296, h: 96 };
  const perms: Rect = wide ? { x: 366, y: 204, w: 330, h: 74 } : { x: 32, y: 570, w: 296, h: 96 };
  const at = wide ? 'top' : 'left';
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      <Group {...role} label={m.role} icon={iamRole} />
      <Box {...trust} label={m.trust} sub={m.trustSub} tone="purple" size={14} />
      <Box {...perms} label={m.perms} sub={m.permsSub} tone="green" size={14} />
      <Box {...caller} icon={ecsTask} iconAt={at} label={m.caller} sub={m.callerSub} tone="orange" size={14} />
      <Box {...stsBox} icon={sts} iconAt={at} label={m.sts} sub={m.stsSub} tone="red" size={14} />
      <Box {...creds} icon={temporaryCredential} iconAt={at} label={m.creds} sub={m.credsSub} tone="blue" size={14} />
      <Box {...api} icon={s3} iconAt={at} label={m.api} sub={m.apiSub} tone="plain" size={14} />
      {wide ? (
        <>
          <Arrow points={[right(caller), left(stsBox)]} tone="accent" />
          <Arrow points={[bottom(stsBox, -40), [stsBox.x + stsBox.w / 2 - 40, trust.y]]} tone="accent" head="both" />
          <Arrow points={[right(stsBox), left(creds)]} tone="accent" />
          <Arrow points={[right(creds), left(api)]} tone="accent" />
          <Arrow points={[[perms.x + perms.w - 80, perms.y], [api.x + api.w / 2, api.y + api.h]]} tone="green" dashed head="end" />
        </>
      ) : (
        <>
          <Arrow points={[bottom(caller), top(stsBox)]} tone="accent" />
          <Arrow points={[left(stsBox), [8, stsBox.y + stsBox.h / 2], [8, trust.y + trust.h / 2], left(trust)]} tone="accent" head="both" />
          <Arrow points={[bottom(stsBox), top(creds)]} tone="accent" />
          <Arrow points={[bottom(creds), top(api)]} tone="accent" />
          <Arrow points={[[352, perms.y + perms.h / 2], [352, api.y + api.h / 2], right(api)]} tone="green" dashed />
          <line className="fig-rule" x1={perms.x + perms.w} x2={352} y1={perms.y + perms.h / 2} y2={perms.y + perms.h / 2} />
        </>
      )}
      {(wide ? [caller, stsBox, creds, api] : [caller, stsBox, creds, api]).map((r, i) => (
        <StepBadge key={i} x={r.x + 4} y={r.y + 4} n={i + 1} />
      ))}
    </FigureSvg>
  );
}
