import { z } from './zod.ts';
import { EXAM_DOMAIN_IDS, LOCALES, TRACKS } from './taxonomy.ts';

export const lessonFrontmatterSchema = z.strictObject({
  title: z.string().trim().min(3, 'a title of at least 3 characters is required'),
  summary: z.string().trim().min(10, 'a one-sentence summary is required'),
  track: z.enum(TRACKS),
  order: z.int().positive(),
  objectives: z.array(z.string().trim().min(3)).min(1, 'list at least one objective'),
  examDomains: z.array(z.enum(EXAM_DOMAIN_IDS)).min(1, 'name at least one exam domain'),
  locale: z.enum(LOCALES).default('en'),
});

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

/** What the lesson index holds for each lesson: its frontmatter and where it lives, never its body. */
export interface LessonMeta extends LessonFrontmatter {
  /** `track/slug`, stable across reordering; used as the progress key. */
  id: string;
  /** The slug of the file name without its order prefix: `01-images.mdx` → `images`. */
  slug: string;
  /** Path below content/lessons, e.g. `docker/01-images.mdx`. */
  file: string;
}

/** The light part of the index that every screen may load: enough to list, link and order lessons. */
export type LessonEntry = Pick<LessonMeta, 'id' | 'slug' | 'track' | 'order' | 'locale' | 'title' | 'file'>;

/** The rest of a lesson's frontmatter, loaded only by the screens that show it. */
export type LessonDetails = Pick<LessonMeta, 'summary' | 'objectives' | 'examDomains'>;
