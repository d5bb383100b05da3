/**
 * Says what a link asked for that this map does not have (`linkNote` in the store: an author, paper or
 * community past the map's counts, or such an author's network), rather than opening the whole map as if the
 * link had asked for nothing. Stays until dismissed or another dataset is opened. A note may offer one action
 * (`linkNoteAction`: a tab's who-is-who decisions a plain link did not apply), a button after its words.
 * It is a row of its own above the map (App.tsx, styles/canvas-overlay.css), so the map's height changes as it comes,
 * wraps and goes: the map is told (a window `resize`, which Sigma follows), else its picture stayed stretched.
 */
import { useLayoutEffect, useRef } from 'react';
import { useAtlas } from '../store';

/** Tell the map (Sigma listens to the window's resize) that its container changed height. */
const mapResized = () => window.dispatchEvent(new Event('resize'));

export function LinkNote() {
  const note = useAtlas((s) => s.linkNote);
  const dismiss = useAtlas((s) => s.dismissLinkNote);
  const action = useAtlas((s) => s.linkNoteAction);
  const box = useRef<HTMLDivElement>(null);
  const shown = Boolean(note);
  useLayoutEffect(() => {
    const el = box.current;
    if (!shown || !el) return;
    let height = -1;
    const observer = new ResizeObserver(() => {
      const now = el.getBoundingClientRect().height;
      if (now !== height) mapResized();
      height = now;
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      // gone: the map takes the row back (after React has removed it)
      requestAnimationFrame(mapResized);
    };
  }, [shown]);
  if (!note) return null;
  return (
    <div className="link-note" role="status" data-testid="link-note" ref={box}>
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
      <button
        type="button"
        className="icon-button"
        aria-label="Dismiss this note"
        onClick={() => {
          action?.onDismiss?.();
          dismiss();
        }}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
