/**
 * What a lesson's MDX body refers to: widgets (simulator scenarios, sandbox challenges, bank questions),
 * figures and internal links. The content tests check every reference resolves, so a lesson never points at
 * something that does not exist.
 */
export interface LessonReferences {
  scenarios: string[];
  challenges: string[];
  questionIds: string[];
  quizLessons: string[];
  /** Ids of `<Figure id="…" />` drawings. */
  figures: string[];
  links: string[];
  /** Components used in the body (capitalised JSX tags). */
  components: string[];
}

const attr = (tag: string, name: string) => new RegExp(`<${tag}\\b[^>]*?\\b${name}="([^"]+)"`, 'g');

export function lessonReferences(body: string): LessonReferences {
  const all = (re: RegExp) => [...body.matchAll(re)].map((m) => m[1]!);
  const questionIds = [...body.matchAll(/<Quiz\b[^>]*?\bids=\{\[([^\]]*)\]\}/g)].flatMap((m) =>
    [...m[1]!.matchAll(/["']([^"']+)["']/g)].map((q) => q[1]!),
  );
  // Links in markdown form, skipping fenced code blocks.
  const prose = body.replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
  return {
    scenarios: all(attr('Simulator', 'scenario')),
    challenges: all(attr('Sandbox', 'challenge')),
    questionIds,
    quizLessons: all(attr('Quiz', 'lesson')),
    figures: all(attr('Figure', 'id')),
    links: [...prose.matchAll(/\]\((\/[^)\s#]*)(?:#[^)\s]*)?\)/g)].map((m) => m[1]!),
    components: [...new Set([...prose.matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)].map((m) => m[1]!))],
  };
}
