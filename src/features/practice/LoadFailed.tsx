import { useMessages } from './messages';

/** A question whose text could not be loaded (offline before it was cached, or a failed request). */
export function LoadFailed({ error, retry }: { error: unknown; retry: () => void }) {
  const m = useMessages();
  return (
    <div className="notice" role="alert">
      <p>{m('loadFailed')}</p>
      {error instanceof Error && <p className="muted small">{error.message}</p>}
      <button type="button" className="button secondary" onClick={retry}>
        {m('retry')}
      </button>
    </div>
  );
}
