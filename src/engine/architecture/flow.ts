import type { Diagram, DiagramEdge, DiagramNode } from '../contracts/diagram.ts';
import { evaluateEdge } from './evaluate.ts';
import { nodeProblems } from './grade.ts';
import { buildGraph, labelOf, type DiagramGraph } from './graph.ts';
import { edgeActions, ruleFor } from './rules.ts';
import { tx, type Locale } from './text.ts';
import type { ConnectionRule } from './types.ts';

export interface FlowHop {
  index: number;
  nodeId: string;
  edgeId?: string;
  /** Short name of what happens: "PutObject", "RunTask", "Pull image"… */
  action: string;
  caption: string;
  ok: boolean;
  /** The error AWS would report, when this hop fails. */
  error?: string;
}

export interface FlowResult {
  startNodeId?: string;
  hops: FlowHop[];
  ok: boolean;
  failure?: { nodeId?: string; edgeId?: string; error: string };
}

function ruleOf(graph: DiagramGraph, e: DiagramEdge): ConnectionRule | undefined {
  const s = graph.nodes.get(e.source);
  const t = graph.nodes.get(e.target);
  return s && t ? ruleFor(s.kind, t.kind) : undefined;
}

/** Edges the flow follows as hops: everything except role attachments and start-up edges. */
function isHop(graph: DiagramGraph, e: DiagramEdge): boolean {
  return ruleOf(graph, e)?.setup === undefined;
}

const READ = /^[a-z0-9-]+:(Get|List|Describe|Head|BatchGet|Query|Scan|Receive)/i;

/** Whether the flow goes on into an edge's target: a read-only API call triggers nothing there. */
function continues(graph: DiagramGraph, e: DiagramEdge): boolean {
  const rule = ruleOf(graph, e);
  if (!rule?.continuesOnWriteOnly) return true;
  return edgeActions(rule, e).some((a) => !READ.test(a));
}

function startCaption(node: DiagramNode): { action: string; caption: string } {
  const l = labelOf(node);
  switch (node.kind) {
    case 'internet':
      return { action: 'Client', caption: 'A client on the internet starts the flow' };
    case 's3':
      return { action: 'Object created', caption: `An object is created in bucket ${l}` };
    case 'eventbridge-schedule':
      return { action: 'Schedule due', caption: `Schedule ${l} is due (${node.props.scheduleExpression})` };
    case 'sqs':
      return { action: 'Messages arrive', caption: `Messages arrive in queue ${l}` };
    case 'ecs-task':
      return { action: 'Task runs', caption: `Task ${l} runs` };
    case 'ecs-service':
      return { action: 'Service runs', caption: `Service ${l} runs its tasks` };
    case 'iam-role':
      return { action: 'Build starts', caption: `A CodeBuild build starts with role ${l}` };
    default:
      return { action: 'Start', caption: `${l} starts the flow` };
  }
}

function startCaptionKo(node: DiagramNode): { action: string; caption: string } {
  const l = labelOf(node);
  switch (node.kind) {
    case 'internet':
      return { action: '클라이언트', caption: '인터넷의 클라이언트가 흐름을 시작합니다' };
    case 's3':
      return { action: '객체 생성', caption: `버킷 ${l}에 객체가 생성됩니다` };
    case 'eventbridge-schedule':
      return { action: '일정 도래', caption: `일정 ${l}의 실행 시각이 됩니다(${node.props.scheduleExpression})` };
    case 'sqs':
      return { action: '메시지 도착', caption: `대기열 ${l}에 메시지가 도착합니다` };
    case 'ecs-task':
      return { action: '태스크 실행', caption: `${l} 태스크가 실행됩니다` };
    case 'ecs-service':
      return { action: '서비스 실행', caption: `서비스 ${l}에서 태스크를 실행합니다` };
    case 'iam-role':
      return { action: '빌드 시작', caption: `${l} 역할을 쓰는 CodeBuild 빌드가 시작됩니다` };
    default:
      return { action: '시작', caption: `${l}에서 흐름이 시작됩니다` };
  }
}

function pickStart(graph: DiagramGraph): DiagramNode | undefined {
  const hopsOut = (n: DiagramNode) => (graph.out.get(n.id) ?? []).some((e) => isHop(graph, e));
  const hopsIn = (n: DiagramNode) => (graph.in.get(n.id) ?? []).some((e) => isHop(graph, e));
  const nodes = graph.diagram.nodes;
  const isEcs = (n: DiagramNode) => n.kind === 'ecs-task' || n.kind === 'ecs-service';
  return nodes.find((n) => hopsOut(n) && !hopsIn(n)) ?? nodes.find(hopsOut) ?? nodes.find(isEcs) ?? nodes[0];
}

