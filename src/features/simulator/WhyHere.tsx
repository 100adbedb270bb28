import type { Scenario } from '@/content/scenarioSchema';
import type { InstanceVerdict, PlacementDecision, ResourceShortfall } from '@/engine/placement/decision';
import type { Msg } from './messages';

function list(v: number | number[]): string {
  return Array.isArray(v) ? v.join(', ') : String(v);
}

function shortfallText(s: ResourceShortfall, m: Msg): string {
  if (s.resource === 'cpu') return m('whyCpu', { required: list(s.required), available: list(s.available) });
  if (s.resource === 'memory') return m('whyMemory', { required: list(s.required), available: list(s.available) });
  if (s.resource === 'eni') return m('whyNoEni');
  return Array.isArray(s.available) && s.available.length > 0 ? m('whyPortsTaken', { ports: s.available.join(', ') }) : m('whyNoDynamic');
}

export function verdictText(v: InstanceVerdict, m: Msg): string {
  if (v.outcome === 'chosen') return m('whyChosen');
  switch (v.step) {
    case 'resources':
      return v.shortfalls.map((s) => shortfallText(s, m)).join('; ');
    case 'constraint':
      return m('whyConstraint', { constraint: v.constraint });
    case 'strategy':
      return m('whyStrategy', { strategy: v.strategy, value: v.value, best: v.best });
    case 'tiebreak':
      return m('whyTiebreak');
  }
}

/** The engine's description of what a strategy compared, in the learner's language. */
export function comparedText(text: string, m: Msg): string {
  let match = /^least (\w+) left after placing$/.exec(text);
  if (match) return m('cmpBinpack', { field: match[1] ?? '' });
  if (text === 'fewest tasks of the group on the instance') return m('cmpSpreadInstance');
  match = /^fewest tasks of the group in the (.+) value$/.exec(text);
  if (match) return m('cmpSpreadAttr', { attr: match[1] ?? '' });
  match = /^highest (\w+) score$/.exec(text);
  if (match) return m('cmpScore', { scoring: match[1] ?? '' });
  if (text === 'seeded random choice') return m('cmpRandom');
  return text;
}

const STEP_KEY = { resources: 'stepResources', constraint: 'stepConstraint', strategy: 'stepStrategy', tiebreak: 'stepTiebreak' } as const;

function needs(d: PlacementDecision, m: Msg): string {
  const r = d.requirement;
  let extra = '';
  if (r.staticPorts.length > 0) extra += m('whyPorts', { ports: r.staticPorts.join(', ') });
  if (r.dynamicPorts > 0) extra += m('whyDynamic', { n: r.dynamicPorts });
  if (r.eni) extra += m('whyEni');
  return m('whyNeeds', { cpu: r.cpu, memory: r.memory, extra });
}

interface Props {
  decision: PlacementDecision | undefined;
  scenario: Scenario;
  m: Msg;
  headingId?: string;
  /** The decision for the current position is still being fetched (the one shown is the previous one). */
  busy?: boolean;
  /** Playback holds the explanation until it pauses. */
  held?: boolean;
}

/** "Why here?": every instance with the step that removed it and why, then how each strategy narrowed the rest. */
export function WhyHere({ decision, scenario, m, headingId = 'sim-why-h', busy = false, held = false }: Props) {
  const zones = new Map(scenario.cluster.instances.map((i) => [i.id, i.availabilityZone]));
  return (
    <section className="sim-panel sim-why" aria-labelledby={headingId} aria-busy={busy}>
      <h2 id={headingId}>{m('whyHeading')}</h2>
      {held && decision && <p className="muted">{m('whyHeld')}</p>}
      {!decision ? (
        <p className="muted">{m('whyNone')}</p>
      ) : decision.fargate ? (
        <>
          <p>
            <strong>{m('whyCaption', { task: decision.taskId, rev: decision.revision, instance: 'Fargate' })}</strong>
          </p>
          <p>{m('whyFargate')}</p>
        </>
      ) : (
        <>
          <p>{needs(decision, m)}</p>
          <div className="sim-table-wrap" tabIndex={0} role="region" aria-label={m('whyCaption', { task: decision.taskId, rev: decision.revision, instance: decision.chosen ?? '—' })}>
            <table className="sim-table">
              <caption>{m('whyCaption', { task: decision.taskId, rev: decision.revision, instance: decision.chosen ?? '—' })}</caption>
              <thead>
                <tr>
                  <th scope="col">{m('colInstance')}</th>
                  <th scope="col">{m('colZone')}</th>
                  <th scope="col">{m('colResult')}</th>
                  <th scope="col">{m('colStep')}</th>
                  <th scope="col">{m('colWhy')}</th>
                </tr>
              </thead>
              <tbody>
                {decision.instances.map((v) => (
                  <tr key={v.instanceId} className={v.outcome === 'chosen' ? 'chosen' : undefined}>
                    <th scope="row">{v.instanceId}</th>
                    <td>{zones.get(v.instanceId) ?? ''}</td>
                    <td>{v.outcome === 'chosen' ? `✓ ${m('chosen')}` : `✕ ${m('removed')}`}</td>
                    <td>{v.outcome === 'removed' ? m(STEP_KEY[v.step]) : '—'}</td>
                    <td>{verdictText(v, m)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3 className="sim-steps-h">{m('stepsHeading')}</h3>
          <ol className="sim-steps">
            <li>{m('stepsResources', { after: decision.afterResources, total: decision.instances.length })}</li>
            <li>{m('stepsConstraints', { after: decision.afterConstraints })}</li>
            {decision.strategies.map((s, i) => (
              <li key={i}>{m('stepsStrategy', { strategy: s.strategy, before: s.before, after: s.after, compared: comparedText(s.compared, m), best: s.best ?? '—' })}</li>
            ))}
            {decision.tieBreak !== null && <li>{m('stepsTie', { n: decision.tieBreak })}</li>}
          </ol>
        </>
      )}
    </section>
  );
}
