import { useState } from 'react';
import { FormEditor } from './FormEditor';
import type { Msg } from './messages';
import type { Checked } from './validate';

interface Props {
  /** Start unfolded (the learner has been editing). */
  defaultOpen: boolean;
  text: string;
  checked: Checked;
  m: Msg;
  onChange: (text: string) => void;
}

/** The scenario as a form and as JSON, validated as the learner types. */
export function ScenarioEditor({ defaultOpen, text, checked, m, onChange }: Props) {
  const [view, setView] = useState<'form' | 'json'>('form');
  const [open, setOpen] = useState(defaultOpen);
  const syntax = checked.kind === 'syntax' ? checked.error : null;
  const issues = checked.kind === 'invalid' ? checked.issues : [];
  return (
    <details className="sim-panel sim-editor" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2>{m('editorHeading')}</h2>
      </summary>
      <div className="sim-toggle" role="group" aria-label={m('editorTabs')}>
        <button type="button" className="sim-button" aria-pressed={view === 'form'} onClick={() => setView('form')}>
          {m('editorForm')}
        </button>
        <button type="button" className="sim-button" aria-pressed={view === 'json'} onClick={() => setView('json')}>
          {m('editorJson')}
        </button>
      </div>
      <div aria-live="polite" className="sim-validity">
        {checked.kind === 'ok' && <p className="sim-ok">✓ {m('valid')}</p>}
      </div>
      {syntax && (
        <p role="alert" className="sim-error" id="sim-json-error">
          ⚠ {m('jsonSyntax', { line: syntax.line, column: syntax.column, message: syntax.message })}
        </p>
      )}
      {issues.length > 0 && (
        <div role="alert" className="problems">
          <p>⚠ {m('problemsHeading', { count: issues.length })}</p>
          <ul>
            {issues.map((i, n) => (
              <li key={n}>{[i.field, i.message].filter(Boolean).join(': ')}</li>
            ))}
          </ul>
        </div>
      )}
      {view === 'form' ? (
        checked.kind === 'syntax' ? (
          <p className="muted">{m('jsonFirst')}</p>
        ) : (
          <FormEditor data={checked.data} issues={issues} m={m} onChange={(data) => onChange(JSON.stringify(data, null, 2))} />
        )
      ) : (
        <div className="sim-field">
          <label htmlFor="sim-json">{m('jsonLabel')}</label>
          <textarea
            id="sim-json"
            className="sim-json"
            value={text}
            spellCheck={false}
            rows={18}
            aria-invalid={checked.kind !== 'ok' ? true : undefined}
            aria-describedby={syntax ? 'sim-json-error' : undefined}
            onChange={(e) => onChange(e.target.value)}
          />
        </div>
      )}
    </details>
  );
}
