/** The shape of the sandbox editor's state: the document, its history, the selection and the view. */
import type { Diagram } from '@/content/diagramSchema';
import type { FlowResult } from '@/engine/architecture';

export interface Selection {
  nodes: readonly string[];
  edges: readonly string[];
}
export const NOTHING: Selection = { nodes: [], edges: [] };

export interface Notice {
  tone: 'status' | 'alert';
  text: string;
}
export interface FlowPlayback {
  result: FlowResult;
  /** How many hops are shown (0…hops.length). */
  shown: number;
  playing: boolean;
}

/** One undo step: the document before and after everything done since its mark. */
export interface Step {
  id: string;
  label: string;
  before: Diagram;
  after: Diagram;
}

/** The side panels (tabs on the sandbox page and in lessons). */
export type PanelId = 'challenge' | 'properties' | 'problems' | 'run' | 'policies' | 'diagrams';

export interface SandboxState {
  diagram: Diagram;
  /** Closed undo steps, oldest first. */
  past: readonly Step[];
  /** The step being recorded since the last mark (null when none is open). */
  open: Step | null;
  future: readonly Step[];
  /** A pointer gesture under way: while it lasts, undo and redo are refused. */
  gesture: { kind: 'drag'; mark: string } | null;
  selection: Selection;
  notice: Notice | null;
  flow: FlowPlayback | null;
  challengeId: string | null;
  /** Whether the learner asked for the challenge's goal to be checked. */
  checked: boolean;
  hintsShown: number;
  /** The saved document the diagram belongs to (the page's autosave writes only to it). */
  docId: string | null;
  /** Tap-to-connect: on, and the source tapped first (if any). */
  connecting: { source: string | null } | null;
  presenter: boolean;
  panel: PanelId;
  /** Counts documents opened, so the view can fit each new one. */
  opened: number;
}

