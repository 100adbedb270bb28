import type { Diagram, DiagramEdge, DiagramNode } from '../contracts/diagram.ts';
import type { Locale } from '../contracts/taxonomy.ts';
import { gradeDiagram } from '../architecture/index.ts';
import { createRng, pick, shuffled } from '../srs/rng.ts';
import { buildOptions, type GeneratedQuestion, type QuestionGenerator, generatedQuestion } from './types.ts';

/**
 * "Which permission is missing in this diagram?" A correct architecture is drawn from a template, one
 * action is removed from one of its IAM roles, and the architecture rules engine decides which of the
 * offered fixes makes the diagram pass again.
 */

interface RoleDraft {
  id: string;
  name: string;
  purpose: 'task' | 'execution' | 'eventbridge' | 'scheduler';
  actions: string[];
}

interface Template {
  /** The flow in words, per language; names, ids and AWS terms as in the diagram. */
  describe: Record<Locale, string>;
  /** Written out in full, defaults included, as a diagram file reads once validated (a test checks it). */
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  roles: RoleDraft[];
}

const TEMPLATES: Template[] = [
  {
    describe: {
      en: 'An S3 bucket "uploads" sends Object Created events to EventBridge; a rule runs the Fargate task "thumbnailer", which reads the object and writes a row to the DynamoDB table "images".',
      ko: '"uploads" S3 버킷이 Object Created 이벤트를 EventBridge로 보내고, EventBridge 규칙이 "thumbnailer" Fargate 태스크를 실행합니다. 이 태스크는 객체를 읽고 "images" DynamoDB 테이블에 항목을 하나 씁니다.',
    },
    nodes: [
      { id: 'bucket', kind: 's3', props: { bucketName: 'uploads', eventBridgeNotifications: true, s3FilesFileSystem: false } },
      { id: 'rule', kind: 'eventbridge-rule', props: { eventPattern: { source: ['aws.s3'], 'detail-type': ['Object Created'] }, eventBus: 'default' } },
      { id: 'task', kind: 'ecs-task', props: { launchType: 'FARGATE', networkMode: 'awsvpc' }, label: 'thumbnailer' },
      { id: 'table', kind: 'dynamodb', props: { tableName: 'images' } },
    ],
    edges: [
      { id: 'e1', source: 'bucket', target: 'rule' },
      { id: 'e2', source: 'rule', target: 'task' },
      { id: 'e3', source: 'task', target: 'bucket' },
      { id: 'e4', source: 'task', target: 'table' },
    ],
    roles: [
      { id: 'eb-role', name: 'events-run-task', purpose: 'eventbridge', actions: ['ecs:RunTask', 'iam:PassRole'] },
      { id: 'task-role', name: 'thumbnailer-task', purpose: 'task', actions: ['s3:GetObject', 'dynamodb:PutItem'] },
    ],
  },
  {
    describe: {
      en: 'An ECS service "orders-worker" on Fargate polls the SQS queue "orders", pulls its image from the ECR repository "orders", and publishes a message to the SNS topic "order-events" for each order.',
      ko: 'Fargate에서 실행되는 "orders-worker" ECS 서비스가 "orders" SQS 대기열을 폴링하고, "orders" ECR 리포지토리에서 이미지를 가져오며, 주문마다 "order-events" SNS 주제에 메시지를 게시합니다.',
    },
    nodes: [
      { id: 'queue', kind: 'sqs', props: { queueName: 'orders', fifo: false } },
      { id: 'repo', kind: 'ecr', props: { repositoryName: 'orders' } },
      {
        id: 'svc',
        kind: 'ecs-service',
        props: { launchType: 'FARGATE', networkMode: 'awsvpc', containerPort: 8080, desiredCount: 1, scaling: { policy: 'none', minCapacity: 1, maxCapacity: 1 } },
        label: 'orders-worker',
      },
      { id: 'topic', kind: 'sns', props: { topicName: 'order-events' } },
    ],
    edges: [
      { id: 'e1', source: 'queue', target: 'svc' },
      { id: 'e2', source: 'repo', target: 'svc' },
      { id: 'e3', source: 'svc', target: 'topic' },
    ],
    roles: [
      { id: 'task-role', name: 'orders-task', purpose: 'task', actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sns:Publish'] },
      { id: 'exec-role', name: 'orders-execution', purpose: 'execution', actions: ['ecr:GetAuthorizationToken', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] },
    ],
  },
  {
    describe: {
      en: 'An EventBridge Scheduler schedule starts the Fargate task "nightly-report" every night; the task pulls its image from the ECR repository "reports" and writes the report to the S3 bucket "reports-archive".',
      ko: 'EventBridge Scheduler 일정이 매일 밤 "nightly-report" Fargate 태스크를 시작합니다. 이 태스크는 "reports" ECR 리포지토리에서 이미지를 가져오고, 보고서를 "reports-archive" S3 버킷에 씁니다.',
    },
    nodes: [
      { id: 'schedule', kind: 'eventbridge-schedule', props: { scheduleExpression: 'cron(0 2 * * ? *)', service: 'scheduler' } },
      { id: 'repo', kind: 'ecr', props: { repositoryName: 'reports' } },
      { id: 'task', kind: 'ecs-task', props: { launchType: 'FARGATE', networkMode: 'awsvpc' }, label: 'nightly-report' },
      { id: 'bucket', kind: 's3', props: { bucketName: 'reports-archive', eventBridgeNotifications: false, s3FilesFileSystem: false } },
    ],
    edges: [
      { id: 'e1', source: 'schedule', target: 'task' },
      { id: 'e2', source: 'repo', target: 'task' },
      { id: 'e3', source: 'task', target: 'bucket', actions: ['s3:PutObject'] },
    ],
    roles: [
      { id: 'sched-role', name: 'scheduler-run-task', purpose: 'scheduler', actions: ['ecs:RunTask', 'iam:PassRole'] },
      { id: 'exec-role', name: 'report-execution', purpose: 'execution', actions: ['ecr:GetAuthorizationToken', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] },
      { id: 'task-role', name: 'report-task', purpose: 'task', actions: ['s3:PutObject'] },
    ],
  },
];

/** Actions that sound plausible but none of the templates needs. */
const DECOYS = ['ecs:StartTask', 'ecs:UpdateService', 'iam:CreateRole', 'sts:AssumeRole', 'logs:CreateLogGroup', 'sqs:SendMessage', 'dynamodb:Scan', 's3:ListAllMyBuckets', 'ecr:PutImage', 'kms:Decrypt'];

interface Fix {
  roleId: string;
  action: string;
}

/** What a learner reads, per language; `role` is the role's kind and name, as the stem lists it. */
const TEXT: Record<
  Locale,
  {
    roleWord: Record<RoleDraft['purpose'], string>;
    role(word: string, name: string): string;
    allows(role: string, actions: readonly string[]): string;
    stem(describe: string, roleLines: readonly string[]): string;
    option(role: string, action: string): string;
    right(word: string, action: string): string;
    wrong(role: string, action: string): string;
  }
> = {
  en: {
    roleWord: { task: 'task role', execution: 'task execution role', eventbridge: 'EventBridge role', scheduler: 'EventBridge Scheduler role' },
    role: (word, name) => `the ${word} "${name}"`,
    allows: (role, actions) => `${role} allows ${actions.length ? actions.join(', ') : 'nothing'}`,
    stem: (describe, lines) => `${describe} In the diagram, ${lines.join('; ')}. One permission is missing, so part of this flow fails at run time. Which change fixes it?`,
    option: (role, action) => `Allow ${action} on ${role}`,
    right: (word, action) => `Correct. With ${action} on the ${word}, every connection in the diagram has the permissions it needs.`,
    wrong: (role, action) => `Adding ${action} on ${role} still leaves a connection without the permission it needs: the diagram keeps failing.`,
  },
  ko: {
    roleWord: { task: '태스크 역할', execution: '태스크 실행 역할', eventbridge: 'EventBridge 역할', scheduler: 'EventBridge Scheduler 역할' },
    role: (word, name) => `${word} "${name}"`,
    allows: (role, actions) => (actions.length ? `${role}에는 ${actions.join(', ')} 권한이 있습니다.` : `${role}에는 아무 권한도 없습니다.`),
    stem: (describe, lines) => `${describe} 다이어그램의 역할은 다음과 같습니다. ${lines.join(' ')} 권한 하나가 빠져 있어 이 흐름의 일부가 실행 중에 실패합니다. 무엇을 바꾸면 해결됩니까?`,
    option: (role, action) => `${role}에 ${action} 권한을 부여합니다`,
    right: (word, action) => `정답입니다. ${word}에 ${action} 권한이 있으면 다이어그램의 모든 연결에 필요한 권한이 갖춰집니다.`,
    wrong: (role, action) => `${role}에 ${action} 권한을 부여해도 필요한 권한이 없는 연결이 남아 다이어그램은 계속 실패합니다.`,
  },
};

function build(t: Template, roles: readonly RoleDraft[]): Diagram {
  const roleNodes = roles.map((r): DiagramNode => ({ id: r.id, kind: 'iam-role', props: { roleName: r.name, purpose: r.purpose, actions: [...r.actions] } }));
  const holderOf: Record<RoleDraft['purpose'], string> = {
    task: t.nodes.find((n) => n.kind === 'ecs-task' || n.kind === 'ecs-service')!.id,
    execution: t.nodes.find((n) => n.kind === 'ecs-task' || n.kind === 'ecs-service')!.id,
    eventbridge: t.nodes.find((n) => n.kind === 'eventbridge-rule')?.id ?? '',
    scheduler: t.nodes.find((n) => n.kind === 'eventbridge-schedule')?.id ?? '',
  };
  const roleEdges = roles.map((r, i) => ({ id: `r${i + 1}`, source: r.id, target: holderOf[r.purpose] }));
  const diagram: Diagram = { schemaVersion: 1, nodes: [...t.nodes, ...roleNodes], edges: [...t.edges, ...roleEdges] };
  // A copy of its own, so a caller that edits the diagram (as a learner's fix does) leaves the templates be.
  return structuredClone(diagram);
}

/** Whether the diagram has no error-level finding once `fix` (an action on a role) is applied. */
export function fixPasses(t: Template, roles: readonly RoleDraft[], fix: { roleId: string; action: string }): boolean {
  const fixed = roles.map((r) => (r.id === fix.roleId ? { ...r, actions: [...r.actions, fix.action] } : r));
  return !gradeDiagram(build(t, fixed)).some((f) => f.severity === 'error');
}

export const TEMPLATE_COUNT = TEMPLATES.length;

/** What a seed breaks: the template, the role that lost an action, the action, and the roles after that. */
function breakFor(seed: number) {
  const rng = createRng(`missing-permission:${seed}`);
  const template = TEMPLATES[seed % TEMPLATES.length]!;
  const role = pick(template.roles, rng);
  const removed = pick(role.actions, rng);
  const roles = template.roles.map((r) => (r.id === role.id ? { ...r, actions: r.actions.filter((a) => a !== removed) } : r));
  return { rng, template, role, removed, roles };
}

/** The diagram a question is about, with the roles as the stem lists them (one action removed). */
export function brokenDiagram(seed: number): Diagram {
  const { template, roles } = breakFor(seed);
  return build(template, roles);
}

export const missingPermissionGenerator: QuestionGenerator = {
  id: 'gen-missing-permission',
  track: 'iam',
  domains: ['dva-security', 'saa-secure'],
  lesson: 'iam/roles-and-trust',
  generate(seed: number, locale: Locale = 'en'): GeneratedQuestion {
    const { rng, template, role, removed, roles } = breakFor(seed);
    // Candidate fixes: the removed action on each role, and decoys on the role that lost it.
    const candidates: Fix[] = [
      ...template.roles.map((r) => ({ roleId: r.id, action: removed })),
      ...shuffled(DECOYS, rng).slice(0, 4).map((action) => ({ roleId: role.id, action })),
    ];
    const judged = candidates.map((c) => ({ ...c, correct: fixPasses(template, roles, c) }));
    const right = judged.filter((c) => c.correct).slice(0, 1);
    const wrong = shuffled(judged.filter((c) => !c.correct), rng).slice(0, 3);
    const text = TEXT[locale];
    const roleById = new Map(template.roles.map((r) => [r.id, r]));
    const word = (r: RoleDraft) => text.roleWord[r.purpose];
    const named = (r: RoleDraft) => text.role(word(r), r.name);
    const { options, answer } = buildOptions(
      [...right, ...wrong].map((c) => {
        const r = roleById.get(c.roleId)!;
        return { text: text.option(named(r), c.action), correct: c.correct, explanation: c.correct ? text.right(word(r), c.action) : text.wrong(named(r), c.action) };
      }),
      rng,
    );
    return generatedQuestion(this, seed, {
      difficulty: 2,
      stem: text.stem(template.describe[locale], roles.map((r) => text.allows(named(r), r.actions))),
      options,
      answer,
      references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-iam-roles.html'],
    });
  },
};
