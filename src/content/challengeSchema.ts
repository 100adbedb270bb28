import { z } from './zod.ts';
import { diagramNodeSchema, diagramSchema, NODE_KINDS, ROLE_PURPOSES, upgradeDiagram } from './diagramSchema.ts';
import { zodIssues, type ContentIssue } from './issues.ts';
import type { Assert, Equals } from './contract.ts';
import type { Challenge } from '../engine/contracts/challenge.ts';

const kind = z.enum(NODE_KINDS);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by dashes, e.g. s3-upload-runs-task');

const connection = z.strictObject({ source: kind, target: kind, why: z.string().trim().min(5) });

/** A property some node of `kind` must have for the challenge to count as solved. */
const requiredProperty = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('prop'),
    kind,
    path: z.string().min(1),
    op: z.enum(['eq', 'ne', 'in', 'notIn', 'truthy', 'falsy', 'absent', 'zeroOrAbsent', 'allowsValue']),
    value: z.unknown().optional(),
    message: z.string().trim().min(5),
  }),
  z.strictObject({
    type: z.literal('role-actions'),
    /** The kind of node that uses the role (for a CodeBuild role, iam-role itself). */
    kind,
    role: z.enum(ROLE_PURPOSES),
    actions: z.array(z.string().regex(/^[a-z0-9-]+:[A-Za-z0-9*]+$/)).min(1),
    message: z.string().trim().min(5),
  }),
]);

/**
 * The challenge in Korean: the same texts as the English fields, in the same order. Connections and
 * properties are lists of their Korean `why` / `message`, one per English entry; kinds, paths and
 * actions are shared with the English challenge.
 */
const koreanText = z.string().trim().min(2);
const challengeKoSchema = z.strictObject({
  title: z.string().trim().min(2).max(90),
  goal: z.string().trim().min(10),
  requiredConnections: z.array(koreanText),
  forbiddenConnections: z.array(koreanText).default([]),
  requiredProperties: z.array(koreanText).default([]),
  hints: z.array(z.string().trim().min(5)).min(1),
});

export const challengeSchema = z
  .strictObject({
    id: slug,
    title: z.string().trim().min(5).max(90),
    goal: z.string().trim().min(20),
    /** Nodes placed on the canvas when the challenge opens. */
    startingNodes: z.array(diagramNodeSchema),
    requiredConnections: z.array(connection),
    forbiddenConnections: z.array(connection).default([]),
    requiredProperties: z.array(requiredProperty).default([]),
    /** Revealed one at a time, from the gentlest to the most explicit. */
    hints: z.array(z.string().trim().min(10)).min(1),
    /** Upgraded like every diagram loaded, so a challenge written in an older format still opens. */
    referenceSolution: z.preprocess(upgradeDiagram, diagramSchema),
    references: z.array(z.url()).min(1, 'cite at least one AWS documentation page'),
    ko: challengeKoSchema.optional(),
  })
  .superRefine((c, ctx) => {
    if (c.ko) {
      for (const key of ['requiredConnections', 'forbiddenConnections', 'requiredProperties', 'hints'] as const) {
        if (c.ko[key].length !== c[key].length) {
          ctx.addIssue({ code: 'custom', path: ['ko', key], message: `give one Korean text per English entry (${c[key].length}), not ${c.ko[key].length}` });
        }
      }
    }
    const solutionNodes = new Map(c.referenceSolution.nodes.map((n) => [n.id, n.kind]));
    const seen = new Set<string>();
    c.startingNodes.forEach((n, i) => {
      if (seen.has(n.id)) ctx.addIssue({ code: 'custom', path: ['startingNodes', i, 'id'], message: `duplicate node id "${n.id}"` });
      seen.add(n.id);
      const k = solutionNodes.get(n.id);
      if (k !== n.kind) {
        ctx.addIssue({ code: 'custom', path: ['startingNodes', i, 'id'], message: `the reference solution must keep starting node "${n.id}" (${n.kind})` });
      }
    });
  });

/** Compiles only while the schema produces exactly the engine's Challenge (see contract.ts). */
export type ChallengeSchemaChecked = Assert<Equals<z.output<typeof challengeSchema>, Challenge>>;
export type { Challenge, RequiredProperty } from '../engine/contracts/challenge.ts';

/** Parses one challenge file; problems name the file and the field by its dotted path. */
export function parseChallenge(file: string, text: string): { challenge?: Challenge; issues: ContentIssue[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { issues: [{ file, message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` }] };
  }
  const parsed = challengeSchema.safeParse(raw);
  if (!parsed.success) return { issues: zodIssues(file, parsed.error) };
  const expected = file.replace(/^.*\//, '').replace(/\.json$/, '');
  if (file.endsWith('.json') && parsed.data.id !== expected) {
    return { issues: [{ file, field: 'id', message: `the id must match the file name ("${expected}")` }] };
  }
  return { challenge: parsed.data, issues: [] };
}
