/**
 * Over the map while the dataset is rebuilt with its name decisions (merges and splits: applied, a shared link's,
 * or a Back or Forward across an Apply): what is being done and how far, so the map drawn meanwhile (the one
 * before) is not taken for the rebuilt one; and, if the rebuild fails, why, until dismissed. The review list and the author
 * card show the same progress beside their buttons.
 */
import { useWhoIsWho } from './store';
import './whoiswho.css';

export function RebuildBanner() {
  const rebuild = useWhoIsWho((s) => s.rebuild);
  const setRebuild = useWhoIsWho((s) => s.setRebuild);
  if (rebuild.status === 'idle' || (rebuild.status === 'running' && rebuild.lookingUp)) return null;
  if (rebuild.status === 'error') {
    return (
      <div className="link-note rebuild-banner" role="alert" data-testid="rebuild-banner" data-state="error">
        <span className="link-note-mark" aria-hidden="true">
          !
        </span>
        <p>The map could not be rebuilt with its merges and splits of names: {rebuild.message.replace(/\.$/, '')}. The map shown is the one before.</p>
        <button type="button" className="icon-button" aria-label="Dismiss this note" onClick={() => setRebuild({ status: 'idle' })}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
    );
  }
  return (
    <div className="link-note rebuild-banner" role="status" aria-live="polite" data-testid="rebuild-banner" data-state="running">
      <p>
        Rebuilding the map with its merges and splits of names: until this is done, the map shown is the one before.
        <span className="rebuild-progress">
          <progress value={rebuild.fraction} max={1} aria-label="Rebuild progress" />
          <span>{rebuild.label}…</span>
        </span>
      </p>
    </div>
  );
}
