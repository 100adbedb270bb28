/** ECS load balancing: an ALB listener's path rules forwarding to three target groups, each fed by a service. */
import { applicationLoadBalancer, ecsService, users } from '@/ui/awsIcons';
import { useFigure, useFigureText } from '../context';
import { Arrow, Box, FigureSvg, Group, SIZE } from '../kit';
import { bottom, left, right, top, type Rect } from '../layout';
import { albRoutingText } from './albRouting.text';

export default function AlbRouting() {
  const m = useFigureText(albRoutingText);
  const wide = useFigure().layout === 'wide';
  const routes = [
    { rule: m.ruleOrders, tg: m.tgOrders, svc: m.svcOrders },
    { rule: m.ruleUsers, tg: m.tgUsers, svc: m.svcUsers },
    { rule: m.ruleDefault, tg: m.tgMonolith, svc: m.svcMonolith },
  ];
  const g = wide
    ? {
        clients: { x: 14, y: 48, w: 108, h: 66 },
        alb: { x: 134, y: 12, w: 250, h: 362 },
        listener: { x: 158, y: 48, w: 198, h: 66 },
        rules: routes.map((_, i) => ({ x: 176, y: 138 + i * 78, w: 180, h: 60 })),
        tgs: routes.map((_, i) => ({ x: 404, y: 138 + i * 78, w: 148, h: 60 })),
        svcs: routes.map((_, i) => ({ x: 578, y: 138 + i * 78, w: 128, h: 60 })),
      }
    : {
        clients: { x: 110, y: 10, w: 140, h: 56 },
        alb: { x: 8, y: 92, w: 344, h: 250 },
        listener: { x: 24, y: 130, w: 312, h: 62 },
        rules: routes.map((_, i) => ({ x: 24 + i * 106, y: 226, w: 98, h: 96 })),
        tgs: routes.map((_, i) => ({ x: 24 + i * 106, y: 374, w: 98, h: 96 })),
        svcs: routes.map((_, i) => ({ x: 24 + i * 106, y: 510, w: 98, h: 88 })),
      };
  return (
    <FigureSvg title={m.title} desc={m.desc}>
      <Box {...g.clients} icon={users} iconAt="left" iconSize={26} label={m.clients} size={SIZE.small} />
      <Group {...g.alb} label={m.alb} icon={applicationLoadBalancer} />
      <Box {...g.listener} label={m.listener} sub={m.listenerSub} tone="purple" size={14} />
      <Arrow points={wide ? [right(g.clients), left(g.listener)] : [bottom(g.clients), top(g.listener)]} />
      {routes.map((r, i) => {
        const rule = g.rules[i] as Rect;
        const tg = g.tgs[i] as Rect;
        const svc = g.svcs[i] as Rect;
        return (
          <g key={i}>
            <Box {...rule} label={r.rule} sub={m.forward} mono={i < 2} tone="plain" size={14} />
            <Box {...tg} label={r.tg} sub={m.tgSub} tone="green" size={SIZE.small} />
            <Box {...svc} icon={wide ? undefined : ecsService} iconSize={24} label={r.svc} tone="orange" size={SIZE.small} />
            {wide ? (
              <>
                <Arrow points={[[166, g.listener.y + g.listener.h], [166, rule.y + rule.h / 2], left(rule)]} />
                <Arrow points={[right(rule), left(tg)]} />
                <Arrow points={[left(svc), right(tg)]} tone="green" dashed />
              </>
            ) : (
              <>
                <Arrow points={[[rule.x + rule.w / 2, g.listener.y + g.listener.h], top(rule)]} />
                <Arrow points={[bottom(rule), top(tg)]} />
                <Arrow points={[top(svc), bottom(tg)]} tone="green" dashed />
              </>
            )}
          </g>
        );
      })}
    </FigureSvg>
  );
}
