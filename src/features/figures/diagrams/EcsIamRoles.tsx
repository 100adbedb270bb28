/** ECS IAM: container instance role, task execution role and task role, each with its caller and its calls. */
import { cloudWatchLogs, dynamoDb, ec2Instance, ecr, ecs, ecsContainer, iamRole, s3, secretsManager, sqs } from '@/ui/awsIcons';
import type { AwsIconDef } from '@/ui/awsIcons';
import { useFigure, useFigureText } from '../context';
import { Arrow, Box, FigureSvg, Icon, SIZE, Text } from '../kit';
import { bottom, left, right, top, type Rect } from '../layout';
import { ecsIamRolesText } from './ecsIamRoles.text';

export default function EcsIamRoles() {
  const m = useFigureText(ecsIamRolesText);
  const wide = useFigure().layout === 'wide';
  const columns: { phase: string; caller: string; callerIcon: AwsIconDef; role: string; roleSub: string; calls: string; icons: AwsIconDef[]; tone: 'gray' | 'orange' | 'blue' }[] = [
    { phase: m.host, caller: m.agent, callerIcon: ec2Instance, role: m.instanceRole, roleSub: m.instanceRoleSub, calls: m.agentCalls, icons: [ecs], tone: 'gray' },
    { phase: m.start, caller: m.starter, callerIcon: ecs, role: m.executionRole, roleSub: m.executionRoleSub, calls: m.executionCalls, icons: [ecr, cloudWatchLogs, secretsManager], tone: 'orange' },
    { phase: m.run, caller: m.code, callerIcon: ecsContainer, role: m.taskRole, roleSub: m.taskRoleSub, calls: m.taskCalls, icons: [s3, dynamoDb, sqs], tone: 'blue' },
  ];
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      {columns.map((c, i) => {
        const boxes: Rect[] = wide
          ? [
              { x: 14 + i * 236, y: 40, w: 220, h: 78 },
              { x: 14 + i * 236, y: 154, w: 220, h: 92 },
              { x: 14 + i * 236, y: 282, w: 220, h: 128 },
            ]
          : [
              { x: 8, y: 32 + i * 212, w: 160, h: 100 },
              { x: 192, y: 32 + i * 212, w: 160, h: 100 },
              { x: 8, y: 156 + i * 212, w: 344, h: 58 },
            ];
        const [caller, role, calls] = boxes as [Rect, Rect, Rect];
        const iconSize = wide ? 26 : 22;
        const iconsX = wide ? calls.x + (calls.w - c.icons.length * (iconSize + 6) + 6) / 2 : calls.x + 10;
        const iconsY = wide ? calls.y + calls.h - iconSize - 10 : calls.y + (calls.h - iconSize) / 2;
        const callsText = wide ? calls : { ...calls, x: calls.x + c.icons.length * (iconSize + 6) + 10, w: calls.w - c.icons.length * (iconSize + 6) - 14 };
        return (
          <g key={i}>
            <Text x={wide ? caller.x : 8} y={wide ? 12 : caller.y - 24} w={wide ? 220 : 344} text={c.phase} size={SIZE.small} muted bold anchor="start" valign="top" />
            <Box {...caller} icon={c.callerIcon} iconSize={iconSize} label={c.caller} size={SIZE.small} tone={c.tone} />
            <Box {...role} icon={iamRole} iconSize={iconSize} label={c.role} sub={c.roleSub} size={wide ? SIZE.body : SIZE.small} tone="purple" />
            <rect className="fig-box" x={calls.x} y={calls.y} width={calls.w} height={calls.h} rx={8} />
            <Box {...callsText} label={c.calls} size={SIZE.small} bold={false} className="fig-borderless" />
            {c.icons.map((icon, k) => (
              <Icon key={k} icon={icon} x={iconsX + k * (iconSize + 6)} y={iconsY} size={iconSize} />
            ))}
            <Arrow points={wide ? [bottom(caller), top(role)] : [right(caller), left(role)]} label={wide ? m.uses : undefined} labelW={80} labelAt={wide ? [caller.x + caller.w / 2 + 34, (caller.y + caller.h + role.y) / 2] : undefined} />
            <Arrow points={wide ? [bottom(role), top(calls)] : [bottom(role), [role.x + role.w / 2, calls.y]]} label={wide ? m.calls : undefined} labelW={80} labelAt={wide ? [role.x + role.w / 2 + 34, (role.y + role.h + calls.y) / 2] : undefined} />
          </g>
        );
      })}
    </FigureSvg>
  );
}
