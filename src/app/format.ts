/** How the explorer writes counts: thousands separated, and the noun in the number it needs. */
import pluralize from 'pluralize';
/** "A, B and C" (core/text/list-words.ts: the core's sentences use it too). */
export { listWords } from '../core/text/list-words';
/** "1,234", "2 papers" (core/text/count-words.ts: the core's venue words use them too). */
import { count, countOf } from '../core/text/count-words';
export { count, countOf };

/** The noun alone in the right number for `x` (`plural('paper', 1)` → "paper"), where the count is shown apart. */

export function plural(noun: string, x: number): string {
  return pluralize(noun, x);
}

/** How a community is named on screen, and "Community N" (core/text/community-name.ts: the core's filter words use them too). */
import { communityName, communityNumber } from '../core/text/community-name';
export { communityName, communityNumber };

/**
 * A betweenness as the Rankings table shows it, on a phone as on a desktop, in one fixed format: `v` is the share
 * (0–1) of shortest co-author chains between other authors that pass through an author (the centrality worker's
 * value), written in per cent with two decimals, the column's heading saying "%" ("2.81", "0.69", "0.01"); above
 * 0 but under 0.005% it is "<0.01", and 0 (and anything not above 0, NaN included) is "0". Every value is then
 * read the same way and compared at a glance (a tester saw "6.9e-3" next to "0.028"), and none but 100% is over
 * five characters (the phone's number column is 54 px at 360 px: "22.32%" with its sign was cut). Throws nothing.
 */
export function formatBetweenness(v: number): string {
  if (!(v > 0)) return '0';
  const pct = v * 100;
  return pct < 0.005 ? '<0.01' : pct.toFixed(2);
}

/**
 * The title of what is shown (the tab's title, a shared link's title on a phone's share sheet): the open card's
 * subject and the map, "Iryna Gurevych · acl_2016_2021_all — Coauthor Atlas" (an author's or a paper's card, a
 * community's), else the map alone; "Coauthor Atlas" with no map. A link sent from a card named only the map and
 * the reader could not tell whom it was about (a tester). A paper's title is cut to 80 characters.
 * @param mapName the open map's name, or null
 * @param bundle the open map's authors' names, papers' titles and communities (label, terms), or null
 * @param selection the open card (store `selection`), or null
 */
export function viewTitle(
  mapName: string | null,
  bundle: { authors: { name: readonly string[] }; papers: { title: readonly string[] }; communities: readonly { label?: string | null; terms?: readonly string[] }[] } | null,
  selection: { kind: string; index?: number; id?: number } | null,
): string {
  if (mapName === null) return 'Coauthor Atlas';
  let subject: string | undefined;
  if (bundle && selection?.kind === 'author' && selection.index !== undefined) subject = bundle.authors.name[selection.index];
  else if (bundle && selection?.kind === 'paper' && selection.index !== undefined) {
    const title = bundle.papers.title[selection.index];
    subject = title && title.length > 80 ? `${title.slice(0, 79).trimEnd()}…` : title;
  } else if (bundle && selection?.kind === 'community' && selection.id !== undefined && selection.id < bundle.communities.length) {
    subject = communityName(bundle.communities[selection.id], selection.id);
  }
  return subject ? `${subject} · ${mapName} — Coauthor Atlas` : `${mapName} — Coauthor Atlas`;
}
