/**
 * The common check of the importers' property tests: the hostile input is refused, fast, with a
 * message that names the place of the damage.
 */
import { expect } from 'vitest';
import type { ContentIssue } from '@/content/issues';
import { namesPlace, type Hostile } from './hostile';

/** Under this many milliseconds per input (the issue's bound); measured around the importer alone. */
export const PER_INPUT_MS = 1_000;

export function timed<T>(fn: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = fn();
  return { value, ms: performance.now() - started };
}

export async function timedAsync<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - started };
}

/** Content issues (scenario, diagram, deck): one names the damaged path, or the line for text damage. */
export function expectContentRefusal(input: Hostile, issues: readonly ContentIssue[] | undefined, placeOf: (issue: ContentIssue) => string = (i) => i.field ?? ''): void {
  expect(issues, `${input.kind} at ${input.path.join('.')} was accepted`).toBeDefined();
  const list = issues ?? [];
  expect(list.length).toBeGreaterThan(0);
  const messages = list.map((i) => `${i.field ?? ''}: ${i.message}${i.line !== undefined ? ` (line ${i.line})` : ''}`).join('\n');
  if (input.kind === 'invalidUtf8') {
    expect(messages).toMatch(/not UTF-8 text: invalid bytes at line \d+, column \d+/);
  } else if (input.kind === 'deepNesting' && /nested more than \d+ levels deep at line \d+, column \d+/.test(messages)) {
    // Refused by its position in the text, before the document is parsed (YAML parsers recurse).
  } else if (input.kind === 'truncation') {
    expect(messages, messages).toMatch(/line \d+|ends too early|end of the file/);
  } else {
    expect(list.some((i) => namesPlace(placeOf(i), input.path)), `${input.kind} at "${input.path.join('.')}" not named in:\n${messages}`).toBe(true);
  }
}
