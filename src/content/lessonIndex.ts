import { readFrontmatter } from './frontmatter.ts';
import { zodIssues, type ContentIssue } from './issues.ts';
import { lessonFrontmatterSchema, type LessonMeta } from './lessonSchema.ts';

const FILE_NAME = /^(?<track>[a-z0-9-]+)\/(?<order>\d{2})-(?<slug>[a-z0-9]+(?:-[a-z0-9]+)*)(?:\.(?<locale>ko))?\.mdx$/;

/**
 * Builds the lesson index from `{ path below content/lessons: file text }`. Pure: the Vite plugin and
 * the content tests feed it files they read. Every problem is collected, none thrown.
 */
export function buildLessonIndex(files: Record<string, string>): { lessons: LessonMeta[]; issues: ContentIssue[] } {
  const lessons: LessonMeta[] = [];
  const issues: ContentIssue[] = [];
  const where = (f: string) => `content/lessons/${f}`;
  for (const [file, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const name = FILE_NAME.exec(file);
    if (!name?.groups) {
      issues.push({ file: where(file), message: 'expected a path like <track>/NN-slug.mdx (lower-case, digits and dashes)' });
      continue;
    }
    const fm = readFrontmatter(where(file), text);
    issues.push(...fm.issues);
    if (fm.issues.length) continue;
    const parsed = lessonFrontmatterSchema.safeParse(fm.data);
    if (!parsed.success) {
      issues.push(...zodIssues(where(file), parsed.error, 'frontmatter'));
      continue;
    }
    const meta = parsed.data;
    const { track, order, slug, locale } = name.groups as { track: string; order: string; slug: string; locale?: string };
    if (meta.track !== track) {
      issues.push({ file: where(file), field: 'frontmatter.track', message: `is "${meta.track}" but the file is in the "${track}" folder` });
    }
    if (meta.order !== Number(order)) {
      issues.push({ file: where(file), field: 'frontmatter.order', message: `is ${meta.order} but the file name starts with ${order}` });
    }
    if ((locale ?? 'en') !== meta.locale) {
      issues.push({ file: where(file), field: 'frontmatter.locale', message: `is "${meta.locale}" but the file name says "${locale ?? 'en'}"` });
    }
    lessons.push({ ...meta, id: `${track}/${slug}`, slug, file });
  }
  const seen = new Map<string, string>();
  for (const l of lessons) {
    const key = `${l.locale}:${l.track}:${l.order}`;
    const other = seen.get(key);
    if (other) issues.push({ file: where(l.file), field: 'frontmatter.order', message: `${l.order} is also used by ${other}` });
    seen.set(key, l.file);
  }
  lessons.sort((a, b) => a.track.localeCompare(b.track) || a.order - b.order || a.locale.localeCompare(b.locale));
  return { lessons, issues };
}
