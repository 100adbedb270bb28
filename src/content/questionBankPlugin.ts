import path from 'node:path';
import type { Plugin } from 'vite';
import { inKorean, readBank } from './bankFiles.ts';
import { formatIssue } from './issues.ts';
import { buildLessonIndex } from './lessonIndex.ts';
import { readLessonFiles } from './lessonIndexPlugin.ts';
import { REFERENCES_DIR, readReferenceTitles } from './referenceFiles.ts';
import type { Question } from './questionSchema.ts';
import { EXAM_DOMAIN_IDS, LOCALES, TRACKS } from './taxonomy.ts';

const INDEX = 'virtual:question-bank';
const LOADERS = 'virtual:question-loaders';
const TITLES = 'virtual:reference-titles';
const COUNTS = 'virtual:question-counts';
const CHUNK = 'virtual:question-chunk:';

/** `virtual:question-chunk:ecs/placement:ko` → the lesson and the language. */
function parseChunkId(id: string): { lesson: string; locale: (typeof LOCALES)[number] } | undefined {
  const m = /^virtual:question-chunk:([a-z0-9-]+\/[a-z0-9-]+):([a-z]+)$/.exec(id);
  const locale = LOCALES.find((l) => l === m?.[2]);
  return m && locale ? { lesson: m[1]!, locale } : undefined;
}

/** The bank in curriculum order: track order, then lesson order, then the order of the file. */
export function curriculumOrder(questions: readonly Question[], lessonOrder: ReadonlyMap<string, number>): Question[] {
  const at = new Map(questions.map((q, i) => [q.id, i]));
  const rank = (q: Question) => [TRACKS.indexOf(q.track), lessonOrder.get(q.lesson) ?? 999, at.get(q.id)!] as const;
  return [...questions].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
}

/**
 * Serves the question bank in two parts, validated at build time (an invalid file stops the build with
 * messages naming the file, question id and field):
 *
 * - `virtual:question-bank`: the index every practice screen needs to build a queue or draw an exam
 *   (id, track, lesson, domains, type, difficulty, in curriculum order);
 * - `virtual:question-loaders`: a loader per lesson and language (a lesson's quiz needs only this: the
 *   lesson of each of its questions is written into the quiz at build time, see remarkQuizLessons);
 * - `virtual:question-chunk:<lesson>:<locale>`: the full text of one lesson's questions in one
 *   language (Korean where translated, English otherwise), a chunk of its own that loads on demand.
 *
 * Each chunk carries the titles of the pages its questions cite (content/references), so "Read more" shows
 * titles; `virtual:reference-titles` holds them all, for generated questions.
 *
 * A lesson's quiz loads the chunks of the questions it shows; practice loads the chunks of the
 * questions it is about to ask.
 */
