import { useId, useState } from 'react';
import { diagramNodeSchema, type DiagramNode } from '@/content/diagramSchema';
import { fromText, getAt, NOT_A_NUMBER, setAt, toText, type FieldSpec } from './fields';
import { useMessages } from './messages';
import { useEditor } from './store';

/** Validates a changed node against the diagram schema; the first problem is reported for the field. */
function tryChange(node: DiagramNode, path: string, value: unknown): { node: DiagramNode } | { error: string } {
  const parsed = diagramNodeSchema.safeParse(setAt(node, path, value));
  if (parsed.success) return { node: parsed.data };
  const issue = parsed.error.issues[0];
  return { error: issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid' };
}

/**
 * One setting of a node. Every change is checked against the schema: a valid one is applied at once
 * (typing in one field is one undo step, ended when the field loses focus), an invalid one stays in the
 * field with the reason beside it.
 */
export function NodeField({ node, spec }: { node: DiagramNode; spec: FieldSpec }) {
  const m = useMessages();
  const editor = useEditor();
  const id = useId();
  const value = getAt(node, spec.path);
  const shown = toText(spec, value);
  const [draft, setDraft] = useState<{ text: string; error: string; base: string } | null>(null);
  const text = draft && draft.base === shown ? draft.text : shown;
  const error = draft && draft.base === shown ? draft.error : '';

  const apply = (next: unknown, raw: string) => {
    const result = tryChange(node, spec.path, next);
    if ('node' in result) {
      // Keep what the learner typed (separators, spacing) while it means the committed value.
      setDraft(raw === '' ? null : { text: raw, error: '', base: toText(spec, getAt(result.node, spec.path)) });
      editor.updateNode(result.node, spec.path);
    } else setDraft({ text: raw, error: result.error, base: shown });
  };
  const onText = (raw: string) => {
    const parsed = fromText(spec, raw);
    if ('error' in parsed) setDraft({ text: raw, error: parsed.error === NOT_A_NUMBER ? m('field.needNumber') : parsed.error, base: shown });
    else apply(parsed.value, raw);
  };
  const label = m(spec.label);
  const described = [error && `${id}-error`, spec.help && `${id}-help`].filter(Boolean).join(' ') || undefined;
  const common = { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described, onBlur: () => editor.settle() };

  let control;
  if (spec.type === 'checkbox') {
    return (
      <div className="sb-field sb-check">
        <input type="checkbox" id={id} checked={value === true} onChange={(e) => apply(e.target.checked, '')} />
        <label htmlFor={id}>{label}</label>
      </div>
    );
  } else if (spec.type === 'select') {
    control = (
      <select {...common} value={text} onChange={(e) => apply(e.target.value === '' ? undefined : e.target.value, e.target.value)}>
        {spec.optional && <option value="">{m('field.unset')}</option>}
        {spec.options?.map((o) => (
          <option key={o} value={o}>
            {spec.optionLabels === 'purpose' ? m(`purpose.${o}` as 'purpose.task') : o}
          </option>
        ))}
      </select>
    );
  } else if (spec.type === 'json' || spec.type === 'list') {
    control = <textarea {...common} value={text} rows={spec.type === 'json' ? 6 : 3} spellCheck={false} onChange={(e) => onText(e.target.value)} />;
  } else {
    control = <input {...common} type={spec.type === 'number' ? 'number' : 'text'} value={text} onChange={(e) => onText(e.target.value)} />;
  }
  return (
    <div className="sb-field">
      <label htmlFor={id}>{label}</label>
      {control}
      {spec.help && (
        <small id={`${id}-help`} className="muted">
          {m(spec.help)}
        </small>
      )}
      {error && (
        <small id={`${id}-error`} className="sb-error" role="alert">
          {error}
        </small>
      )}
    </div>
  );
}
