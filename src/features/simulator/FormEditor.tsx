import { useId, type ReactNode } from 'react';
import type { ContentIssue } from '@/content/issues';
import type { Msg } from './messages';
import { getAt, numberOrText, setAt } from './validate';

interface Props {
  data: unknown;
  issues: readonly ContentIssue[];
  m: Msg;
  onChange: (data: unknown) => void;
}

type Path = Array<string | number>;

const SPREAD_FIELDS = ['attribute:ecs.availability-zone', 'instanceId', 'attribute:ecs.instance-type'];

function Field({ label, path, issues, children }: { label: string; path: Path; issues: readonly ContentIssue[]; children: (id: string, errorId: string | undefined) => ReactNode }) {
  const id = useId();
  const key = path.join('.');
  const mine = issues.filter((i) => i.field === key);
  const errorId = mine.length > 0 ? `${id}-err` : undefined;
  return (
    <div className={`sim-field${mine.length > 0 ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children(id, errorId)}
      {errorId && (
        <p id={errorId} className="sim-field-error">
          ⚠ {key}: {mine.map((i) => i.message).join('; ')}
        </p>
      )}
    </div>
  );
}

function NumberField({ label, path, data, issues, onChange, placeholder }: { label: string; path: Path; data: unknown; issues: readonly ContentIssue[]; onChange: Props['onChange']; placeholder?: string }) {
  const value = getAt(data, path);
  return (
    <Field label={label} path={path} issues={issues}>
      {(id, errorId) => (
        <input
          id={id}
          type="text"
          inputMode="numeric"
          placeholder={placeholder}
          value={value === undefined ? '' : String(value as string | number)}
          aria-invalid={errorId ? true : undefined}
          aria-describedby={errorId}
          onChange={(e) => onChange(setAt(data, path, e.target.value === '' ? undefined : numberOrText(e.target.value)))}
        />
      )}
    </Field>
  );
}

function Check({ label, checked, onChange }: { label: string; checked: boolean; onChange: (on: boolean) => void }) {
  const id = useId();
  return (
    <div className="sim-check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

type Strategy = { type?: string; field?: string };
type Constraint = { type?: string; expression?: string };

function Strategies({ data, issues, m, onChange }: Props) {
  const path: Path = ['service', 'placementStrategy'];
  const list = (getAt(data, path) as Strategy[] | undefined) ?? [];
  const set = (next: Strategy[]) => onChange(setAt(data, path, next.length > 0 ? next : undefined));
  return (
    <fieldset className="sim-fieldset">
      <legend>{m('formStrategies')}</legend>
      {list.length === 0 && <p className="muted">{m('formNoStrategy')}</p>}
      {list.map((s, i) => {
        const n = i + 1;
        const fields = s.type === 'binpack' ? ['memory', 'cpu'] : SPREAD_FIELDS;
        const withCurrent = s.field && !fields.includes(s.field) ? [s.field, ...fields] : fields;
        return (
          <div key={i} className="sim-strategy-row">
            <Field label={m('formStrategyType', { n })} path={[...path, i, 'type']} issues={issues}>
              {(id) => (
                <select
                  id={id}
                  value={s.type ?? ''}
                  onChange={(e) => {
                    const type = e.target.value;
                    const next = [...list];
                    next[i] = type === 'random' ? { type } : { type, field: type === 'binpack' ? 'memory' : 'attribute:ecs.availability-zone' };
                    set(next);
                  }}
                >
                  <option value="binpack">binpack</option>
                  <option value="spread">spread</option>
                  <option value="random">random</option>
                </select>
              )}
            </Field>
            {s.type !== 'random' && (
              <Field label={m('formStrategyField', { n })} path={[...path, i, 'field']} issues={issues}>
                {(id, errorId) => (
                  <select id={id} value={s.field ?? ''} aria-invalid={errorId ? true : undefined} aria-describedby={errorId} onChange={(e) => set(list.map((x, j) => (j === i ? { ...x, field: e.target.value } : x)))}>
                    {withCurrent.map((f) => (
                      <option key={f} value={f}>
                        {f}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
            <button type="button" className="sim-button" onClick={() => set(list.filter((_, j) => j !== i))}>
              {m('formRemoveStrategy', { n })}
            </button>
          </div>
        );
      })}
      {list.length < 5 && (
        <button type="button" className="sim-button" onClick={() => set([...list, { type: 'binpack', field: 'memory' }])}>
          + {m('formAddStrategy')}
        </button>
      )}
    </fieldset>
  );
}

function Constraints({ data, issues, m, onChange }: Props) {
  const path: Path = ['service', 'placementConstraints'];
  const list = (getAt(data, path) as Constraint[] | undefined) ?? [];
  const distinct = list.some((c) => c.type === 'distinctInstance');
  const memberIndex = list.findIndex((c) => c.type === 'memberOf');
  const member = memberIndex >= 0 ? (list[memberIndex]?.expression ?? '') : '';
  const set = (next: Constraint[]) => onChange(setAt(data, path, next.length > 0 ? next : undefined));
  return (
    <>
      <Check label={m('formDistinct')} checked={distinct} onChange={(on) => set(on ? [{ type: 'distinctInstance' }, ...list] : list.filter((c) => c.type !== 'distinctInstance'))} />
      <Field label={m('formMemberOf')} path={[...path, memberIndex >= 0 ? memberIndex : list.length, 'expression']} issues={issues}>
        {(id, errorId) => (
          <input
            id={id}
            type="text"
            className="sim-mono"
            value={member}
            spellCheck={false}
            placeholder="attribute:ecs.instance-type =~ t3.*"
            aria-invalid={errorId ? true : undefined}
            aria-describedby={errorId}
            onChange={(e) => {
              const expression = e.target.value;
              const rest = list.filter((c) => c.type !== 'memberOf');
              set(expression === '' ? rest : [...rest, { type: 'memberOf', expression }]);
            }}
          />
        )}
      </Field>
    </>
  );
}

/** The scenario's most taught settings as a form; every change is written back to the JSON. */
export function FormEditor(props: Props) {
  const { data, issues, m, onChange } = props;
  const mode = getAt(data, ['mode']);
  const hasService = getAt(data, ['service']) !== undefined;
  const instances = (getAt(data, ['cluster', 'instances']) as Array<{ id?: string }> | undefined) ?? [];
  const common = { data, issues, onChange };
  return (
    <div className="sim-form">
      <NumberField label={m('formSeed')} path={['seed']} {...common} />
      {mode === 'kubernetes' && <NumberField label={m('formReplicas')} path={['kubernetes', 'replicas']} {...common} />}
      {mode !== 'kubernetes' && !hasService && <p className="muted">{m('formNoService')}</p>}
      {mode !== 'kubernetes' && hasService && (
        <>
          <NumberField label={m('formDesired')} path={['service', 'desiredCount']} {...common} />
          <Strategies {...props} />
          <Constraints {...props} />
          <NumberField label={m('formMinHealthy')} path={['service', 'deploymentConfiguration', 'minimumHealthyPercent']} placeholder="100" {...common} />
          <NumberField label={m('formMaxPercent')} path={['service', 'deploymentConfiguration', 'maximumPercent']} placeholder="200" {...common} />
          <Check
            label={m('formBreaker')}
            checked={getAt(data, ['service', 'deploymentConfiguration', 'deploymentCircuitBreaker', 'enable']) === true}
            onChange={(on) => {
              const rollback = getAt(data, ['service', 'deploymentConfiguration', 'deploymentCircuitBreaker', 'rollback']) === true;
              onChange(setAt(data, ['service', 'deploymentConfiguration', 'deploymentCircuitBreaker'], on || rollback ? { enable: on, rollback } : undefined));
            }}
          />
          <Check
            label={m('formRollback')}
            checked={getAt(data, ['service', 'deploymentConfiguration', 'deploymentCircuitBreaker', 'rollback']) === true}
            onChange={(on) => {
              const enable = getAt(data, ['service', 'deploymentConfiguration', 'deploymentCircuitBreaker', 'enable']) === true;
              onChange(setAt(data, ['service', 'deploymentConfiguration', 'deploymentCircuitBreaker'], on || enable ? { enable, rollback: on } : undefined));
            }}
          />
        </>
      )}
      {instances.length > 0 && (
        <fieldset className="sim-fieldset">
          <legend>{m('formInstances')}</legend>
          <div className="sim-instance-fields">
            {instances.map((inst, i) => (
              <div key={i} className="sim-instance-row">
                <NumberField label={m('formInstanceCpu', { id: inst.id ?? `#${i + 1}` })} path={['cluster', 'instances', i, 'cpu']} {...common} />
                <NumberField label={m('formInstanceMemory', { id: inst.id ?? `#${i + 1}` })} path={['cluster', 'instances', i, 'memory']} {...common} />
              </div>
            ))}
          </div>
        </fieldset>
      )}
    </div>
  );
}
