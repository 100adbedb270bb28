import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { challengeSchema } from '@/content/challengeSchema';
import { DIAGRAM_SCHEMA_VERSION, parseDiagram, restoreDiagram, upgradeDiagram } from '@/content/diagramSchema';
import { formatIssue } from '@/content/issues';

const FIXTURES = 'test/fixtures/diagrams';
const fixture = (version: number, file: string) => readFileSync(`${FIXTURES}/v${version}/${file}`, 'utf8');

describe('every diagram loaded goes through one upgrade-then-validate step', () => {
  it('keeps fixtures of every format up to the current one, and each still loads', () => {
    for (let v = 1; v <= DIAGRAM_SCHEMA_VERSION; v++) {
      const files = readdirSync(`${FIXTURES}/v${v}`).filter((f) => f.endsWith('.json'));
      expect(files.length, `fixtures of diagram format ${v}`).toBeGreaterThan(0);
      for (const file of files) {
        const r = parseDiagram(file, fixture(v, file));
        expect(r.issues.map(formatIssue), file).toEqual([]);
        expect(r.diagram?.schemaVersion).toBe(DIAGRAM_SCHEMA_VERSION);
      }
    }
  });

  it('fills in defaults, so a file that leaves them out opens the same as one that spells them out', () => {
    const d = parseDiagram('every-kind.json', fixture(1, 'every-kind.json')).diagram;
    const internet = d?.nodes.find((n) => n.id === 'web');
    expect(internet).toEqual({ id: 'web', kind: 'internet', props: {} });
    const task = d?.nodes.find((n) => n.kind === 'ecs-task');
    expect(task?.props).toMatchObject({ networkMode: 'bridge', hostPort: 0 });
  });

  it('refuses a diagram from a newer version with a message that says so, naming the field', () => {
    const newer = { schemaVersion: DIAGRAM_SCHEMA_VERSION + 1, nodes: [{ id: 'x', kind: 'quantum-queue' }], edges: [], layers: [] };
    const r = restoreDiagram('saved', newer);
    expect(r.diagram).toBeUndefined();
    expect(r.newerVersion).toBe(DIAGRAM_SCHEMA_VERSION + 1);
    expect(r.issues.map(formatIssue)).toEqual([
      `saved: schemaVersion: made by a newer version of Container Lab (diagram format ${DIAGRAM_SCHEMA_VERSION + 1}; this version reads format ${DIAGRAM_SCHEMA_VERSION} and older)`,
    ]);
    expect(parseDiagram('team.json', JSON.stringify(newer)).newerVersion).toBe(DIAGRAM_SCHEMA_VERSION + 1);
  });

  it('does not treat a version that is not a whole number above the current one as newer', () => {
    for (const schemaVersion of [0, -1, 1.5, '2', null]) {
      const r = restoreDiagram('f', { schemaVersion, nodes: [], edges: [] });
      expect(r.newerVersion).toBeUndefined();
      expect(r.issues.map(formatIssue)).toEqual([expect.stringMatching(/^f: schemaVersion: /)]);
    }
  });

  it('never changes the object it was given', () => {
    const raw = JSON.parse(fixture(1, 'every-kind.json')) as unknown;
    const copy = structuredClone(raw);
    restoreDiagram('f', raw);
    expect(upgradeDiagram(raw)).toEqual(copy);
    expect(raw).toEqual(copy);
  });

  it('challenges load their reference solution through the same step', () => {
    for (const file of readdirSync('content/challenges').filter((f) => f.endsWith('.json'))) {
      const parsed = challengeSchema.safeParse(JSON.parse(readFileSync(`content/challenges/${file}`, 'utf8')));
      expect(parsed.success, file).toBe(true);
    }
    const c = JSON.parse(readFileSync('content/challenges/s3-upload-runs-task.json', 'utf8')) as { referenceSolution: { schemaVersion: number } };
    c.referenceSolution.schemaVersion = DIAGRAM_SCHEMA_VERSION + 1;
    expect(challengeSchema.safeParse(c).success).toBe(false);
  });
});
