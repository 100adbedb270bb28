/**
 * The challenge contract: a sandbox challenge as the architecture engine grades it.
 * `src/content/challengeSchema.ts` validates challenge files against it and fails to compile if the two drift.
 */
import type { Diagram, DiagramNode, NodeKind, RolePurpose } from './diagram.ts';

/** A connection between two kinds of node, with why it is (or must not be) there. */
export interface ChallengeConnection {
  source: NodeKind;
  target: NodeKind;
  why: string;
}

/** A property some node of `kind` must have for the challenge to count as solved. */
export type RequiredProperty =
  | {
      type: 'prop';
      kind: NodeKind;
      /** Dotted path into the node's props. */
      path: string;
      op: 'eq' | 'ne' | 'in' | 'notIn' | 'truthy' | 'falsy' | 'absent' | 'zeroOrAbsent' | 'allowsValue';
      value?: unknown;
      message: string;
    }
  | {
      type: 'role-actions';
      /** The kind of node that uses the role (for a CodeBuild role, iam-role itself). */
      kind: NodeKind;
      role: RolePurpose;
      actions: string[];
      message: string;
    };

/**
 * The challenge in Korean: the same texts as the English fields, in the same order. Connections and
 * properties are lists of their Korean `why` / `message`, one per English entry.
 */
export interface ChallengeKorean {
  title: string;
  goal: string;
  requiredConnections: string[];
  forbiddenConnections: string[];
  requiredProperties: string[];
  hints: string[];
}

export interface Challenge {
  id: string;
  title: string;
  goal: string;
  /** Nodes placed on the canvas when the challenge opens. */
  startingNodes: DiagramNode[];
  requiredConnections: ChallengeConnection[];
  forbiddenConnections: ChallengeConnection[];
  requiredProperties: RequiredProperty[];
  /** Revealed one at a time, from the gentlest to the most explicit. */
  hints: string[];
  referenceSolution: Diagram;
  /** AWS documentation pages. */
  references: string[];
  ko?: ChallengeKorean | undefined;
}
