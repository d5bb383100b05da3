/** Where the author card's "N more in the review list" opens that list (features/whoiswho/SynonymSection.tsx). */
import type { SamePersonSuggestion } from '../../../core/queries/synonyms';
import type { ReviewPlace } from '../../url/url-state';

/** At most this many suggestions on one author card (the review list has them all). */
export const SHOWN = 3;

/**
 * Where "N more in the review list" opens the list: at the first of this author's suggestions the card leaves out
 * (`mine`, in the review list's order, most likely first, more than SHOWN of them), so the list shows the pairs
 * the card did not, from the first (it opened at the list's top, a tester). Throws when nothing was left out.
 */
export function morePlace(mine: readonly Pick<SamePersonSuggestion, 'keep' | 'merge'>[]): ReviewPlace {
  const first = mine[SHOWN];
  if (!first) throw new Error(`morePlace: ${mine.length} suggestions, none left out of the card's ${SHOWN}`);
  return { a: first.keep, b: first.merge };
}
