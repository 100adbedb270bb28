import type { RolePurpose } from '@/content/diagramSchema';
import type { Locale } from '@/content/taxonomy';
import { KO_TEXTS } from './ko/index.ts';

export type { Locale };

/**
 * A rule's text (written in English in the rule data) in the reader's language. Korean comes from the
 * catalog keyed by the English sentence; a sentence missing there stays English (a test keeps the
 * catalog complete).
 */
export function tx(text: string, locale: Locale): string {
  return locale === 'ko' ? (KO_TEXTS.get(text) ?? text) : text;
}

const ROLE_NAMES_KO: Readonly<Record<RolePurpose, string>> = {
  task: '태스크 역할',
  execution: '태스크 실행 역할',
  eventbridge: 'EventBridge 역할',
  scheduler: 'EventBridge Scheduler 역할',
  codebuild: 'CodeBuild 서비스 역할',
};

const ROLE_NAMES_EN: Readonly<Record<RolePurpose, string>> = {
  task: 'task role',
  execution: 'task execution role',
  eventbridge: 'EventBridge role',
  scheduler: 'EventBridge Scheduler role',
  codebuild: 'CodeBuild service role',
};

export function roleName(purpose: RolePurpose, locale: Locale): string {
  return (locale === 'ko' ? ROLE_NAMES_KO : ROLE_NAMES_EN)[purpose];
}

/** English role names, as the policy titles and findings use them. */
export const ROLE_NAMES = ROLE_NAMES_EN;
