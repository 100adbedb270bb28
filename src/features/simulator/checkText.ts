/**
 * Checks scenario text against the scenario schema. Loaded only when a text needs it (an edit, a file,
 * a draft or a share link): library scenarios were validated at build time, so the simulator opens
 * without the schema library.
 */
import type { ContentIssue } from '@/content/issues';
import { findJsonSyntaxError, type JsonSyntaxError } from '@/content/jsonSyntax';
import { validateScenario, type Scenario } from '@/content/scenarioSchema';

/** What the editor knows about its text: a JSON syntax error, schema problems by field, or a scenario. */
export type Checked =
  | { kind: 'syntax'; error: JsonSyntaxError }
  | { kind: 'invalid'; data: unknown; issues: ContentIssue[] }
  | { kind: 'ok'; data: unknown; scenario: Scenario };

export function checkScenarioText(text: string, file = 'scenario.json'): Checked {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const error = findJsonSyntaxError(text) ?? { line: 1, column: 1, offset: 0, message: 'invalid JSON', truncated: false };
    return { kind: 'syntax', error };
  }
  const result = validateScenario(file, data);
  return result.ok ? { kind: 'ok', data, scenario: result.scenario } : { kind: 'invalid', data, issues: result.issues };
}