function fill(template: string, source: DiagramNode, target: DiagramNode, actions: readonly string[]): string {
  return template
    .replaceAll('{source}', labelOf(source))
    .replaceAll('{target}', labelOf(target))
    .replaceAll('{actions}', actions.join(', '));
}

/**
 * Follows the diagram from a start node (by default the first node nothing flows into) and narrates each
 * hop. It stops at the first hop that would fail in AWS and reports the error and where it happens.
 */
export function runFlow(diagram: Diagram, startNodeId?: string, locale: Locale = 'en'): FlowResult {
  const ko = locale === 'ko';
  const graph = buildGraph(diagram);
  const start = startNodeId === undefined ? pickStart(graph) : graph.nodes.get(startNodeId);
  if (!start) {
    const empty = ko ? '다이어그램이 비어 있습니다.' : 'The diagram is empty.';
    const error = startNodeId === undefined ? empty : ko ? `id가 "${startNodeId}"인 노드가 없습니다.` : `No node with id "${startNodeId}".`;
    return { hops: [], ok: false, failure: { error } };
  }
  const hops: FlowHop[] = [];
  const walked = new Set<string>();
  const entered = new Set<string>([start.id]);
  let failure: FlowResult['failure'];

  const push = (hop: Omit<FlowHop, 'index'>): boolean => {
    hops.push({ index: hops.length, ...hop });
    if (!hop.ok) failure = { nodeId: hop.nodeId, ...(hop.edgeId ? { edgeId: hop.edgeId } : {}), error: hop.error ?? (ko ? '실패' : 'failed') };
    return hop.ok;
  };

  const walkEdge = (e: DiagramEdge): boolean => {
    walked.add(e.id);
    const ev = evaluateEdge(graph, e, locale);
    if (!ev) return true;
    const rule = ev.rule;
    const actions = rule ? edgeActions(rule, e) : [];
    const flow = rule?.flow ?? { action: 'Connect', caption: '{source} → {target}' };
    const action = fill(tx(flow.action, locale), ev.source, ev.target, actions.map((a) => a.replace(/^[^:]+:/, '')));
    const fail = ev.failures[0];
    // A hop that fails is not narrated as if it happened ("the rule matches it"): it names the step that stops.
    const said = fail ? (ko ? '{source} → {target} 단계에서 멈춥니다' : '{source} → {target} stops here') : tx(flow.caption, locale);
    const caption = fill(said, ev.source, ev.target, actions);
    return push({
      nodeId: fail?.nodeId ?? ev.target.id,
      edgeId: e.id,
      action,
      caption,
      ok: !fail,
      ...(fail ? { error: fail.message } : {}),
    });
  };

  const enter = (node: DiagramNode): boolean => {
    if (node.kind === 'ecs-task' || node.kind === 'ecs-service') {
      for (const e of graph.in.get(node.id) ?? []) {
        if (walked.has(e.id) || ruleOf(graph, e)?.setup !== 'startup') continue;
        if (!walkEdge(e)) return false;
      }
      const problem = nodeProblems(graph, node, locale).find((p) => p.finding.severity === 'error');
      const l = labelOf(node);
      const what = ko
        ? node.kind === 'ecs-task'
          ? `태스크 ${l}에서 컨테이너를 시작합니다`
          : `서비스 ${l}에서 태스크를 계속 실행합니다`
        : node.kind === 'ecs-task'
          ? `Task ${l} starts its containers`
          : `Service ${l} keeps its tasks running`;
      return push({ nodeId: node.id, action: ko ? '시작' : 'Start', caption: what, ok: !problem, ...(problem ? { error: problem.flowError } : {}) });
    }
    if (node.kind === 'sns' && node.props.emailSubscription) {
      const to = node.props.emailSubscription;
      const caption = ko ? `주제 ${labelOf(node)}에서 ${to} 주소로 메시지를 이메일로 보냅니다` : `Topic ${labelOf(node)} emails the message to ${to}`;
      return push({ nodeId: node.id, action: ko ? '이메일' : 'Email', caption, ok: true });
    }
    return true;
  };

  const visit = (node: DiagramNode): boolean => {
    for (const e of graph.out.get(node.id) ?? []) {
      if (walked.has(e.id) || ruleOf(graph, e)?.setup === 'attach') continue;
      if (!walkEdge(e)) return false;
      const target = graph.nodes.get(e.target);
      if (!target || entered.has(target.id) || !continues(graph, e)) continue;
      entered.add(target.id);
      if (!enter(target) || !visit(target)) return false;
    }
    return true;
  };

  const s = ko ? startCaptionKo(start) : startCaption(start);
  push({ nodeId: start.id, action: s.action, caption: s.caption, ok: true });
  if (enter(start)) visit(start);
  return { startNodeId: start.id, hops, ok: failure === undefined, ...(failure ? { failure } : {}) };
}
