import type { Locale } from '../contracts/taxonomy.ts';
import { decideRequest, type DecisionStatement, type PolicyDecision, type PolicyRequest } from '../architecture/index.ts';
import { createRng, pick, shuffled } from '../srs/rng.ts';
import { buildOptions, type GeneratedQuestion, type QuestionGenerator, generatedQuestion } from './types.ts';

/**
 * "Does this policy allow this call?" A role's identity-based policy (Allow and Deny statements with
 * wildcards) and four API calls; the policy evaluator decides each call. Either one call succeeds and
 * three are denied, or one is denied and three succeed. Denied distractors are the calls a learner
 * allows by mistake: one an explicit Deny overrides, one whose action no Allow names, one whose
 * resource no Allow's pattern covers (a bucket ARN against an object pattern, a name prefix, a
 * DynamoDB index under a table).
 */

interface Template {
  role: string;
  /** Who uses the role, per language. */
  who: Record<Locale, string>;
  statements: DecisionStatement[];
  calls: PolicyRequest[];
}

const ACCOUNT = '111122223333';
const ddb = (table: string) => `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/${table}`;
const sqs = (queue: string) => `arn:aws:sqs:us-east-1:${ACCOUNT}:${queue}`;
const ecs = (path: string) => `arn:aws:ecs:us-east-1:${ACCOUNT}:${path}`;

