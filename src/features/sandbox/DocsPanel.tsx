import { useId, useState } from 'react';
import { useLiveQuery } from '@/db/useLiveQuery';
import { deleteDiagram, listDiagrams } from './storage';
import { useMessages } from './messages';

export interface OpenDoc {
  id: string;
  name: string;
}

function DocRow({ row, current, onOpen, onDeleted }: { row: OpenDoc; current: boolean; onOpen: (id: string) => void; onDeleted: (id: string) => void }) {
  const m = useMessages();
  const [confirming, setConfirming] = useState(false);
  const name = row.name || m('docs.untitled');
  return (
    <li className="sb-doc">
      <span className="sb-doc-name">
        {name}
        {current && <span className="muted"> · {m('docs.current')}</span>}
      </span>
      {confirming ? (
        <span className="sb-row" role="group" aria-label={m('docs.confirmDelete', { name })}>
          <span>{m('docs.confirmDelete', { name })}</span>
          <button
            type="button"
            className="button danger sb-small"
            onClick={() => {
              void deleteDiagram(row.id).then(() => onDeleted(row.id));
            }}
          >
            {m('docs.confirm')}
          </button>
          <button type="button" className="button secondary sb-small" onClick={() => setConfirming(false)}>
            {m('docs.cancel')}
          </button>
        </span>
      ) : (
        <span className="sb-row">
          {!current && (
            <button type="button" className="button secondary sb-small" onClick={() => onOpen(row.id)} aria-label={m('docs.openNamed', { name })}>
              {m('docs.open')}
            </button>
          )}
          <button type="button" className="button secondary sb-small" onClick={() => setConfirming(true)} aria-label={m('docs.deleteNamed', { name })}>
            {m('docs.delete')}
          </button>
        </span>
      )}
    </li>
  );
}

/** Saved diagrams: the open one's name (renamed in place), the others to open, any to delete. */
export function DocsPanel({ doc, onRename, onOpen, onNew, onDeleted }: {
  doc: OpenDoc;
  onRename: (name: string) => void;
  onOpen: (id: string) => void;
  onNew: () => void;
  onDeleted: (id: string) => void;
}) {
  const m = useMessages();
  const rows = useLiveQuery(listDiagrams, [], () => []);
  const titleId = useId();
  const nameId = useId();
  return (
    <section className="sb-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{m('docs.title')}</h2>
      <div className="sb-field">
        <label htmlFor={nameId}>{m('docs.name')}</label>
        <input id={nameId} type="text" value={doc.name} maxLength={200} onChange={(e) => onRename(e.target.value)} />
      </div>
      <div className="sb-row">
        <button type="button" className="button secondary" onClick={onNew}>
          + {m('docs.new')}
        </button>
      </div>
      <ul className="sb-docs">
        {(rows ?? []).map((r) => (
          <DocRow key={r.id} row={r} current={r.id === doc.id} onOpen={onOpen} onDeleted={onDeleted} />
        ))}
      </ul>
    </section>
  );
}
