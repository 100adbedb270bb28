import { diagramSchema, type Diagram, type DiagramInput } from '@/content/diagramSchema';
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
  describe: string;
  nodes: DiagramInput['nodes'];
  edges: DiagramInput['edges'];
  roles: RoleDraft[];
}

const TEMPLATES: Template[] = [
  {
    describe:
      'An S3 bucket "uploads" sends Object Created events to EventBridge; a rule runs the Fargate task "thumbnailer", which reads the object and writes a row to the DynamoDB table "images".',
    nodes: [
      { id: 'bucket', kind: 's3', props: { bucketName: 'uploads', eventBridgeNotifications: true } },
      { id: 'rule', kind: 'eventbridge-rule', props: { eventPattern: { source: ['aws.s3'], 'detail-type': ['Object Created'] } } },
      { id: 'task', kind: 'ecs-task', props: { launchType: 'FARGATE' }, label: 'thumbnailer' },
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
    describe:
      'An ECS service "orders-worker" on Fargate polls the SQS queue "orders", pulls its image from the ECR repository "orders", and publishes a message to the SNS topic "order-events" for each order.',
    nodes: [
      { id: 'queue', kind: 'sqs', props: { queueName: 'orders' } },
      { id: 'repo', kind: 'ecr', props: { repositoryName: 'orders' } },
      { id: 'svc', kind: 'ecs-service', props: { launchType: 'FARGATE', containerPort: 8080 }, label: 'orders-worker' },
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
    describe:
      'An EventBridge Scheduler schedule starts the Fargate task "nightly-report" every night; the task pulls its image from the ECR repository "reports" and writes the report to the S3 bucket "reports-archive".',
    nodes: [
      { id: 'schedule', kind: 'eventbridge-schedule', props: { scheduleExpression: 'cron(0 2 * * ? *)' } },
      { id: 'repo', kind: 'ecr', props: { repositoryName: 'reports' } },
      { id: 'task', kind: 'ecs-task', props: { launchType: 'FARGATE' }, label: 'nightly-report' },
      { id: 'bucket', kind: 's3', props: { bucketName: 'reports-archive' } },
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

const ROLE_WORD: Record<RoleDraft['purpose'], string> = {
  task: 'task role',
  execution: 'task execution role',
  eventbridge: 'EventBridge role',
  scheduler: 'EventBridge Scheduler role',
};

function build(t: Template, roles: readonly RoleDraft[]): Diagram {
  const roleNodes = roles.map((r) => ({ id: r.id, kind: 'iam-role' as const, props: { roleName: r.name, purpose: r.purpose, actions: r.actions } }));
  const holderOf: Record<RoleDraft['purpose'], string> = {
    task: t.nodes.find((n) => n.kind === 'ecs-task' || n.kind === 'ecs-service')!.id,
    execution: t.nodes.find((n) => n.kind === 'ecs-task' || n.kind === 'ecs-service')!.id,
    eventbridge: t.nodes.find((n) => n.kind === 'eventbridge-rule')?.id ?? '',
    scheduler: t.nodes.find((n) => n.kind === 'eventbridge-schedule')?.id ?? '',
  };
  const roleEdges = roles.map((r, i) => ({ id: `r${i + 1}`, source: r.id, target: holderOf[r.purpose] }));
  return diagramSchema.parse({ schemaVersion: 1, nodes: [...t.nodes, ...roleNodes], edges: [...t.edges, ...roleEdges] });
}

/** Whether the diagram has no error-level finding once `fix` (an action on a role) is applied. */
export function fixPasses(t: Template, roles: readonly RoleDraft[], fix: { roleId: string; action: string }): boolean {
  const fixed = roles.map((r) => (r.id === fix.roleId ? { ...r, actions: [...r.actions, fix.action] } : r));
  return !gradeDiagram(build(t, fixed)).some((f) => f.severity === 'error');
}

export const TEMPLATE_COUNT = TEMPLATES.length;

/** The diagram a question is about, with the roles as the stem lists them (one action removed). */
export function brokenDiagram(seed: number): Diagram {
  const rng = createRng(`missing-permission:${seed}`);
  const template = TEMPLATES[seed % TEMPLATES.length]!;
  const role = pick(template.roles, rng);
  const removed = pick(role.actions, rng);
  return build(template, template.roles.map((r) => (r.id === role.id ? { ...r, actions: r.actions.filter((a) => a !== removed) } : r)));
}

export const missingPermissionGenerator: QuestionGenerator = {
  id: 'gen-missing-permission',
  track: 'iam',
  domains: ['dva-security', 'saa-secure'],
  lesson: 'iam/roles-and-trust',
  generate(seed: number): GeneratedQuestion {
    const rng = createRng(`missing-permission:${seed}`);
    const template = TEMPLATES[seed % TEMPLATES.length]!;
    const role = pick(template.roles, rng);
    const removed = pick(role.actions, rng);
    const roles = template.roles.map((r) => (r.id === role.id ? { ...r, actions: r.actions.filter((a) => a !== removed) } : r));
    // Candidate fixes: the removed action on each role, and decoys on the role that lost it.
    const candidates = [
      ...template.roles.map((r) => ({ roleId: r.id, action: removed })),
      ...shuffled(DECOYS, rng).slice(0, 4).map((action) => ({ roleId: role.id, action })),
    ];
    const judged = candidates.map((c) => ({ ...c, correct: fixPasses(template, roles, c) }));
    const right = judged.filter((c) => c.correct).slice(0, 1);
    const wrong = shuffled(judged.filter((c) => !c.correct), rng).slice(0, 3);
    const roleById = new Map(template.roles.map((r) => [r.id, r]));
    const label = (c: { roleId: string; action: string }) => {
      const r = roleById.get(c.roleId)!;
      return `${c.action} on the ${ROLE_WORD[r.purpose]} "${r.name}"`;
    };
    const { options, answer } = buildOptions(
      [...right, ...wrong].map((c) => ({
        text: `Allow ${label(c)}`,
        correct: c.correct,
        explanation: c.correct
          ? `Correct. With ${c.action} on the ${ROLE_WORD[roleById.get(c.roleId)!.purpose]}, every connection in the diagram has the permissions it needs.`
          : `Adding ${label(c)} still leaves a connection without the permission it needs: the diagram keeps failing.`,
      })),
      rng,
    );
    const roleLines = roles.map((r) => `the ${ROLE_WORD[r.purpose]} "${r.name}" allows ${r.actions.length ? r.actions.join(', ') : 'nothing'}`);
    return generatedQuestion(this, seed, {
      difficulty: 2,
      stem: `${template.describe} In the diagram, ${roleLines.join('; ')}. One permission is missing, so part of this flow fails at run time. Which change fixes it?`,
      options,
      answer,
      references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-iam-roles.html'],
    });
  },
};