const TEMPLATES: Template[] = [
  {
    role: 'reports-task',
    who: { en: 'the task role of the ECS service "reports"', ko: 'ECS 서비스 "reports"의 태스크 역할' },
    statements: [
      { Sid: 'ReadWrite', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: ['arn:aws:s3:::app-data/*'] },
      { Sid: 'List', Effect: 'Allow', Action: ['s3:ListBucket'], Resource: ['arn:aws:s3:::app-data'] },
      { Sid: 'NoSecrets', Effect: 'Deny', Action: ['s3:*'], Resource: ['arn:aws:s3:::app-data/secrets/*'] },
    ],
    calls: [
      { action: 's3:GetObject', resource: 'arn:aws:s3:::app-data/reports/q1.csv' },
      { action: 's3:PutObject', resource: 'arn:aws:s3:::app-data/uploads/photo.jpg' },
      { action: 's3:ListBucket', resource: 'arn:aws:s3:::app-data' },
      { action: 's3:GetObject', resource: 'arn:aws:s3:::app-data/secrets/db.env' },
      { action: 's3:PutObject', resource: 'arn:aws:s3:::app-data/secrets/api-key.txt' },
      { action: 's3:DeleteObject', resource: 'arn:aws:s3:::app-data/reports/q1.csv' },
      { action: 's3:GetObject', resource: 'arn:aws:s3:::app-data-archive/q1.csv' },
      { action: 's3:ListBucket', resource: 'arn:aws:s3:::app-data-archive' },
    ],
  },
  {
    role: 'orders-api',
    who: { en: 'the task role of the ECS service "orders-api"', ko: 'ECS 서비스 "orders-api"의 태스크 역할' },
    statements: [
      { Sid: 'ReadOrders', Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:Query'], Resource: [ddb('orders')] },
      { Sid: 'DevTables', Effect: 'Allow', Action: ['dynamodb:*Item', 'dynamodb:Query'], Resource: [ddb('dev-*')] },
      { Sid: 'NoDeletes', Effect: 'Deny', Action: ['dynamodb:Delete*'], Resource: ['*'] },
    ],
    calls: [
      { action: 'dynamodb:GetItem', resource: ddb('orders') },
      { action: 'dynamodb:Query', resource: ddb('orders') },
      { action: 'dynamodb:PutItem', resource: ddb('dev-carts') },
      { action: 'dynamodb:UpdateItem', resource: ddb('dev-orders') },
      { action: 'dynamodb:BatchWriteItem', resource: ddb('dev-carts') },
      { action: 'dynamodb:DeleteItem', resource: ddb('dev-carts') },
      { action: 'dynamodb:DeleteTable', resource: ddb('dev-orders') },
      { action: 'dynamodb:PutItem', resource: ddb('orders') },
      { action: 'dynamodb:Scan', resource: ddb('orders') },
      { action: 'dynamodb:DescribeTable', resource: ddb('dev-carts') },
      { action: 'dynamodb:Query', resource: `${ddb('orders')}/index/by-customer` },
      { action: 'dynamodb:GetItem', resource: ddb('orders-archive') },
    ],
  },
  {
    role: 'billing-worker',
    who: { en: 'the task role of the ECS service "billing-worker"', ko: 'ECS 서비스 "billing-worker"의 태스크 역할' },
    statements: [
      { Sid: 'Consume', Effect: 'Allow', Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage'], Resource: [sqs('invoices')] },
      { Sid: 'Publish', Effect: 'Allow', Action: ['sqs:Send*'], Resource: [sqs('invoices-*')] },
      { Sid: 'NoDeadLetters', Effect: 'Deny', Action: ['sqs:*'], Resource: [sqs('invoices-dlq')] },
    ],
    calls: [
      { action: 'sqs:ReceiveMessage', resource: sqs('invoices') },
      { action: 'sqs:DeleteMessage', resource: sqs('invoices') },
      { action: 'sqs:SendMessage', resource: sqs('invoices-retry') },
      { action: 'sqs:SendMessageBatch', resource: sqs('invoices-audit') },
      { action: 'sqs:SendMessage', resource: sqs('invoices-dlq') },
      { action: 'sqs:SendMessageBatch', resource: sqs('invoices-dlq') },
      { action: 'sqs:PurgeQueue', resource: sqs('invoices') },
      { action: 'sqs:ChangeMessageVisibility', resource: sqs('invoices') },
      { action: 'sqs:SendMessage', resource: sqs('invoices') },
    ],
  },
  {
    role: 'pipeline-deploy',
    who: { en: 'the role a CodePipeline deploy action uses', ko: 'CodePipeline 배포 작업이 사용하는 역할' },
    statements: [
      { Sid: 'Deploy', Effect: 'Allow', Action: ['ecs:UpdateService'], Resource: [ecs('service/prod/*')] },
      { Sid: 'Read', Effect: 'Allow', Action: ['ecs:Describe*', 'ecs:List*'], Resource: ['*'] },
      { Sid: 'NoPayments', Effect: 'Deny', Action: ['ecs:UpdateService'], Resource: [ecs('service/prod/payments')] },
    ],
    calls: [
      { action: 'ecs:UpdateService', resource: ecs('service/prod/web') },
      { action: 'ecs:DescribeServices', resource: ecs('service/prod/payments') },
      { action: 'ecs:ListTasks', resource: ecs('cluster/prod') },
      { action: 'ecs:UpdateService', resource: ecs('service/prod/payments') },
      { action: 'ecs:DeleteService', resource: ecs('service/prod/web') },
      { action: 'ecs:UpdateService', resource: ecs('service/staging/web') },
      { action: 'ecs:RegisterTaskDefinition', resource: '*' },
    ],
  },
];

export const POLICY_TEMPLATE_COUNT = TEMPLATES.length;

type Form = 'allowed' | 'denied';

const TEXT: Record<
  Locale,
  {
    stem(role: string, who: string, statements: readonly string[], form: Form): string;
    statement(s: DecisionStatement): string;
    option(r: PolicyRequest): string;
    why(r: PolicyRequest, d: PolicyDecision): string;
    right: string;
    wrong: string;
  }
> = {
  en: {
    stem: (role, who, statements, form) =>
      `The IAM role "${role}" is ${who}. It has one identity-based policy, and no other policy applies to it. The statements are: ${statements.join('; ')}. Which call made with the role's credentials ${form === 'allowed' ? 'succeeds' : 'is denied'}?`,
    statement: (s) => `Sid "${s.Sid}" ${s.Effect === 'Allow' ? 'allows' : 'denies'} ${s.Action.join(', ')} on ${s.Resource.join(', ')}`,
    option: (r) => `${r.action} on ${r.resource}`,
    why: (r, d) => {
      if (d.decision === 'allow') return `the Allow in ${d.allowedBy.join(' and ')} matches ${r.action} on this resource, and no Deny statement matches it, so the call succeeds.`;
      if (d.decision === 'explicit-deny') {
        const over = d.allowedBy.length ? ` and overrides the Allow in ${d.allowedBy.join(' and ')}` : '';
        return `the Deny in ${d.deniedBy.join(' and ')} matches this call${over}: an explicit deny always wins, so the call is denied.`;
      }
      if (d.reason === 'resource') return `an Allow names ${r.action}, but none of its Resource patterns matches ${r.resource}, so the call is implicitly denied.`;
      return `no Allow statement matches the action ${r.action}, even with its wildcards, so the call is implicitly denied.`;
    },
    right: 'Correct: ',
    wrong: 'Not this one: ',
  },
  ko: {
    stem: (role, who, statements, form) =>
      `${who}인 IAM 역할 "${role}"에는 자격 증명 기반 정책이 하나 있고, 그 밖의 정책은 적용되지 않습니다. 정책 문은 다음과 같습니다. ${statements.join('; ')}. 이 역할의 자격 증명으로 호출했을 때 ${form === 'allowed' ? '성공하는' : '거부되는'} 호출은 무엇입니까?`,
    statement: (s) => `Sid "${s.Sid}": ${s.Resource.join(', ')} 리소스에 대해 ${s.Action.join(', ')} 작업을 ${s.Effect === 'Allow' ? '허용(Allow)' : '거부(Deny)'}`,
    option: (r) => `${r.resource} 리소스에 대한 ${r.action} 호출`,
    why: (r, d) => {
      if (d.decision === 'allow') return `${d.allowedBy.join(', ')}의 Allow가 이 리소스에 대한 ${r.action} 작업과 일치하고, 일치하는 Deny 문이 없으므로 호출이 성공합니다.`;
      if (d.decision === 'explicit-deny') {
        const over = d.allowedBy.length ? ` ${d.allowedBy.join(', ')}의 Allow보다 우선합니다.` : '';
        return `${d.deniedBy.join(', ')}의 Deny가 이 호출과 일치합니다.${over} 명시적 거부가 항상 이기므로 호출이 거부됩니다.`;
      }
      if (d.reason === 'resource') return `${r.action} 작업을 허용하는 Allow는 있지만, 그 Resource 패턴 중 ${r.resource} 리소스와 일치하는 것이 없으므로 암시적으로 거부됩니다.`;
      return `와일드카드를 고려해도 ${r.action} 작업과 일치하는 Allow 문이 없으므로 암시적으로 거부됩니다.`;
    },
    right: '정답입니다. ',
    wrong: '이 답이 아닙니다. ',
  },
};

/** Orders the denied calls so the three distractors model different mistakes where the policy allows. */
function varietyFirst(denied: readonly { call: PolicyRequest; d: PolicyDecision }[], rng: () => number) {
  const kind = (d: PolicyDecision) => (d.decision === 'implicit-deny' ? d.reason : d.decision);
  const out: typeof denied[number][] = [];
  const rest = shuffled(denied, rng);
  for (const k of ['explicit-deny', 'action', 'resource']) {
    const i = rest.findIndex((x) => kind(x.d) === k);
    if (i >= 0) out.push(...rest.splice(i, 1));
  }
  return [...out, ...rest];
}

export const policyDecisionGenerator: QuestionGenerator = {
  id: 'gen-policy-decision',
  track: 'iam',
  domains: ['dva-security', 'saa-secure'],
  lesson: 'iam/least-privilege',
  generate(seed: number, locale: Locale = 'en'): GeneratedQuestion {
    const rng = createRng(`policy-decision:${seed}`);
    const t = TEMPLATES[seed % TEMPLATES.length]!;
    const form: Form = Math.floor(seed / TEMPLATES.length) % 2 === 0 ? 'allowed' : 'denied';
    const judged = t.calls.map((call) => ({ call, d: decideRequest(t.statements, call) }));
    const allowed = judged.filter((j) => j.d.decision === 'allow');
    const denied = judged.filter((j) => j.d.decision !== 'allow');
    const key = pick(form === 'allowed' ? allowed : denied, rng);
    const others = form === 'allowed' ? varietyFirst(denied, rng).slice(0, 3) : shuffled(allowed, rng).slice(0, 3);
    const text = TEXT[locale];
    const { options, answer } = buildOptions(
      [key, ...others].map((j) => ({
        text: text.option(j.call),
        correct: j === key,
        explanation: (j === key ? text.right : text.wrong) + text.why(j.call, j.d),
      })),
      rng,
    );
    return generatedQuestion(this, seed, {
      difficulty: 2,
      stem: text.stem(t.role, t.who[locale], t.statements.map(text.statement), form),
      options,
      answer,
      references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html'],
    });
  },
};
