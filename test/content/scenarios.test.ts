import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '@/content/issues';
import { checkExpectations } from '@/content/scenarioExpect';
import { parseScenario } from '@/content/scenarioSchema';
import { simulate } from '@/engine/deployment/simulate';

const dir = path.resolve('content/scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

describe('scenario library', () => {
  it('has at least 14 scenarios', () => {
    expect(files.length).toBeGreaterThanOrEqual(14);
  });

  it.each(files)('%s is valid, teaches something and replays as it says', (f) => {
    const parsed = parseScenario(`content/scenarios/${f}`, readFileSync(path.join(dir, f), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join('\n'));
    const s = parsed.scenario;
    expect(s.description?.length ?? 0, 'a one-paragraph description').toBeGreaterThan(80);
    expect(s.expect, 'an expect block').toBeDefined();
    expect(Object.keys(s.expect ?? {}).length).toBeGreaterThan(0);
    const { trace, decisions } = simulate(s);
    expect(checkExpectations(s, trace)).toEqual([]);
    // Every placement is explained, and the trace does not depend on recording the explanations.
    expect(Object.keys(decisions)).toHaveLength(trace.events.filter((e) => e.type === 'taskPlaced').length);
    expect(simulate(s, { explain: false }).trace).toEqual(trace);
  });
});
