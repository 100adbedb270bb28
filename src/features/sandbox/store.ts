/**
 * The React side of the editor: which editor a subtree works on (a page and a lesson widget each have
 * their own) and small selector hooks, so a component re-renders only when its slice changes.
 */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { SandboxEditor, SandboxState } from './editor';

export const SandboxContext = createContext<SandboxEditor | null>(null);

export function useEditor(): SandboxEditor {
  const editor = useContext(SandboxContext);
  if (!editor) throw new Error('useEditor needs a SandboxContext provider');
  return editor;
}

/** A slice of the editor state; re-renders only when the slice changes. */
export function useSandbox<T>(selector: (s: SandboxState) => T): T {
  return useStore(useEditor().store, selector);
}

/** The single selected node or edge, if exactly one thing is selected. */
export const singleNode = (s: SandboxState) => (s.selection.nodes.length === 1 && !s.selection.edges.length ? s.selection.nodes[0] : undefined);
export const singleEdge = (s: SandboxState) => (s.selection.edges.length === 1 && !s.selection.nodes.length ? s.selection.edges[0] : undefined);
