/** Small shared pieces of the panels: links to authors, papers, communities and the outside world. */
import { useEffect, type PointerEvent, type ReactNode } from 'react';
import { useAtlas } from '../store';
import { useAuthorColors, useCommunityColors } from './use-community-colors';
import { communityName } from '../format';
import { byUser } from '../pointer-moves';

/**
 * A button that selects author `index` (a dot in its disc's colour on the map, its name, then `suffix`, e.g. a count). `about`, a
 * short phrase for that suffix ("2 shared papers"), makes the button's accessible name "Name, about": a screen
 * reader read the name and the count run together ("Jialiang Wang2", a tester).
 * Pointed at, its author is hovered on the map (emphasised, named) once the user brings the pointer onto it: by a
 * move of the mouse, or by their own wheel scroll of the card (as the browser's `:hover`); a button that comes
 * under a resting mouse because the app re-rendered or scrolled the panel (a new card, a restored scroll) is not
 * hovered until the mouse moves (pointer-moves.ts `byUser`: a click on a co-author left the old card's author
 * emphasised in the new card's row under the mouse). Focused by the keyboard, its author is hovered at once.
 * Throws nothing.
 */
export function AuthorLink({ index, suffix, about }: { index: number; suffix?: ReactNode; about?: string }) {
  const dataset = useAtlas((s) => s.dataset)!;
  const select = useAtlas((s) => s.select);
  const hover = useAtlas((s) => s.hover);
  // the map's colour for this author's disc (community or mean year: `useAuthorColors`)
  const colors = useAuthorColors();
  const { name } = dataset.bundle.authors;
  // a move onto the button (`pointerover` comes first) or over it, or the row the user's wheel scrolled under the pointer
  const pointedAt = (e: PointerEvent) => {
    if (!byUser(e.nativeEvent)) return;
    const { hovered } = useAtlas.getState();
    if (hovered?.kind !== 'author' || hovered.index !== index) hover({ kind: 'author', index });
  };
  // a link that goes away (panel closed) while hovered or focused must not leave its author emphasised
  useEffect(
    () => () => {
      const { hovered, hover: setHover } = useAtlas.getState();
      if (hovered?.kind === 'author' && hovered.index === index) setHover(null);
    },
    [index],
  );
  return (
    <button
      type="button"
      className="link-button author-link"
      data-author={index}
      aria-label={about ? `${name[index]}, ${about}` : undefined}
      onClick={() => select({ kind: 'author', index })}
      onPointerOver={pointedAt}
      onPointerMove={pointedAt}
      // (a pointer event: it comes before the next button's `pointermove`, which a `mouseleave` followed, ending that hover)
      onPointerLeave={() => hover(null)}
      onFocus={() => hover({ kind: 'author', index })}
      onBlur={() => hover(null)}
    >
      <span className="dot" style={{ background: colors[index] }} aria-hidden="true" />
      {/* the full name on hover: a long one is cut short with an ellipsis ("Antonios Anasta…", a tester) */}
      <span className="author-name" title={name[index]}>
        {name[index]}
      </span>
      {suffix}
    </button>
  );
}

/**
 * The community a card's author or paper belongs to (`id`: the bundle's 0-based community id), as a chip:
 * "Community", its colour's dot and its name (`communityName`); a click frames the community on the canvas.
 */
export function CommunityChip({ id }: { id: number }) {
  const dataset = useAtlas((s) => s.dataset)!;
  const moveCamera = useAtlas((s) => s.moveCamera);
  const colors = useCommunityColors();
  const community = dataset.bundle.communities[id];
  return (
    <button
      type="button"
      className="chip"
      onClick={() => moveCamera({ kind: 'community', id })}
      title={`${communityName(community, id)}: show this community on the canvas`}
    >
      <span className="chip-kicker">Community</span>
      <span className="dot" style={{ background: colors[id] }} aria-hidden="true" />
      <span className="chip-text">{communityName(community, id)}</span>
    </button>
  );
}

/** Only http(s) links leave the app; anything else in a data file is shown as text. */
export function safeHref(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A DOI as Crossref describes it: "10.", a registrant code of digits (dots allowed), "/", a suffix without spaces. */
const DOI_SHAPE = /^10\.\d{4,9}(?:\.\d+)*\/\S+$/;

export function PaperLinks({ doi, url }: { doi: string | null; url: string | null }) {
  // Only a value shaped like a DOI ("10.<registrant>/<suffix>") becomes a doi.org link; anything else is shown as text.
  const bareDoi = doi ? doi.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '') : null;
  const doiHref = bareDoi && DOI_SHAPE.test(bareDoi) ? safeHref(`https://doi.org/${bareDoi}`) : null;
  const urlHref = url ? safeHref(url) : null;
  if (!doi && !urlHref) return null;
  return (
    <span className="paper-links">
      {doi && !doiHref && <span title="Not shaped like a DOI (10.xxxx/…), so not linked">DOI {doi}</span>}
      {doiHref && (
        <a href={doiHref} target="_blank" rel="noopener noreferrer">
          DOI {doi}
        </a>
      )}
      {urlHref && urlHref !== doiHref && (
        <a href={urlHref} target="_blank" rel="noopener noreferrer">
          Link
        </a>
      )}
    </span>
  );
}
