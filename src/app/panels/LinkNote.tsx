/**
 * Says what a link asked for that this map does not have (`linkNote` in the store: an author, paper or
 * community past the map's counts, or such an author's network), rather than opening the whole map as if the
 * link had asked for nothing. Stays until dismissed or another dataset is opened. A note may offer one action
 * (`linkNoteAction`: a tab's who-is-who decisions a plain link did not apply), a button after its words.
 */
import { useAtlas } from '../store';

export function LinkNote() {
  const note = useAtlas((s) => s.linkNote);
  const dismiss = useAtlas((s) => s.dismissLinkNote);
  const action = useAtlas((s) => s.linkNoteAction);
  if (!note) return null;
  return (
    <div className="link-note" role="status" data-testid="link-note">
      <span className="link-note-mark" aria-hidden="true">
        !
      </span>
      <p>
        {note}
        {action && (
          <>
            {' '}
            <button
              type="button"
              className="link-button link-note-action"
              onClick={() => {
                useAtlas.setState({ linkNoteAction: null });
                action.run();
              }}
            >
              {action.label}
            </button>
          </>
        )}
      </p>
      <button type="button" className="icon-button" aria-label="Dismiss this note" onClick={dismiss}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
