import { useContext, useId } from 'react';
import { useMessages } from './messages';
import { EditorRootContext, useReveal } from './reveal';
import { useSandbox } from './store';
import { problemMap, useFindings } from './grading';

/** The diagram as lists: every resource and connection is reachable by keyboard and by screen readers. */
export function Outline({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const m = useMessages();
  const diagram = useSandbox((s) => s.diagram);
  const selection = useSandbox((s) => s.selection);
  const problems = problemMap(useFindings());
  const reveal = useReveal();
  const root = useContext(EditorRootContext);
  /** Selecting from the list moves focus to the selection's properties, where the next step usually is. */
  const open = (target: { nodeId?: string; edgeId?: string }) => {
    reveal(target, { focus: false });
    requestAnimationFrame(() => root?.current?.querySelector<HTMLElement>('[data-props-title]')?.focus());
  };
  const titleId = useId();
  const H = `h${headingLevel}` as const;
  const name = (id: string) => diagram.nodes.find((n) => n.id === id)?.label ?? id;
  const mark = (id: string) => {
    const p = problems.get(id);
    return p ? ` (${m(p === 'error' ? 'findings.error' : 'findings.warning')})` : '';
  };
  return (
    <section className="sb-panel sb-outline" aria-labelledby={titleId}>
      <H id={titleId}>{m('outline.title')}</H>
      <h3>{m('outline.nodes')}</h3>
      {diagram.nodes.length === 0 ? (
        <p className="muted">{m('outline.none')}</p>
      ) : (
        <ul>
          {diagram.nodes.map((n) => (
            <li key={n.id}>
              <button
                type="button"
                className="sb-link"
                aria-pressed={selection.nodes.includes(n.id)}
                onClick={() => open({ nodeId: n.id })}
              >
                {n.label ?? n.id} <span className="muted">· {m(`kind.${n.kind}`)}</span>
                {mark(n.id)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>{m('outline.edges')}</h3>
      {diagram.edges.length === 0 ? (
        <p className="muted">{m('outline.none')}</p>
      ) : (
        <ul>
          {diagram.edges.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                className="sb-link"
                aria-pressed={selection.edges.includes(e.id)}
                onClick={() => open({ edgeId: e.id })}
              >
                {name(e.source)} → {name(e.target)}
                {mark(e.id)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
