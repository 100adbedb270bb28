import { createContext, useContext, type RefObject } from 'react';
import { useHost } from './host';
import { useEditor } from './store';

/** The editor's root element, so one editor never reaches into another on the same page. */
export const EditorRootContext = createContext<RefObject<HTMLElement | null> | null>(null);

/**
 * Selects a node or edge, opens its properties, brings it into view (at the same zoom) and, unless told
 * otherwise, moves keyboard focus to it on the canvas.
 */
export function useReveal(): (target: { nodeId?: string; edgeId?: string }, options?: { focus?: boolean }) => void {
  const editor = useEditor();
  const host = useHost();
  const root = useContext(EditorRootContext);
  return ({ nodeId, edgeId }, { focus = true } = {}) => {
    const diagram = editor.diagram;
    const edge = edgeId ? diagram.edges.find((e) => e.id === edgeId) : undefined;
    const id = edge ? edge.target : nodeId;
    if (!id || (!edge && !diagram.nodes.some((n) => n.id === id))) return;
    editor.select(edge ? { nodes: [], edges: [edge.id] } : { nodes: [id], edges: [] });
    editor.showPanel('properties');
    host.showNode(edge ? edge.source : id);
    const selector = edge ? `.react-flow__edge[data-id="${CSS.escape(edge.id)}"]` : `.react-flow__node[data-id="${CSS.escape(id)}"]`;
    if (focus) requestAnimationFrame(() => root?.current?.querySelector<HTMLElement | SVGElement>(selector)?.focus({ preventScroll: true }));
  };
}
