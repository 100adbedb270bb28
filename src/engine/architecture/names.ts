import type { NodeKind } from '../contracts/diagram.ts';
import type { Locale } from './text.ts';

/**
 * Kinds named as people say them in messages ("the S3 bucket", "an EventBridge rule", "S3 버킷"), rather than
 * as the file format spells them (s3, eventbridge-rule). Korean names all end in Hangul, so the particle
 * after them is known.
 */
const NAMES: Readonly<Record<NodeKind, { en: string; a: 'a' | 'an'; ko: string }>> = {
  internet: { en: 'internet client', a: 'an', ko: '인터넷 클라이언트' },
  s3: { en: 'S3 bucket', a: 'an', ko: 'S3 버킷' },
  'eventbridge-rule': { en: 'EventBridge rule', a: 'an', ko: 'EventBridge 규칙' },
  'eventbridge-schedule': { en: 'EventBridge Scheduler schedule', a: 'an', ko: 'EventBridge Scheduler 일정' },
  'ecs-service': { en: 'ECS service', a: 'an', ko: 'ECS 서비스' },
  'ecs-task': { en: 'ECS task', a: 'an', ko: 'ECS 태스크' },
  alb: { en: 'Application Load Balancer', a: 'an', ko: 'ALB 로드 밸런서' },
  sqs: { en: 'SQS queue', a: 'an', ko: 'SQS 대기열' },
  sns: { en: 'SNS topic', a: 'an', ko: 'SNS 주제' },
  dynamodb: { en: 'DynamoDB table', a: 'a', ko: 'DynamoDB 테이블' },
  efs: { en: 'EFS file system', a: 'an', ko: 'EFS 파일 시스템' },
  ecr: { en: 'ECR repository', a: 'an', ko: 'ECR 리포지토리' },
  'cloudwatch-alarm': { en: 'CloudWatch alarm', a: 'a', ko: 'CloudWatch 경보' },
  'iam-role': { en: 'IAM role', a: 'an', ko: 'IAM 역할' },
};

/** How a kind is referred to: "the" when the reader can tell which one is meant, "a/an" otherwise. */
export type Article = 'the' | 'a';

/** The kind's name in a sentence: "an S3 bucket", "the S3 bucket" (English) or "S3 버킷" (Korean). */
export function kindName(kind: NodeKind, locale: Locale, article: Article | 'none' = 'a'): string {
  const name = NAMES[kind];
  if (locale === 'ko') return name.ko;
  if (article === 'none') return name.en;
  return `${article === 'the' ? 'the' : name.a} ${name.en}`;
}

const PARTICLES = {
  을: ['을', '를'],
  이: ['이', '가'],
  은: ['은', '는'],
  과: ['과', '와'],
  으로: ['으로', '로'],
} as const;

/**
 * A Korean word followed by the particle that suits how it ends (을/를, 이/가, 은/는, 과/와, (으)로).
 * Used with kind names, which end in Hangul; anything else keeps both forms, as "을(를)".
 */
export function withParticle(word: string, particle: keyof typeof PARTICLES): string {
  const [afterConsonant, afterVowel] = PARTICLES[particle];
  const code = word.charCodeAt(word.length - 1);
  if (code < 0xac00 || code > 0xd7a3) return `${word}${afterConsonant === '으로' ? '(으)로' : `${afterConsonant}(${afterVowel})`}`;
  const final = (code - 0xac00) % 28;
  // ㄹ (8) takes 로, like a vowel.
  const vowelForm = final === 0 || (particle === '으로' && final === 8);
  return `${word}${vowelForm ? afterVowel : afterConsonant}`;
}
