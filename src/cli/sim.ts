/**
 * `npm run sim -- FILE`: runs a simulator scenario headless and prints its trace as JSON on stdout.
 * An invalid scenario (bad JSON or schema problems) prints one message per problem on stderr, no
 * trace, and exits with status 2.
 */
import { readFileSync } from 'node:fs';
import { formatIssue } from '../content/issues.ts';
import { parseScenario } from '../content/scenarioSchema.ts';
import { simulate } from '../engine/deployment/simulate.ts';

function main(argv: string[]): number {
  const file = argv[0];
  if (!file || argv.length > 1) {
    process.stderr.write('usage: npm run sim -- FILE\n');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`${file}: cannot read the file (${e instanceof Error ? e.message : String(e)})\n`);
    return 2;
  }
  const parsed = parseScenario(file, text);
  if (!parsed.ok) {
    for (const issue of parsed.issues) process.stderr.write(`${formatIssue(issue)}\n`);
    return 2;
  }
  // The CLI prints only the trace, which is the same without the per-instance verdicts the UI explains.
  const { trace } = simulate(parsed.scenario, { explain: false });
  process.stdout.write(`${JSON.stringify(trace, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
