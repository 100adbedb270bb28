/**
 * The sandbox editor without React: the document (a diagram), the commands that change it, and a history
 * cut by marks. A mark is set once, where the learner's intent begins (a drag, a held arrow key, typing in
 * one field, a click on Delete); every change until the next mark is one undo step. A gesture that is
 * cancelled goes back to its mark and leaves no redo entry; undo is refused while a drag is under way.
 * The toolbar, the keyboard (actions.ts) and tests drive the same commands.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Diagram, DiagramEdge, DiagramNode, NodeKind } from '@/content/diagramSchema';
import { canConnect, type ConnectResult, type Locale } from '@/engine/architecture';
import { findChallenge, startingDiagram } from './challenges';
import type { XY } from './geometry';
import { NOTHING, type Notice, type PanelId, type SandboxState, type Selection } from './editorState';
import { EMPTY_DIAGRAM, freshEdgeId, newNode } from './kinds';
import { placeNode } from './placement';

export { NOTHING } from './editorState';
export type { FlowPlayback, Notice, PanelId, SandboxState, Selection, Step } from './editorState';

const HISTORY_LIMIT = 100;
/** Arrow keys move a node by this much; with Shift, by the larger step. */
export const NUDGE = 8;
export const NUDGE_LARGE = 48;

const same = (a: Diagram, b: Diagram) => a === b || JSON.stringify(a) === JSON.stringify(b);

function keepSelection(d: Diagram, sel: Selection): Selection {
  const nodes = sel.nodes.filter((id) => d.nodes.some((n) => n.id === id));
  const edges = sel.edges.filter((id) => d.edges.some((e) => e.id === id));
  return nodes.length === sel.nodes.length && edges.length === sel.edges.length ? sel : { nodes, edges };
}

export type ConnectOutcome = { ok: false; reason: string } | { ok: true; edge: DiagramEdge; result: Extract<ConnectResult, { ok: true }> };

/** Whether there is a step to undo (a drag under way refuses it). */
export function canUndo(s: SandboxState): boolean {
  return !s.gesture && (s.past.length > 0 || (s.open !== null && !same(s.open.before, s.open.after)));
}
export function canRedo(s: SandboxState): boolean {
  return !s.gesture && s.future.length > 0;
}

export class SandboxEditor {
  readonly store: StoreApi<SandboxState>;
  private marks = 0;

  constructor(initial: Partial<SandboxState> = {}) {
    this.store = createStore<SandboxState>(() => ({
      diagram: EMPTY_DIAGRAM,
      past: [],
      open: null,
      future: [],
      gesture: null,
      selection: NOTHING,
      notice: null,
      flow: null,
      challengeId: null,
      checked: false,
      hintsShown: 0,
      docId: null,
      connecting: null,
      presenter: false,
      panel: initial.challengeId ? 'challenge' : 'properties',
      opened: 0,
      ...initial,
    }));
  }

  get state(): SandboxState {
    return this.store.getState();
  }
  get diagram(): Diagram {
    return this.state.diagram;
  }
  private set(patch: Partial<SandboxState>) {
    this.store.setState(patch);
  }

  // ---------- history ----------

  /** Closes the open step (kept only if it changed something). */
  private close(): void {
    const { open, past } = this.state;
    if (!open) return;
    const changed = !same(open.before, open.after);
    this.set({ open: null, ...(changed ? { past: [...past, open].slice(-HISTORY_LIMIT) } : {}) });
  }

  /** Starts a new undo step here; returns its id (for squashToMark / bailToMark). */
  mark(label: string): string {
    this.close();
    const id = `${label}#${++this.marks}`;
    this.set({ open: { id, label, before: this.diagram, after: this.diagram } });
    return id;
  }

  /** Continues the open step when it has this label (typing on in one field), otherwise starts one. */
  markOnce(label: string): void {
    if (this.state.open?.label !== label) this.mark(label);
  }

  /** Ends the current step: the next change starts a new one (a field loses focus, a key is released). */
  settle(): void {
    this.close();
  }

  /** Replaces the document inside the open step (one is opened when none is). */
  change(next: Diagram): void {
    if (next === this.diagram) return;
    if (!this.state.open) this.mark('change');
    const open = this.state.open;
    if (!open) return;
    this.set({ diagram: next, open: { ...open, after: next }, future: [], flow: null, selection: keepSelection(next, this.state.selection) });
  }