export function questionBankPlugin(root = process.cwd()): Plugin {
  const dir = path.join(root, 'content', 'questions');
  let cached: { questions: Question[]; ko: ReturnType<typeof readBank>['ko']; titles: Record<string, string>; files: string[] } | undefined;
  const bank = (fail: (message: string) => never) => {
    if (cached) return cached;
    const read = readBank(root);
    const lessons = buildLessonIndex(readLessonFiles(path.join(root, 'content', 'lessons'))).lessons;
    const known = new Set(lessons.map((l) => l.id));
    for (const q of read.questions) {
      if (!known.has(q.lesson)) read.issues.push({ file: `content/questions/${q.track}.yaml`, field: `${q.id}.lesson`, message: `no lesson "${q.lesson}"` });
    }
    const references = readReferenceTitles(root);
    read.issues.push(...references.issues);
    if (read.issues.length) fail(`Invalid question bank:\n${read.issues.map(formatIssue).join('\n')}`);
    const order = new Map(lessons.filter((l) => l.locale === 'en').map((l) => [l.id, l.order]));
    cached = { questions: curriculumOrder(read.questions, order), ko: read.ko, titles: references.titles, files: [...read.files, ...references.files] };
    return cached;
  };
  return {
    name: 'question-bank',
    resolveId: (id) => (id === INDEX || id === LOADERS || id === TITLES || id === COUNTS || id.startsWith(CHUNK) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith('\0')) return undefined;
      const virtual = id.slice(1);
      if (virtual !== INDEX && virtual !== LOADERS && virtual !== TITLES && virtual !== COUNTS && !virtual.startsWith(CHUNK)) return undefined;
      const { questions, ko, titles, files } = bank((message) => this.error(message));
      for (const f of files) this.addWatchFile(path.join(root, f));
      if (virtual === INDEX) {
        const domainIndex = new Map(EXAM_DOMAIN_IDS.map((d, i) => [d, i]));
        // Compact rows keep the index small: [id, lesson, domain numbers, multiple?, difficulty].
        const rows = questions.map((q) => [q.id, q.lesson, q.domains.map((d) => domainIndex.get(d)), q.type === 'multiple' ? 1 : 0, q.difficulty]);
        return [
          `const D = ${JSON.stringify(EXAM_DOMAIN_IDS)};`,
          `export const index = ${JSON.stringify(rows)}.map(([id, lesson, d, m, difficulty]) => ({ id, lesson, track: lesson.slice(0, lesson.indexOf('/')), domains: d.map((i) => D[i]), type: m ? 'multiple' : 'single', difficulty }));`,
        ].join('\n');
      }
      if (virtual === COUNTS) {
        // How many bank questions each track has and each exam's domains cover (by domain prefix, `dva-`):
        // enough for the home screen to count today's new questions without the index, until the
        // learner's own cards make the exact list necessary.
        // The track as the index gives it: the lesson's (a question may sit in another track's file).
        const byTrack = Object.fromEntries(TRACKS.map((t) => [t, questions.filter((q) => q.lesson.startsWith(`${t}/`)).length]));
        const prefixes = [...new Set(EXAM_DOMAIN_IDS.map((d) => d.slice(0, d.indexOf('-') + 1)))];
        const byExamPrefix = Object.fromEntries(prefixes.map((p) => [p, questions.filter((q) => q.domains.some((d) => d.startsWith(p))).length]));
        return `export const counts = ${JSON.stringify({ total: questions.length, byTrack, byExamPrefix })};`;
      }
      if (virtual === LOADERS) {
        const lessons = [...new Set(questions.map((q) => q.lesson))];
        const loaders = lessons
          .map((l) => `${JSON.stringify(l)}: { ${LOCALES.map((loc) => `${loc}: () => import(${JSON.stringify(`${CHUNK}${l}:${loc}`)})`).join(', ')} }`)
          .join(',\n');
        return `export const loaders = {\n${loaders}\n};`;
      }
      // Every title, for questions built by the generators (the engine worker loads it with them).
      if (virtual === TITLES) return `export const titles = ${JSON.stringify(titles)};`;
      const chunk = parseChunkId(virtual);
      if (!chunk) this.error(`Unknown question chunk ${virtual}`);
      const own = questions.filter((q) => q.lesson === chunk.lesson);
      const shown = chunk.locale === 'en' ? own : own.map((q) => inKorean(q, ko[q.id]));
      const untranslated = chunk.locale === 'en' ? [] : own.filter((q) => !ko[q.id]).map((q) => q.id);
      const cited = Object.fromEntries([...new Set(own.flatMap((q) => q.references))].flatMap((url) => (titles[url] ? [[url, titles[url]]] : [])));
      return `export const questions = ${JSON.stringify(shown)};\nexport const untranslated = ${JSON.stringify(untranslated)};\nexport const titles = ${JSON.stringify(cited)};`;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(dir) && !file.startsWith(path.join(root, REFERENCES_DIR))) return;
      cached = undefined;
      for (const mod of server.moduleGraph.idToModuleMap.values()) {
        if (mod.id?.startsWith(`\0${INDEX}`) || mod.id === `\0${LOADERS}` || mod.id === `\0${TITLES}` || mod.id?.startsWith(`\0${CHUNK}`)) server.moduleGraph.invalidateModule(mod);
      }
    },
  };
}
