import { useId, useState } from 'react';
import { db } from '@/db/db';
import { SETTING } from '@/db/practice';
import { Link } from '@/ui/router';
import type { CustomDeck } from './bank';
import { useMessages } from './messages';

/** Imports a question bank file as its own deck: validated, all or nothing, rendered as text only. */
export function DeckImport({ decks }: { decks: CustomDeck[] }) {
  const m = useMessages();
  const id = useId();
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setProblems([]);
    setStatus('');
    // The YAML parser and the schema load only when a file is chosen. Read as bytes so that a file
    // that is not UTF-8 is refused with its place, not silently mended.
    const [{ parseCustomDeck }, { formatIssue }, { decodeUtf8 }] = await Promise.all([import('@/content/customDeck'), import('@/content/issues'), import('@/content/untrusted')]);
    const decoded = decodeUtf8(new Uint8Array(await file.arrayBuffer()));
    const parsed = decoded.ok ? parseCustomDeck(file.name, decoded.text) : ({ ok: false, issues: [{ file: file.name, message: decoded.message }] } as const);
    if (!parsed.ok) {
      const all = parsed.issues.map(formatIssue);
      setProblems(all.length > 20 ? [...all.slice(0, 20), `… +${all.length - 20}`] : all);
      return;
    }
    const deck: CustomDeck = { slug: parsed.slug, name: parsed.name, importedAt: Date.now(), questions: parsed.questions };
    const replaced = decks.some((d) => d.slug === deck.slug);
    await db.settings.put({ key: `${SETTING.deckPrefix}${deck.slug}`, value: deck as never });
    setStatus(m(replaced ? 'importReplaced' : 'importDone', { name: deck.name, count: deck.questions.length }));
  };
  return (
    <section className="deck-import" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{m('importTitle')}</h2>
      <p className="muted">{m('importBody')}</p>
      <label className="file-label" htmlFor={`${id}-file`}>
        {m('importLabel')}
      </label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
        onChange={(e) => {
          void onFile(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      <p role="status">{status}</p>
      {problems.length > 0 && (
        <div role="alert" className="problems">
          <p>{m('importFailed')}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {decks.length > 0 && (
        <ul className="deck-list">
          {decks.map((d) => (
            <li key={d.slug}>
              <Link to={`/practice?mode=topic&deck=${encodeURIComponent(d.slug)}`}>{m('deckPractice', { name: d.name })}</Link>{' '}
              <span className="muted">({m('deckCount', { count: d.questions.length })})</span>{' '}
              <button
                type="button"
                className="button secondary small"
                aria-label={m('deckRemove', { name: d.name })}
                onClick={() => void db.settings.delete(`${SETTING.deckPrefix}${d.slug}`).then(() => setStatus(m('deckRemoved')))}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