  get canUndo(): boolean {
    return canUndo(this.state);
  }
  get canRedo(): boolean {
    return canRedo(this.state);
  }

  /** Undoes the last step; refused (false) while a drag is under way or when there is nothing to undo. */
  undo(): boolean {
    if (this.state.gesture) return false;
    this.close();
    const { past, future, selection } = this.state;
    const step = past[past.length - 1];
    if (!step) return false;
    this.set({ diagram: step.before, past: past.slice(0, -1), future: [step, ...future], flow: null, selection: keepSelection(step.before, selection) });
    return true;
  }

  redo(): boolean {
    if (this.state.gesture) return false;
    this.close();
    const { past, future, selection } = this.state;
    const step = future[0];
    if (!step) return false;
    this.set({ diagram: step.after, past: [...past, step], future: future.slice(1), flow: null, selection: keepSelection(step.after, selection) });
    return true;
  }

  /** Goes back to a mark, discarding everything since: nothing of it can be redone. */
  bailToMark(id: string): void {
    const { open, past } = this.state;
    if (open?.id === id) {
      this.set({ diagram: open.before, open: null, flow: null, selection: keepSelection(open.before, this.state.selection) });
      return;
    }
    const i = past.findIndex((s) => s.id === id);
    const step = past[i];
    if (!step) return;
    this.set({ diagram: step.before, past: past.slice(0, i), open: null, flow: null, selection: keepSelection(step.before, this.state.selection) });
  }

  /** Makes everything since a mark one step. */
  squashToMark(id: string): void {
    this.close();
    const { past } = this.state;
    const i = past.findIndex((s) => s.id === id);
    const step = past[i];
    if (!step) return;
    const merged = { ...step, after: this.diagram };
    this.set({ past: same(merged.before, merged.after) ? past.slice(0, i) : [...past.slice(0, i), merged] });
  }

  // ---------- documents ----------

  /** Opens another document: history, selection and playback start afresh. */
  load(diagram: Diagram, challengeId: string | null = null, docId: string | null = null): void {
    this.set({
      diagram,
      past: [],
      open: null,
      future: [],
      gesture: null,
      selection: NOTHING,
      flow: null,
      challengeId,
      checked: false,
      hintsShown: 0,
      notice: null,
      docId,
      connecting: null,
      panel: challengeId ? 'challenge' : this.state.panel,
      opened: this.state.opened + 1,
    });
  }

  /** Puts the challenge's starting nodes back, as one undo step. */
  restartChallenge(): boolean {
    const challenge = findChallenge(this.state.challengeId);
    if (!challenge) return false;
    this.mark('restart');
    this.change(startingDiagram(challenge));
    this.close();
    this.set({ checked: false, selection: NOTHING, connecting: null });
    return true;
  }

  // ---------- commands ----------

  /** Adds a node near what it will connect to (or near `at`, a drop point), in free space; selects it. */
  addNode(kind: NodeKind, at?: XY): DiagramNode {
    const d = this.diagram;
    const selectedId = this.state.selection.nodes.length === 1 ? this.state.selection.nodes[0] : undefined;
    const node = newNode(d, kind, placeNode(d, kind, at ? { at } : selectedId ? { selectedId } : {}));
    this.mark('add');
    this.change({ ...d, nodes: [...d.nodes, node] });
    this.close();
    this.select({ nodes: [node.id], edges: [] });
    // Its settings are the next thing to do, unless a run is being watched.
    if (this.state.panel !== 'run') this.showPanel('properties');
    return node;
  }

  /** Replaces a node's settings; edits of one field (`field`) in a row make one step. */
  updateNode(node: DiagramNode, field: string): void {
    this.markOnce(`edit:${node.id}:${field}`);
    const d = this.diagram;
    this.change({ ...d, nodes: d.nodes.map((n) => (n.id === node.id ? node : n)) });
  }

  /** Replaces a connection's settings (the API actions it stands for), as one step. */
  updateEdge(edge: DiagramEdge): void {
    const d = this.diagram;
    this.mark('edit-edge');
    this.change({ ...d, edges: d.edges.map((e) => (e.id === edge.id ? edge : e)) });
    this.close();
  }

  /** Draws an edge when AWS has an integration for it; the reason otherwise. The one road for every way of connecting. */
  connect(source: string, target: string, locale: Locale = 'en'): ConnectOutcome {
    const d = this.diagram;
    const result = canConnect(d, source, target, locale);
    if (!result.ok) return result;
    const edge: DiagramEdge = { id: freshEdgeId(d), source, target };
    this.mark('connect');
    this.change({ ...d, edges: [...d.edges, edge] });
    this.close();
    this.select({ nodes: [], edges: [edge.id] });
    if (this.state.panel !== 'run') this.showPanel('properties');
    return { ok: true, edge, result };
  }

