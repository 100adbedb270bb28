import { useId, useMemo } from 'react';
import { explainEdge, type GeneratedPolicy } from '@/engine/architecture';
import { useLocale } from '@/ui/i18n';
import { useMessages } from './messages';
import { say, useSandbox, useSandboxStore } from './store';

/** A policy document as JSON with a copy button. */
export function PolicyBlock({ policy }: { policy: GeneratedPolicy }) {
  const m = useMessages();
  const store = useSandboxStore();
  const json = JSON.stringify(policy.document, null, 2);
  const titleId = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(json);
      say(store, m('policies.copied', { title: policy.title }));
    } catch {
      say(store, m('policies.copyFailed'), 'alert');
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

/** What the selected connection means, what it requires and which policy statements it adds. */
export function ExplainPanel({ edgeId }: { edgeId: string }) {
  const m = useMessages();
  const diagram = useSandbox((s) => s.diagram);
  const locale = useLocale();
  const ex = useMemo(() => explainEdge(diagram, edgeId, locale), [diagram, edgeId, locale]);
  const edge = diagram.edges.find((e) => e.id === edgeId);
  if (!ex || !edge) return null;
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
      <p className={`sb-verdict sb-verdict-${ex.verdict}`}>{m(`verdict.${ex.verdict}`)}</p>
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
      {ex.findings.length > 0 && (
        <ul className="sb-findings">
          {ex.findings.map((f, i) => (
            <li key={i} className={`sb-finding sb-finding-${f.severity}`}>
              <strong>{m(f.severity === 'error' ? 'findings.error' : 'findings.warning')}:</strong> {f.message}
            </li>
          ))}
        </ul>
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
