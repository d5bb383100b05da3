/**
 * Over the map while the dataset is rebuilt with accepted name decisions (merges and splits): what is being
 * done and how far, so the map drawn meanwhile (still without them, e.g. a shared link's first seconds) is not
 * taken for the corrected one; and, if the rebuild fails, why, until dismissed. The review list and the author
 * card show the same progress beside their buttons.
 */
import { useWhoIsWho } from './store';
import './whoiswho.css';

export function RebuildBanner() {
  const rebuild = useWhoIsWho((s) => s.rebuild);
  const setRebuild = useWhoIsWho((s) => s.setRebuild);
  if (rebuild.status === 'idle') return null;
  if (rebuild.status === 'error') {
    return (
      <div className="link-note rebuild-banner" role="alert" data-testid="rebuild-banner" data-state="error">
        <span className="link-note-mark" aria-hidden="true">
          !
        </span>
        <p>The map could not be rebuilt with the accepted name decisions: {rebuild.message.replace(/\.$/, "")}. It is shown without them.</p>
        <button type="button" className="icon-button" aria-label="Dismiss this note" onClick={() => setRebuild({ status: 'idle' })}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
    );
  }
  return (
    <div className="link-note rebuild-banner" role="status" aria-live="polite" data-testid="rebuild-banner" data-state="running">
      <p>
        Applying the accepted name decisions (merges and splits): the map shown is without them until this is done.
        <span className="rebuild-progress">
          <progress value={rebuild.fraction} max={1} aria-label="Rebuild progress" />
          <span>{rebuild.label}…</span>
        </span>
      </p>
    </div>
  );
}
