/**
 * The curriculum's vocabulary the engines work in: tracks, exam domains and the languages engine
 * output is written in. Content files are validated against these lists.
 */

/** Tracks of the curriculum, in the order the app presents them. */
export const TRACKS = ['foundations', 'docker', 'ecs', 'ecr', 'fargate', 'eks', 'iam', 'delivery'] as const;
export type Track = (typeof TRACKS)[number];

/**
 * Exam domains of the two associate exams this app prepares for, with their scoring weight (percent).
 * DVA-C02: AWS Certified Developer – Associate. SAA-C03: AWS Certified Solutions Architect – Associate.
 */
export const EXAM_DOMAINS = {
  'dva-development': { exam: 'DVA-C02', weight: 32 },
  'dva-security': { exam: 'DVA-C02', weight: 26 },
  'dva-deployment': { exam: 'DVA-C02', weight: 24 },
  'dva-troubleshooting': { exam: 'DVA-C02', weight: 18 },
  'saa-secure': { exam: 'SAA-C03', weight: 30 },
  'saa-resilient': { exam: 'SAA-C03', weight: 26 },
  'saa-performant': { exam: 'SAA-C03', weight: 24 },
  'saa-cost': { exam: 'SAA-C03', weight: 20 },
} as const;
export type ExamDomain = keyof typeof EXAM_DOMAINS;
export const EXAM_DOMAIN_IDS = Object.keys(EXAM_DOMAINS) as [ExamDomain, ...ExamDomain[]];

export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];
