import { z } from './zod.ts';
import { EXAM_DOMAIN_IDS, TRACKS } from './taxonomy.ts';
import type { Assert, Equals } from './contract.ts';
import type { Question } from '../engine/contracts/question.ts';

const optionSchema = z.strictObject({
  id: z.string().regex(/^[a-f]$/, 'option ids are single letters a–f'),
  text: z.string().trim().min(1),
  explanation: z.string().trim().min(10, 'every option explains why it is right or wrong'),
});

export const questionSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by dashes'),
    track: z.enum(TRACKS),
    domains: z.array(z.enum(EXAM_DOMAIN_IDS)).min(1),
    type: z.enum(['single', 'multiple']),
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    lesson: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'a lesson id such as ecs/placement'),
    stem: z.string().trim().min(20),
    options: z.array(optionSchema).min(3).max(6),
    answer: z.array(z.string()).min(1),
    references: z.array(z.url()).min(1, 'cite at least one AWS documentation page'),
  })
  .superRefine((q, ctx) => {
    const ids = q.options.map((o) => o.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['options', i, 'id'], message: `duplicate option id "${id}"` });
    });
    q.answer.forEach((a, i) => {
      if (!ids.includes(a)) ctx.addIssue({ code: 'custom', path: ['answer', i], message: `"${a}" is not one of the options (${ids.join(', ')})` });
    });
    if (q.type === 'single' && q.answer.length !== 1) {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: 'a single-response question has exactly one answer' });
    }
    if (q.type === 'multiple' && (q.answer.length < 2 || q.answer.length >= q.options.length)) {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: 'a multiple-response question has at least two answers and at least one wrong option' });
    }
  });

/** Compiles only while the schema produces exactly the engine's Question (see contract.ts). */
export type QuestionSchemaChecked = Assert<Equals<z.output<typeof questionSchema>, Question>>;
export type { Question } from '../engine/contracts/question.ts';

/**
 * A translation of one question: the same id and option ids, with the learner-facing text in another
 * language. Answers, domains, references and everything else come from the English question, so a
 * translation can never change what is correct.
 */
export const questionTranslationSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  stem: z.string().trim().min(10),
  options: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-f]$/),
        text: z.string().trim().min(1),
        explanation: z.string().trim().min(5),
      }),
    )
    .min(3)
    .max(6),
});

export type QuestionTranslation = z.infer<typeof questionTranslationSchema>;
