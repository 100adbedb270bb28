import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '@/content/issues';
import { readScenarioGroups } from '@/content/scenarioGroups';
import { readScenarioLibrary } from '@/content/scenarioLibrary';

/** The scenarios a lesson file plays, in the order of its <Simulator scenario="…"> tags. */
function usesInLesson(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/<Simulator scenario="([^"]+)"/g)].map((m) => m[1] as string);
}

describe('the scenario library as it is taught (content/scenarios/library.yaml)', () => {
  const library = readScenarioLibrary();

  it('is valid: every scenario in one group, every lesson real, the default a library scenario', () => {
    expect(library.problems).toEqual([]);
    expect(library.groups.map((g) => g.id)).toEqual(['placement', 'networking', 'services', 'deployments', 'kubernetes']);
    expect(library.groups.flatMap((g) => g.slugs).sort()).toEqual(library.scenarios.map((s) => s.slug).sort());
  });

  it('opens with a basic scenario: a few instances, one service, no deployment', () => {
    const first = library.scenarios.find((s) => s.slug === library.defaultSlug);
    expect(first?.scenario.cluster.instances.length).toBeLessThanOrEqual(4);
    expect(first?.scenario.actions.map((a) => a.type)).toEqual(['createService']);
  });

  it('lists scenarios by group, each group in the order its lesson uses them', () => {
    expect(library.scenarios.map((s) => s.slug)).toEqual(library.groups.flatMap((g) => g.slugs));
    const placement = usesInLesson('content/lessons/ecs/12-placement.mdx');
    expect(library.groups.find((g) => g.id === 'placement')?.slugs).toEqual([...new Set(placement)]);
    const networking = usesInLesson('content/lessons/ecs/06-networking.mdx');
    expect(library.groups.find((g) => g.id === 'networking')?.slugs).toEqual(networking);
  });

  it('links every scenario to a lesson that uses it, with the lesson’s title in both languages', () => {
    for (const s of library.scenarios) {
      const file = readFileSync(lessonFile(s.lesson.id), 'utf8');
      if (s.slug !== 'rolling-update-stuck-no-room') expect(file, `${s.lesson.id} uses ${s.slug}`).toContain(`<Simulator scenario="${s.slug}"`);
      expect(s.lesson.title.en.length).toBeGreaterThan(5);
      expect(s.lesson.title.ko).toMatch(/[\uAC00-\uD7A3]/);
    }
  });

  it('carries each scenario’s extent, measured by replaying it at build time', () => {
    const eni = library.scenarios.find((s) => s.slug === 'awsvpc-eni-limit');
    // Two tasks per instance (the ENI limit) and the fifth one waiting for a place.
    expect(eni?.extent).toMatchObject({ tasksPerInstance: { 'i-t3': 2, 'i-c5': 2 }, waiting: 1, eni: true, ports: false });
  });
});

/** The English file of a lesson, e.g. ecs/placement → content/lessons/ecs/12-placement.mdx. */
function lessonFile(id: string): string {
  const [track = '', slug = ''] = id.split('/');
  const name = readdirSync(`content/lessons/${track}`).find((f) => /^\d{2}-/.test(f) && f.endsWith(`-${slug}.mdx`) && f.slice(3) === `${slug}.mdx`);
  return `content/lessons/${track}/${name ?? 'missing'}`;
}

describe('readScenarioGroups', () => {
  const slugs = new Set(['spread-az', 'random', 'binpack-memory']);
  const lessons = new Set(['ecs/placement', 'ecs/networking']);
  const check = (yaml: string) => readScenarioGroups(yaml, slugs, lessons).issues.map(formatIssue);
  const valid = `default: spread-az
groups:
  - id: placement
    title: { en: Task placement, ko: 태스크 배치 }
    lesson: ecs/placement
    scenarios: [spread-az, { slug: random, lesson: ecs/networking }, binpack-memory]
`;

  it('reads groups in order, with each scenario’s lesson (a scenario may name its own)', () => {
    const { groups, issues } = readScenarioGroups(valid, slugs, lessons);
    expect(issues).toEqual([]);
    expect(groups.defaultSlug).toBe('spread-az');
    expect(groups.groups).toEqual([{ id: 'placement', title: { en: 'Task placement', ko: '태스크 배치' }, slugs: ['spread-az', 'random', 'binpack-memory'] }]);
    expect(groups.places.get('random')).toEqual({ group: 'placement', lesson: 'ecs/networking' });
    expect(groups.places.get('binpack-memory')).toEqual({ group: 'placement', lesson: 'ecs/placement' });
  });

  it('names a scenario that is in no group, one that does not exist, and one listed twice', () => {
    expect(check(valid.replace(', binpack-memory]', ']'))).toEqual([
      'content/scenarios/library.yaml: groups: content/scenarios/binpack-memory.json is in no group; add it where a lesson uses it',
    ]);
    expect(check(valid.replace('binpack-memory]', 'binpack-memory, bin-pack]'))).toEqual([
      'content/scenarios/library.yaml: groups.0.scenarios.3: no library scenario bin-pack (content/scenarios/bin-pack.json does not exist)',
    ]);
    expect(check(valid.replace('binpack-memory]', 'binpack-memory, spread-az]'))).toEqual([
      'content/scenarios/library.yaml: groups.0.scenarios.3: spread-az is already in group "placement"',
    ]);
  });

  it('names a lesson that does not exist, a default in no group, a missing title and YAML syntax errors with their line', () => {
    expect(check(valid.replace('lesson: ecs/placement', 'lesson: ecs/placing'))).toEqual([
      'content/scenarios/library.yaml: groups.0.lesson: no lesson ecs/placing (content/lessons/<track>/NN-<slug>.mdx)',
    ]);
    expect(check(valid.replace('default: spread-az', 'default: memberof'))).toEqual(['content/scenarios/library.yaml: default: memberof is not a scenario of any group']);
    expect(check(valid.replace(', ko: 태스크 배치', ''))).toEqual(['content/scenarios/library.yaml: groups.0.title.ko: Invalid input: expected string, received undefined']);
    expect(check(valid.replace('groups:', 'groups: [').replace('lesson: ecs/placement', 'lesson: ecs/placement:'))[0]).toMatch(/^content\/scenarios\/library\.yaml: line \d+: YAML: /);
  });
});
