import { useId } from 'react';
import type { Finding } from '@/engine/architecture';
import { useFindings } from './grading';
import { useMessages } from './messages';
import { useReveal } from './reveal';

/** The engine's findings; each one that points at a node or edge focuses it when activated. */
export function FindingsList({ findings }: { findings: readonly Finding[] }) {
  const m = useMessages();
  const reveal = useReveal();
  if (!findings.length) return <p className="sb-ok">✓ {m('findings.none')}</p>;
  return (
    <ul className="sb-findings">
      {findings.map((f, i) => {
        const label = `${m(f.severity === 'error' ? 'findings.error' : 'findings.warning')}: `;
        // The node is where the fix goes (the role that lacks an action, the misconfigured resource).
        const target = f.nodeId ? { nodeId: f.nodeId } : f.edgeId ? { edgeId: f.edgeId } : undefined;
        return (
          <li key={i} className={`sb-finding sb-finding-${f.severity}`}>
            {target ? (
              <button type="button" className="sb-link" onClick={() => reveal(target)} title={m('findings.show')}>
                <strong>{label}</strong>
                {f.message}
              </button>
            ) : (
              <span>
                <strong>{label}</strong>
                {f.message}
              </span>
            )}
            {f.docUrl && (
              <>
                {' '}
                <a href={f.docUrl} target="_blank" rel="noreferrer">
                  {m('explain.docs')} ↗
                </a>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function FindingsPanel({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const m = useMessages();
  const findings = useFindings();
  const H = `h${headingLevel}` as const;
  const titleId = useId();
  const errors = findings.filter((f) => f.severity === 'error').length;
  return (
    <section className="sb-panel" aria-labelledby={titleId}>
      <H id={titleId}>{m('findings.title')}</H>
      {findings.length > 0 && <p className="muted">{m('findings.count', { errors, warnings: findings.length - errors })}</p>}
      <FindingsList findings={findings} />
    </section>
  );
}
