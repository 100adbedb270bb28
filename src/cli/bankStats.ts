/**
 * `npm run bank-stats [-- TRACK…]`: how the question bank measures against the answer-cue limits, per
 * track and overall, in English and Korean, and each exam domain's share against its weight. Exit 1
 * when a limit is not met (for the tracks asked, or the whole bank).
 */
import { readBank, inKorean } from '../content/bankFiles.ts';
import { byTrack, cueProblems, cueStats, domainShares, share, CUE_LIMITS } from '../content/bankCues.ts';
import { TRACKS, type Track } from '../content/taxonomy.ts';

const asked = process.argv.slice(2).filter((a): a is Track => (TRACKS as readonly string[]).includes(a));
const bank = readBank();
const problems: string[] = [];
const pct = (x: number) => `${(x * 100).toFixed(0).padStart(3)} %`;
console.log('track        lang   n  single key-longest key-shortest  multi keys-longest  constraint  justifying');
for (const locale of ['en', 'ko'] as const) {
  const qs = locale === 'en' ? bank.questions : bank.questions.map((q) => inKorean(q, bank.ko[q.id]));
  const groups: [string, typeof qs][] = [...byTrack(qs)].filter(([t]) => !asked.length || asked.includes(t));
  if (!asked.length) groups.push(['all', qs]);
  for (const [label, list] of groups) {
    const s = cueStats(list, locale);
    console.log(
      `${label.padEnd(12)} ${locale}  ${String(s.questions).padStart(4)}  ${String(s.single).padStart(4)}  ${pct(share(s.singleKeyLongest, s.single))}   ${pct(share(s.singleKeyShortest, s.single))}      ${String(s.multiple).padStart(4)}  ${pct(share(s.multipleKeysLongest, s.multiple))}       ${pct(share(s.constraintStems, s.questions))}   ${s.justifying.length}`,
    );
    problems.push(...cueProblems(`${label} (${locale})`, s, { perTrack: label !== 'all' }));
  }
}
console.log('\ndomain               count  share  weight');
for (const d of domainShares(bank.questions)) {
  const off = Math.abs(d.share - d.weight) > CUE_LIMITS.domainShareTolerance;
  console.log(`${d.domain.padEnd(20)} ${String(d.count).padStart(5)}  ${d.share.toFixed(0).padStart(4)} %  ${d.weight} %${off ? '  <- off' : ''}`);
  if (off && !asked.length) problems.push(`${d.domain}: ${d.share.toFixed(0)} % of its exam's questions, weight ${d.weight} % (±${CUE_LIMITS.domainShareTolerance})`);
}
console.log(`\n${bank.questions.length} questions, ${Object.keys(bank.ko).length} translated`);
if (problems.length) console.log(`\n${problems.join('\n')}`);
process.exit(problems.length ? 1 : 0);
