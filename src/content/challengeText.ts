/** A challenge in the reader's language; the grading engine translates its findings with the same function. */
export { challengeIn } from '../engine/architecture/challengeText.ts';
