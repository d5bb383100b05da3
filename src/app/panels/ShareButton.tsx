/**
 * The top bar's Share control: the link to what is on screen (url/share-link.ts: the page's own address, the map,
 * card, view, filters and decisions in it), handed to the system's share sheet on a touch screen that has one
 * (`navigator.share`: a phone's address bar is hidden or awkward, a tester), else copied to the clipboard
 * (`navigator.clipboard.writeText`) with "Link copied" said for a few seconds in a live region. Where the clipboard
 * cannot be written (refused, or a page not served over HTTPS) the note shows the link, selected, to copy by hand.
 * A map imported from files is kept in this browser only: its link opens it nowhere else, so the note says so
 * rather than copying a useless link in silence, and offers to copy it anyway (it reopens the map here). Nothing
 * is fetched.
 */
import { useEffect, useRef, useState } from 'react';
import { useAtlas } from '../store';
import { coarsePointer } from '../pointer-kind';
import { shareableLink, shareReach } from '../url/share-link';
import { viewTitle } from '../format';

/** What the note under the top bar says, or nothing. */
type Note =
  | { kind: 'copied'; refetch: boolean }
  | { kind: 'shared' }
  | { kind: 'local'; link: string }
  | { kind: 'by-hand'; link: string };

/** How long "Link copied" stays (ms); a note with something to do (a link to copy by hand) stays until closed. */
const NOTE_MS = 5000;

/** Copies `text` to the clipboard; false when it cannot (no clipboard: an http page; or refused). Throws nothing. */
async function copied(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function ShareButton() {
  const dataset = useAtlas((s) => s.source.dataset);
  // the open card's subject and the map (format.ts `viewTitle`, as the tab's title)
  const title = useAtlas((s) => viewTitle(s.dataset?.name ?? null, s.dataset?.bundle ?? null, s.selection));
  const [note, setNote] = useState<Note | null>(null);
  const linkField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (note?.kind !== 'copied' && note?.kind !== 'shared') return;
    const timer = setTimeout(() => setNote(null), NOTE_MS);
    return () => clearTimeout(timer);
  }, [note]);
  useEffect(() => {
    if (note?.kind === 'by-hand') linkField.current?.select();
  }, [note]);

  /** Copies `link`, or shows it to copy by hand. */
  const copy = async (link: string, refetch: boolean) => setNote((await copied(link)) ? { kind: 'copied', refetch } : { kind: 'by-hand', link });

  const share = async () => {
    const link = shareableLink();
    const reach = shareReach(dataset, window.location.search);
    if (reach === 'this-browser') {
      setNote({ kind: 'local', link });
      return;
    }
    // a phone's share sheet (messages, mail, …); a desktop copies: its share sheets (Windows, ChromeOS) are not
    // where a desktop user expects a link to go
    if (coarsePointer() && typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url: link });
        setNote({ kind: 'shared' });
        return;
      } catch (err) {
        // the sheet closed by the user: nothing to say
        if (err instanceof DOMException && err.name === 'AbortError') return;
      }
    }
    await copy(link, reach === 'refetch');
  };

  return (
    <>
      <button type="button" className="button share-button" onClick={() => void share()} data-testid="share-link" aria-label="Share link" title="Share a link to this view (the card, filters and decisions shown)">
        <svg className="share-icon" viewBox="0 0 20 20" aria-hidden="true">
          <path
            d="M8.5 11.5a3.2 3.2 0 0 0 4.6 0l2.6-2.6a3.2 3.2 0 0 0-4.6-4.6l-1 1M11.5 8.5a3.2 3.2 0 0 0-4.6 0l-2.6 2.6a3.2 3.2 0 0 0 4.6 4.6l1-1"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <span className="share-text">Share link</span>
      </button>
      {/* always in the page (a live region added with its text is not read out); drawn while it has a text */}
      <div className="topbar-note share-note" role="status" aria-live="polite" data-testid="share-note" hidden={note === null}>
        {note?.kind === 'copied' && (note.refetch ? 'Link copied. This map is kept in this browser: elsewhere the link offers to fetch it from OpenAlex again.' : 'Link copied')}
        {note?.kind === 'shared' && 'Link shared'}
        {note?.kind === 'local' && (
          <>
            <p>
              This map was imported in this browser and is kept only here: a link cannot open it on another device. To share it, send the paper list
              (or an export of the map).
            </p>
            <p className="share-note-actions">
              <button type="button" className="link-button" onClick={() => void copy(note.link, false)}>
                Copy the link anyway (it reopens the map in this browser)
              </button>
              <button type="button" className="link-button" onClick={() => setNote(null)}>
                Close
              </button>
            </p>
          </>
        )}
        {note?.kind === 'by-hand' && (
          <>
            <label>
              The link could not be copied here: copy it by hand
              <input ref={linkField} className="share-link-field" readOnly value={note.link} onFocus={(e) => e.currentTarget.select()} />
            </label>
            <button type="button" className="link-button" onClick={() => setNote(null)}>
              Close
            </button>
          </>
        )}
      </div>
    </>
  );
}
