import { createStore, useStore, type StoreApi } from 'zustand';
import { createContext, useContext } from 'react';
import type { Diagram, DiagramEdge, DiagramNode, NodeKind } from '@/content/diagramSchema';
import type { FlowResult } from '@/engine/architecture';
import { EMPTY_DIAGRAM, freshEdgeId, newNode, nextPosition } from './kinds';

export type Selection = { type: 'node' | 'edge'; id: string } | null;
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

/** The editor's working state. The diagram is the document (saved by the page); the rest is transient. */
export interface SandboxState {
  diagram: Diagram;
  past: Diagram[];
  future: Diagram[];
  /** Consecutive edits with the same key (typing in one field, dragging) make one undo step. */
  coalesce: string | null;
  selection: Selection;
  notice: Notice | null;
  flow: FlowPlayback | null;
  challengeId: string | null;
  /** Whether the learner asked for the challenge to be checked (then challenge findings show). */
  checked: boolean;
  hintsShown: number;
  /** The saved document the diagram belongs to (the page's autosave writes only to it). */
  docId: string | null;
}

const HISTORY_LIMIT = 100;

export function createSandboxStore(initial: Partial<SandboxState> = {}): StoreApi<SandboxState> {
  return createStore<SandboxState>(() => ({
    diagram: EMPTY_DIAGRAM,
    past: [],
    future: [],
    coalesce: null,
    selection: null,
    notice: null,
    flow: null,
    challengeId: null,
    checked: false,
    hintsShown: 0,
    docId: null,
    ...initial,
  }));
}

export type SandboxStore = StoreApi<SandboxState>;

/** Replaces the diagram, recording the previous one for undo. */
export function commit(store: SandboxStore, next: Diagram, coalesceKey: string | null = null): void {
  const s = store.getState();
  if (next === s.diagram) return;
  const same = coalesceKey !== null && coalesceKey === s.coalesce;
  store.setState({
    diagram: next,
    past: same ? s.past : [...s.past, s.diagram].slice(-HISTORY_LIMIT),
    future: [],
    coalesce: coalesceKey,
    flow: null,
  });
}

/** Opens another document: history, selection and playback start afresh. */
export function loadDiagram(store: SandboxStore, diagram: Diagram, challengeId: string | null = null, docId: string | null = null): void {
  store.setState({ diagram, past: [], future: [], coalesce: null, selection: null, flow: null, challengeId, checked: false, hintsShown: 0, notice: null, docId });
}

export function undo(store: SandboxStore): boolean {
  const s = store.getState();
  const prev = s.past[s.past.length - 1];
  if (!prev) return false;
  store.setState({ diagram: prev, past: s.past.slice(0, -1), future: [s.diagram, ...s.future], coalesce: null, flow: null, selection: keepSelection(prev, s.selection) });
  return true;
}

export function redo(store: SandboxStore): boolean {
  const s = store.getState();
  const next = s.future[0];
  if (!next) return false;
  store.setState({ diagram: next, past: [...s.past, s.diagram], future: s.future.slice(1), coalesce: null, flow: null, selection: keepSelection(next, s.selection) });
  return true;
}

function keepSelection(d: Diagram, sel: Selection): Selection {
  if (!sel) return null;
  const exists = sel.type === 'node' ? d.nodes.some((n) => n.id === sel.id) : d.edges.some((e) => e.id === sel.id);
  return exists ? sel : null;
}

export function addNode(store: SandboxStore, kind: NodeKind, position?: { x: number; y: number }): DiagramNode {
  const { diagram, selection } = store.getState();
  const near = selection?.type === 'node' ? diagram.nodes.find((n) => n.id === selection.id) : undefined;
  const node = newNode(diagram, kind, position ?? nextPosition(diagram, near));
  commit(store, { ...diagram, nodes: [...diagram.nodes, node] });
  store.setState({ selection: { type: 'node', id: node.id } });
  return node;
}

export function replaceNode(store: SandboxStore, node: DiagramNode, coalesceKey: string | null = null): void {
  const { diagram } = store.getState();
  commit(store, { ...diagram, nodes: diagram.nodes.map((n) => (n.id === node.id ? node : n)) }, coalesceKey);
}

export function connect(store: SandboxStore, source: string, target: string): DiagramEdge {
  const { diagram } = store.getState();
  const edge: DiagramEdge = { id: freshEdgeId(diagram), source, target };
  commit(store, { ...diagram, edges: [...diagram.edges, edge] });
  return edge;
}

export function removeElements(store: SandboxStore, nodeIds: readonly string[], edgeIds: readonly string[]): void {
  if (!nodeIds.length && !edgeIds.length) return;
  const { diagram, selection } = store.getState();
  const nodes = new Set(nodeIds);
  const edges = new Set(edgeIds);
  commit(store, {
    ...diagram,
    nodes: diagram.nodes.filter((n) => !nodes.has(n.id)),
    edges: diagram.edges.filter((e) => !edges.has(e.id) && !nodes.has(e.source) && !nodes.has(e.target)),
  });
  const gone = selection && (selection.type === 'node' ? nodes.has(selection.id) : edges.has(selection.id));
  if (gone) store.setState({ selection: null });
}

export function removeSelection(store: SandboxStore): void {
  const sel = store.getState().selection;
  if (!sel) return;
  if (sel.type === 'node') removeElements(store, [sel.id], []);
  else removeElements(store, [], [sel.id]);
}

/** Moves nodes; a drag is one undo step. */
export function moveNodes(store: SandboxStore, positions: ReadonlyMap<string, { x: number; y: number }>, coalesceKey: string | null): void {
  const { diagram } = store.getState();
  commit(store, { ...diagram, nodes: diagram.nodes.map((n) => { const p = positions.get(n.id); return p ? { ...n, position: p } : n; }) }, coalesceKey);
}

export function select(store: SandboxStore, selection: Selection): void {
  if (store.getState().selection?.id === selection?.id && store.getState().selection?.type === selection?.type) return;
  store.setState({ selection });
}

export function say(store: SandboxStore, text: string, tone: Notice['tone'] = 'status'): void {
  store.setState({ notice: { tone, text } });
}

export const SandboxContext = createContext<SandboxStore | null>(null);

export function useSandboxStore(): SandboxStore {
  const store = useContext(SandboxContext);
  if (!store) throw new Error('useSandboxStore needs a SandboxContext provider');
  return store;
}

/** A slice of the editor state; re-renders only when the slice changes. */
export function useSandbox<T>(selector: (s: SandboxState) => T): T {
  return useStore(useSandboxStore(), selector);
}
