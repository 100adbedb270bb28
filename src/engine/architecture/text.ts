import type { RolePurpose } from '../contracts/diagram.ts';
import type { Locale } from '../contracts/taxonomy.ts';

export type { Locale };

/**
 * The Korean catalog, keyed by the English sentence. It is a module of its own (`ko/index.ts`, which
 * installs itself when imported) so that a reader in English never downloads it; whoever shows the
 * rules' text in Korean imports it first.
 */
let korean: ReadonlyMap<string, string> | undefined;

export function installKoreanTexts(catalog: ReadonlyMap<string, string>): void {
  korean = catalog;
}

export function hasKoreanTexts(): boolean {
  return korean !== undefined;
}

/**
 * A rule's text (written in English in the rule data) in the reader's language. A sentence missing from
 * the Korean catalog stays English (a test keeps the catalog complete).
 */
export function tx(text: string, locale: Locale): string {
  return locale === 'ko' ? (korean?.get(text) ?? text) : text;
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
