import { useId } from 'react';
import type { GeneratedPolicy } from '@/engine/architecture';
import { useMessages } from './messages';
import { connectionStatus, useExplanation, useFindings } from './grading';
import { useEditor, useSandbox } from './store';

/** A policy document as JSON with a copy button. */
export function PolicyBlock({ policy }: { policy: GeneratedPolicy }) {
  const m = useMessages();
  const editor = useEditor();
  const json = JSON.stringify(policy.document, null, 2);
  const titleId = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(json);
      editor.say(m('policies.copied', { title: policy.title }));
    } catch {
      editor.say(m('policies.copyFailed'), 'alert');
    }
  };
  return (
    <figure className="sb-policy" aria-labelledby={titleId}>
      <figcaption>
        <span id={titleId}>{policy.title}</span>
        <button type="button" className="button secondary sb-small" onClick={() => void copy()} aria-label={m('policies.copyNamed', { title: policy.title })}>
          {m('policies.copy')}
        </button>
      </figcaption>
      <pre tabIndex={0} aria-label={policy.title}>
        <code>{json}</code>
      </pre>
    </figure>
  );
}

/**
 * What the selected connection means, what it requires and which policy statements it adds. Its verdict
 * and its problems are those of the Problems list and the canvas (grading.ts), so they always agree.
 */
export function ExplainPanel({ edgeId }: { edgeId: string }) {
  const m = useMessages();
  const diagram = useSandbox((s) => s.diagram);
  const ex = useExplanation(edgeId).value;
  const findings = useFindings();
  const edge = diagram.edges.find((e) => e.id === edgeId);
  if (!ex || !edge) return null;
  const status = connectionStatus(ex, findings);
  const own = findings.filter((f) => f.edgeId === edgeId);
  const name = (id: string) => {
    const n = diagram.nodes.find((x) => x.id === id);
    return n?.label ?? id;
  };
  return (
    <div className="sb-explain">
      <p className="sb-subtitle">
        {name(edge.source)} → {name(edge.target)}
        {ex.integration !== 'none' && <span className="muted"> · {ex.integration}</span>}
      </p>
      <p className={`sb-verdict sb-verdict-${status}`}>{m(`verdict.${status}`)}</p>
      {own.length > 0 && (
        <>
          <h3>{m('explain.problems')}</h3>
          <ul className="sb-findings">
            {own.map((f, i) => (
              <li key={i} className={`sb-finding sb-finding-${f.severity}`}>
                <strong>{m(f.severity === 'error' ? 'findings.error' : 'findings.warning')}:</strong> {f.message}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{m('explain.meaning')}</h3>
      <p>{ex.meaning}</p>
      {ex.principal && <p className="muted">{m('explain.principal', { principal: ex.principal })}</p>}
      {ex.requires.length > 0 && (
        <>
          <h3>{m('explain.requires')}</h3>
          <ul>
            {ex.requires.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{m('explain.policies')}</h3>
      {ex.policies.filter((p) => p.kind !== 'trust').length === 0 ? (
        <p className="muted">{m('explain.noPolicies')}</p>
      ) : (
        ex.policies.filter((p) => p.kind !== 'trust').map((p) => <PolicyBlock key={p.id} policy={p} />)
      )}
      {ex.docUrl && (
        <p>
          <a href={ex.docUrl} target="_blank" rel="noreferrer">
            {m('explain.docs')} ↗
          </a>
        </p>
      )}
    </div>
  );
}
