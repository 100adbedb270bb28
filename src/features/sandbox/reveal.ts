import { createContext, useContext, type RefObject } from 'react';
import { useReactFlow } from '@xyflow/react';
import { select, useSandboxStore } from './store';
import { usePrefersReducedMotion } from './grading';

/** The editor's root element, so one editor never reaches into another on the same page. */
export const EditorRootContext = createContext<RefObject<HTMLElement | null> | null>(null);

/** Selects a node or edge, brings it into view and moves keyboard focus to it on the canvas. */
export function useReveal(): (target: { nodeId?: string; edgeId?: string }, options?: { focus?: boolean }) => void {
  const store = useSandboxStore();
  const root = useContext(EditorRootContext);
  const flow = useReactFlow();
  const reduced = usePrefersReducedMotion();
  return ({ nodeId, edgeId }, { focus = true } = {}) => {
      const diagram = store.getState().diagram;
      const edge = edgeId ? diagram.edges.find((e) => e.id === edgeId) : undefined;
      const ids = edge ? [edge.source, edge.target] : nodeId ? [nodeId] : [];
      if (!ids.length) return;
      select(store, edge ? { type: 'edge', id: edge.id } : { type: 'node', id: ids[0] ?? '' });
      void flow.fitView({ nodes: ids.map((id) => ({ id })), duration: reduced ? 0 : 300, maxZoom: 1.2, padding: 0.4 });
      const selector = edge ? `.react-flow__edge[data-id="${CSS.escape(edge.id)}"]` : `.react-flow__node[data-id="${CSS.escape(ids[0] ?? '')}"]`;
      if (focus) requestAnimationFrame(() => root?.current?.querySelector<HTMLElement | SVGElement>(selector)?.focus({ preventScroll: true }));
  };
}
