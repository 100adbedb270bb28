/**
 * npm run check-diagram -- FILE... [--challenge ID] [--lang en|ko]
 *
 * Grades sandbox diagram files and prints `[{ "file", "findings": [...] }]` as JSON on stdout. Messages are
 * in English unless `--lang ko` asks for Korean (the findings themselves are the same).
 * Exit status: 0 when no finding is an error, 1 when any finding is an error, 2 when a file (or the
 * challenge) cannot be read or is malformed; the reason, naming the file and field, goes to stderr.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseChallenge, type Challenge } from '../content/challengeSchema.ts';
import { parseDiagram } from '../content/diagramSchema.ts';
import { formatIssue } from '../content/issues.ts';
import type { Locale } from '../content/taxonomy.ts';
import { gradeDiagram, type Finding } from '../engine/architecture/index.ts';
// The rules' Korean sentences, for --lang ko (the app loads them only for Korean readers).
import '../engine/architecture/ko/index.ts';

const USAGE = 'usage: npm run check-diagram -- FILE... [--challenge ID] [--lang en|ko]';
const CHALLENGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../content/challenges');

interface Args {
  files: string[];
  challengeId?: string;
  locale: Locale;
}

const LOCALES: readonly Locale[] = ['en', 'ko'];

function parseArgs(argv: string[]): Args | string {
  const files: string[] = [];
  let challengeId: string | undefined;
  let locale: Locale = 'en';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--lang' || a.startsWith('--lang=')) {
      const value = a === '--lang' ? argv[++i] : a.slice('--lang='.length);
      const found = LOCALES.find((l) => l === value);
      if (!found) return `--lang needs one of ${LOCALES.join(', ')}`;
      locale = found;
    } else if (a === '--challenge') {
      const id = argv[++i];
      if (!id) return '--challenge needs a challenge id';
      challengeId = id;
    } else if (a.startsWith('--challenge=')) {
      challengeId = a.slice('--challenge='.length);
    } else if (a === '--help' || a === '-h') {
      return USAGE;
    } else if (a.startsWith('-')) {
      return `unknown option ${a}`;
    } else {
      files.push(a);
    }
  }
  if (!files.length) return 'no diagram files given';
  return challengeId === undefined ? { files, locale } : { files, challengeId, locale };
}

function readText(file: string): string | Error {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

function loadChallenge(id: string): Challenge | string {
  if (!/^[a-z0-9-]+$/.test(id)) return `--challenge: "${id}" is not a challenge id`;
  const file = path.join(CHALLENGE_DIR, `${id}.json`);
  const text = readText(file);
  if (text instanceof Error) return `--challenge: no challenge "${id}" (${path.relative(process.cwd(), file)})`;
  const r = parseChallenge(file, text);
  return r.challenge ?? r.issues.map(formatIssue).join('\n');
}

export function main(argv: string[]): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n${args === USAGE ? '' : USAGE + '\n'}`);
    return 2;
  }
  let challenge: Challenge | undefined;
  if (args.challengeId !== undefined) {
    const c = loadChallenge(args.challengeId);
    if (typeof c === 'string') {
      process.stderr.write(`${c}\n`);
      return 2;
    }
    challenge = c;
  }
  const results: { file: string; findings: Finding[] }[] = [];
  let malformed = false;
  for (const file of args.files) {
    const text = readText(file);
    if (text instanceof Error) {
      process.stderr.write(`${file}: cannot read the file (${text.message})\n`);
      malformed = true;
      continue;
    }
    const parsed = parseDiagram(file, text);
    if (!parsed.diagram) {
      for (const issue of parsed.issues) process.stderr.write(`${formatIssue(issue)}\n`);
      malformed = true;
      continue;
    }
    results.push({ file, findings: gradeDiagram(parsed.diagram, challenge, args.locale) });
  }
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  if (malformed) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
