/**
 * Says what a link asked for that this map does not have (`linkNote` in the store: an author, paper or
 * community past the map's counts, or such an author's network), rather than opening the whole map as if the
 * link had asked for nothing. Stays until dismissed or another dataset is opened.
 */
import { useAtlas } from '../store';

export function LinkNote() {
  const note = useAtlas((s) => s.linkNote);
  const dismiss = useAtlas((s) => s.dismissLinkNote);
  if (!note) return null;
  return (
    <div className="link-note" role="status" data-testid="link-note">
      <span className="link-note-mark" aria-hidden="true">
        !
      </span>
      <p>{note}</p>
      <button type="button" className="icon-button" aria-label="Dismiss this note" onClick={dismiss}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
