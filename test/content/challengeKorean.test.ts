import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { challengeSchema, parseChallenge, type Challenge } from '@/content/challengeSchema';
import { challengeIn } from '@/content/challengeText';
import { formatIssue } from '@/content/issues';

const HANGUL = /[\uAC00-\uD7A3]/;
const dir = path.resolve('content/challenges');
const raw = (file: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

function load(file: string): Challenge {
  const r = parseChallenge(`content/challenges/${file}`, readFileSync(path.join(dir, file), 'utf8'));
  if (!r.challenge) throw new Error(r.issues.map(formatIssue).join('\n'));
  return r.challenge;
}

describe('challenges in Korean', () => {
  it('every challenge has Korean for its title, goal, connections, properties and hints', () => {
    const problems: string[] = [];
    for (const file of files) {
      const c = load(file);
      if (!c.ko) {
        problems.push(`${file}: no "ko"`);
        continue;
      }
      const texts: [string, string][] = [
        ['title', c.ko.title],
        ['goal', c.ko.goal],
        ...c.ko.requiredConnections.map((t, i): [string, string] => [`requiredConnections.${i}`, t]),
        ...c.ko.forbiddenConnections.map((t, i): [string, string] => [`forbiddenConnections.${i}`, t]),
        ...c.ko.requiredProperties.map((t, i): [string, string] => [`requiredProperties.${i}`, t]),
        ...c.ko.hints.map((t, i): [string, string] => [`hints.${i}`, t]),
      ];
      for (const [field, text] of texts) if (!HANGUL.test(text)) problems.push(`${file}: ko.${field} has no Korean`);
      for (const key of ['requiredConnections', 'forbiddenConnections', 'requiredProperties', 'hints'] as const) {
        if (c.ko[key].length !== c[key].length) problems.push(`${file}: ko.${key} has ${c.ko[key].length} entries, English ${c[key].length}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('refuses a Korean list that does not match the English one entry for entry', () => {
    const c = raw('s3-upload-runs-task.json');
    const ko = c.ko as Record<string, unknown>;
    const broken = { ...c, ko: { ...ko, hints: ['힌트가 하나뿐입니다.'] } };
    const r = challengeSchema.safeParse(broken);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['ko.hints']);
  });

  it('shows Korean text but keeps kinds, paths, actions and the solution of the English challenge', () => {
    const c = load('s3-upload-runs-task.json');
    const { challenge: k, translated } = challengeIn(c, 'ko');
    expect(translated).toBe(true);
    expect(k.title).toBe('S3 업로드가 Fargate 태스크를 실행');
    expect(k.requiredConnections.map((x) => [x.source, x.target])).toEqual(c.requiredConnections.map((x) => [x.source, x.target]));
    expect(k.requiredProperties.map(({ message: _m, ...rest }) => rest)).toEqual(c.requiredProperties.map(({ message: _m, ...rest }) => rest));
    expect(k.referenceSolution).toBe(c.referenceSolution);
    expect(challengeIn(c, 'en').challenge).toBe(c);
  });

  it('falls back to English, flagged as untranslated, for a challenge without "ko"', () => {
    const { ko: _ko, ...english } = load('s3-upload-runs-task.json');
    const r = challengeIn(english, 'ko');
    expect(r.translated).toBe(false);
    expect(r.challenge.title).toBe('An upload to S3 runs a Fargate task');
  });
});
