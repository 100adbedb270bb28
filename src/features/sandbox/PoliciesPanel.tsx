import { useId } from 'react';
import { PolicyBlock } from './ExplainPanel';
import { useMessages } from './messages';
import { usePolicies } from './grading';

/** Every IAM policy document the diagram needs: trust and permissions per role, and resource policies. */
export function PoliciesPanel({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const m = useMessages();
  const policies = usePolicies().value;
  const titleId = useId();
  const H = `h${headingLevel}` as const;
  return (
    <section className="sb-panel" aria-labelledby={titleId}>
      <H id={titleId}>{m('policies.title')}</H>
      {!policies ? (
        <p className="muted">{m('grading.checking')}</p>
      ) : policies.length === 0 ? (
        <p className="muted">{m('policies.none')}</p>
      ) : (
        policies.map((p) => <PolicyBlock key={p.id} policy={p} />)
      )}
    </section>
  );
}
