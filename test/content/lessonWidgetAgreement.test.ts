/**
 * A lesson's worked example and the simulator beside it must tell the same story. Where a lesson walks through a
 * rolling update in a table (old and new copies at each step), the table must match the waves its scenario
 * replays, in English and in Korean, so that fixing one side without the other fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '@/content/scenarioSchema';

type Waves = [number, number][];

/** Every markdown table in the lesson whose second and third cells are counts, as [old, new] per row. */
function countTables(file: string): Waves[] {
  const tables: Waves[] = [];
  let current: Waves = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const cells = line.trim().startsWith('|') ? line.split('|').slice(1, -1).map((c) => c.trim()) : [];
    if (cells.length >= 3 && /^\d+$/.test(cells[1]!) && /^\d+$/.test(cells[2]!)) current.push([Number(cells[1]), Number(cells[2])]);
    else if (!cells.length || !/^[-\s:|]*$/.test(line.replace(/\|/g, ''))) {
      if (current.length) tables.push(current);
      current = [];
    }
  }
  if (current.length) tables.push(current);
  return tables;
}

function scenarioWaves(slug: string): Waves {
  const parsed = parseScenario(`content/scenarios/${slug}.json`, readFileSync(`content/scenarios/${slug}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(`${slug} does not parse`);
  const waves = parsed.scenario.expect?.waves;
  if (!waves) throw new Error(`${slug} has no waves to compare with`);
  return waves.map(([o, n]) => [o, n]);
}

const cases = [
  { lesson: 'eks/03-rollouts-and-probes', table: 0, scenario: 'kubernetes-rolling-update-25' },
  { lesson: 'ecs/11-deployments', table: 0, scenario: 'rolling-update-50-100' },
  { lesson: 'ecs/11-deployments', table: 1, scenario: 'rolling-update-100-150' },
];

describe('worked rolling-update tables agree with their simulators', () => {
  for (const { lesson, table, scenario } of cases) {
    for (const suffix of ['.mdx', '.ko.mdx']) {
      it(`${lesson}${suffix}, table ${table + 1}, steps like ${scenario}`, () => {
        const tables = countTables(`content/lessons/${lesson}${suffix}`);
        expect(tables[table]).toEqual(scenarioWaves(scenario));
      });
    }
  }
});
