/**
 * Tracks, exam domains and locales, as content files and screens use them. The lists are the engine's
 * (src/engine/contracts/taxonomy.ts): engines take them as input, content is validated against them.
 */
export { EXAM_DOMAIN_IDS, EXAM_DOMAINS, LOCALES, TRACKS } from '../engine/contracts/taxonomy.ts';
export type { ExamDomain, Locale, Track } from '../engine/contracts/taxonomy.ts';