  /** Removes nodes (with their edges) and edges, as one step. */
  remove(nodeIds: readonly string[], edgeIds: readonly string[]): boolean {
    if (!nodeIds.length && !edgeIds.length) return false;
    const d = this.diagram;
    const nodes = new Set(nodeIds);
    const edges = new Set(edgeIds);
    this.mark('delete');
    this.change({
      ...d,
      nodes: d.nodes.filter((n) => !nodes.has(n.id)),
      edges: d.edges.filter((e) => !edges.has(e.id) && !nodes.has(e.source) && !nodes.has(e.target)),
    });
    this.close();
    return true;
  }

  removeSelection(): boolean {
    const { nodes, edges } = this.state.selection;
    return this.remove(nodes, edges);
  }

  /** Sets node positions inside the current step (a drag in progress, a nudge). */
  private place(positions: ReadonlyMap<string, XY>): void {
    const d = this.diagram;
    this.change({ ...d, nodes: d.nodes.map((n) => (positions.has(n.id) ? { ...n, position: positions.get(n.id) } : n)) });
  }

  /** Moves the selected nodes by an arrow key; a held key (repeat) continues the same step. */
  nudge(dx: number, dy: number, repeat = false): boolean {
    const ids = new Set(this.state.selection.nodes);
    if (!ids.size) return false;
    if (repeat) this.markOnce('nudge');
    else this.mark('nudge');
    const moved = new Map<string, XY>();
    for (const n of this.diagram.nodes) if (ids.has(n.id)) moved.set(n.id, { x: (n.position?.x ?? 0) + dx, y: (n.position?.y ?? 0) + dy });
    this.place(moved);
    return true;
  }

  beginDrag(): void {
    if (this.state.gesture) return;
    this.set({ gesture: { kind: 'drag', mark: this.mark('drag') } });
  }
  dragTo(positions: ReadonlyMap<string, XY>): void {
    if (!this.state.gesture) this.beginDrag();
    this.place(positions);
  }
  endDrag(): void {
    const g = this.state.gesture;
    if (!g) return;
    this.set({ gesture: null });
    this.squashToMark(g.mark);
  }
  /** A cancelled drag: the nodes go back, and there is nothing to redo. */
  cancelDrag(): boolean {
    const g = this.state.gesture;
    if (!g) return false;
    this.set({ gesture: null });
    this.bailToMark(g.mark);
    return true;
  }

  /** Replaces the whole document as one step (auto layout). */
  replace(next: Diagram, label: string): void {
    this.mark(label);
    this.change(next);
    this.close();
  }

  // ---------- selection and modes ----------

  select(selection: Selection): void {
    const s = this.state.selection;
    if (s.nodes.join() === selection.nodes.join() && s.edges.join() === selection.edges.join()) return;
    this.set({ selection });
  }
  selectAll(): void {
    const d = this.diagram;
    this.select({ nodes: d.nodes.map((n) => n.id), edges: d.edges.map((e) => e.id) });
  }

  setConnecting(on: boolean): void {
    this.set({ connecting: on ? { source: null } : null });
  }

  /**
   * A tap in tap-to-connect mode: the first tap picks the source, the second connects to the target.
   * Tapping the source again lets it go.
   */
  tap(nodeId: string, locale: Locale = 'en'): { phase: 'source' | 'released' } | ConnectOutcome | undefined {
    const c = this.state.connecting;
    if (!c) return undefined;
    if (!c.source) {
      this.set({ connecting: { source: nodeId } });
      this.select({ nodes: [nodeId], edges: [] });
      return { phase: 'source' };
    }
    if (c.source === nodeId) {
      this.set({ connecting: { source: null } });
      return { phase: 'released' };
    }
    const outcome = this.connect(c.source, nodeId, locale);
    this.set({ connecting: { source: null } });
    return outcome;
  }

  setPresenter(on: boolean): void {
    this.set({ presenter: on });
  }
  showPanel(panel: PanelId): void {
    if (this.state.panel !== panel) this.set({ panel });
  }
  say(text: string, tone: Notice['tone'] = 'status'): void {
    this.set({ notice: { tone, text } });
  }
}
