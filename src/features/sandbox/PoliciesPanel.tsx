import { useId, useMemo } from 'react';
import { PolicyBlock } from './ExplainPanel';
import { useLocale } from '@/ui/i18n';
import { useMessages } from './messages';
import { useSandbox } from './store';
import { policiesFor } from './grading';

/** Every IAM policy document the diagram needs: trust and permissions per role, and resource policies. */
export function PoliciesPanel({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const m = useMessages();
  const diagram = useSandbox((s) => s.diagram);
  const locale = useLocale();
  const policies = useMemo(() => policiesFor(diagram, locale), [diagram, locale]);
  const titleId = useId();
  const H = `h${headingLevel}` as const;
  return (
    <section className="sb-panel" aria-labelledby={titleId}>
      <H id={titleId}>{m('policies.title')}</H>
      {policies.length === 0 ? <p className="muted">{m('policies.none')}</p> : policies.map((p) => <PolicyBlock key={p.id} policy={p} />)}
    </section>
  );
}
