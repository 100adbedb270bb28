import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLessonIndex } from '@/content/lessonIndex';
import { readLessonFiles } from '@/content/lessonIndexPlugin';
import { lessonReferences } from '@/content/lessonReferences';
import { checkQuestionBanks } from '@/content/questionBank';
import { isFigureId } from '@/features/figures/catalogue';

const files = readLessonFiles('content/lessons');
const lessons = buildLessonIndex(files).lessons;
const lessonIds = new Set(lessons.map((l) => l.id));
const slugs = (dir: string) => new Set(existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')) : []);
const scenarios = slugs('content/scenarios');
const challenges = slugs('content/challenges');
const bankFiles = Object.fromEntries(
  readdirSync('content/questions').filter((f) => f.endsWith('.yaml')).map((f) => [f, readFileSync(`content/questions/${f}`, 'utf8')]),
);
const questionIds = new Set(checkQuestionBanks(bankFiles).questions.map((q) => q.id));
const ROUTES = new Set(['/', '/learn', '/sandbox', '/simulator', '/practice', '/progress', '/settings']);
const COMPONENTS = new Set(['Callout', 'ExamTip', 'Quiz', 'Simulator', 'Sandbox', 'Figure']);

function problemsOf(file: string, body: string): string[] {
  const refs = lessonReferences(body);
  const out: string[] = [];
  for (const s of refs.scenarios) if (!scenarios.has(s)) out.push(`${file}: <Simulator scenario="${s}"> names no file in content/scenarios`);
  for (const c of refs.challenges) if (!challenges.has(c)) out.push(`${file}: <Sandbox challenge="${c}"> names no file in content/challenges`);
  for (const q of refs.questionIds) if (!questionIds.has(q)) out.push(`${file}: <Quiz> question id "${q}" is not in the bank`);
  for (const l of refs.quizLessons) if (!lessonIds.has(l)) out.push(`${file}: <Quiz lesson="${l}"> names no lesson`);
  for (const f of refs.figures) if (!isFigureId(f)) out.push(`${file}: <Figure id="${f}"> names no figure in src/features/figures/catalogue.ts`);
  if ((body.match(/<Figure\b/g) ?? []).length !== refs.figures.length) out.push(`${file}: a <Figure> without an id="…"`);
  for (const c of refs.components) if (!COMPONENTS.has(c)) out.push(`${file}: <${c}> is not a registered lesson component`);
  for (const link of refs.links) {
    const m = /^\/learn\/([^/]+)\/([^/]+)$/.exec(link);
    if (m ? !lessonIds.has(`${m[1]}/${m[2]}`) : !ROUTES.has(link) && !/^\/learn\/[^/]+$/.test(link)) out.push(`${file}: link to ${link} leads nowhere`);
  }
  return out;
}

describe('lesson references', () => {
  it('every widget, question id and internal link in every lesson resolves', () => {
    const problems = Object.entries(files).flatMap(([file, text]) => problemsOf(file, text));
    expect(problems).toEqual([]);
  });

  it('names the lesson and the id of a figure that does not exist', () => {
    expect(problemsOf('ecs/12-placement.mdx', 'Text.\n\n<Figure id="no-such-figure" />\n\n<Figure caption="x" />\n')).toEqual([
      'ecs/12-placement.mdx: <Figure id="no-such-figure"> names no figure in src/features/figures/catalogue.ts',
      'ecs/12-placement.mdx: a <Figure> without an id="…"',
    ]);
    expect(problemsOf('ecs/12-placement.mdx', '<Figure id="vm-vs-container" />')).toEqual([]);
  });

  it('every lesson teaches with at least one live widget besides its check', () => {
    const without = lessons.filter((l) => {
      const refs = lessonReferences(files[l.file]!.split(/^## Check yourself\s*$/m)[0]!);
      return refs.scenarios.length + refs.challenges.length + refs.questionIds.length === 0;
    });
    expect(without.map((l) => l.file)).toEqual([]);
  });

  it('every English lesson ends with a "Check yourself" quiz of 3–5 bank questions', () => {
    const missing = lessons
      .filter((l) => l.locale === 'en')
      .flatMap((l) => {
        const body = files[l.file]!;
        const check = body.split(/^## Check yourself\s*$/m)[1];
        const ids = check ? lessonReferences(check.split(/^## /m)[0]!).questionIds : [];
        return ids.length >= 3 && ids.length <= 5 ? [] : [`${l.file}: ${ids.length} check-yourself questions`];
      });
    expect(missing).toEqual([]);
  });
});

describe('lessonReferences', () => {
  it('finds widgets, quiz ids, links and components, ignoring code blocks', () => {
    const refs = lessonReferences(
      [
        'See [placement](/learn/ecs/placement) and [the sandbox](/sandbox#x).',
        '<Simulator scenario="binpack-memory" />',
        '<Sandbox challenge="s3-upload-runs-task" compact />',
        '<Quiz ids={["a-b", \'c-d\']} />',
        '<Quiz lesson="ecs/placement" />',
        '<Figure id="vm-vs-container" />',
        '```bash',
        'echo "[not a link](/nowhere)" <NotAComponent>',
        '```',
      ].join('\n'),
    );
    expect(refs).toEqual({
      scenarios: ['binpack-memory'],
      challenges: ['s3-upload-runs-task'],
      questionIds: ['a-b', 'c-d'],
      quizLessons: ['ecs/placement'],
      figures: ['vm-vs-container'],
      links: ['/learn/ecs/placement', '/sandbox'],
      components: ['Simulator', 'Sandbox', 'Quiz', 'Figure'],
    });
  });
});
