/**
 * The review list's name filter (ReviewPanel.tsx): what a user types, matched against the names of each entry as the
 * search folds names (core/names/parse-name.ts `foldText`: case, accents and letters like "ø" folded), so "sogaard"
 * finds "Anders Søgaard" and "BALDWIN" finds "Tim Baldwin / Timothy Baldwin". A tester could not find a name among the
 * 30k map's 620 pairs.
 */
import { foldText } from '../../../core/names/parse-name';
import { countOf } from '../../format';

/** `text` folded (`foldText`) with every run of punctuation and spaces made one space, trimmed. */
function folded(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * A test of names against the query `query`: true when one of the names holds every word of the query (in any
 * order, each as a part of a word: "tim bald" finds "Timothy Baldwin"). An empty query (nothing but spaces or
 * punctuation) matches every entry. Throws nothing.
 */
export function nameFilter(query: string): (names: readonly string[]) => boolean {
  const words = folded(query).split(' ').filter(Boolean);
  if (words.length === 0) return () => true;
  return (names) =>
    names.some((name) => {
      const f = folded(name);
      return words.every((w) => f.includes(w));
    });
}

/**
 * The review list's name filter in words: how many of the pairs and of the names that may be several people are
 * shown (`[shown, all]` each), "3 of 620 pairs · 1 of 5 names that may be several people", or that none matches
 * `query`; `decided` true when a decision listed under Accepted (a merge or split, applied, pending or undone) names
 * `query`: the "none matches" line then points there (it said "No pair or name matches “Bojar”" over the accepted
 * Bojar merge, a tester: an applied merge's pair leaves the list). Throws nothing.
 */
export function filterCountText(query: string, pairs: readonly [number, number], names: readonly [number, number], decided = false): string {
  const parts = [
    pairs[1] > 0 && `${pairs[0]} of ${countOf(pairs[1], 'pair')}`,
    names[1] > 0 && `${names[0]} of ${countOf(names[1], 'name')} that may be several people`,
  ].filter((p): p is string => typeof p === 'string');
  if (pairs[0] + names[0] > 0) return parts.join(' · ');
  const all = [pairs[1] > 0 && countOf(pairs[1], 'pair'), names[1] > 0 && `${countOf(names[1], 'name')} that may be several people`].filter(Boolean);
  const none = `No ${decided ? 'open ' : ''}pair or name matches “${query.trim()}”${all.length ? ` (of ${all.join(' and ')})` : ''}`;
  return decided ? `${none}; your decisions under Accepted below name it.` : `${none}.`;
}

/**
 * The count line while the review list is still being narrowed to `query` (the text in the box; the list follows the
 * keys a render later, deferred: the 70k map's 2,129 cards): "Finding “Manning”…", or "Showing the whole list…" when
 * the box was emptied. Said in place of a count, which would be the earlier text's. Throws nothing.
 */
export function filterPendingText(query: string): string {
  return query.trim() ? `Finding “${query.trim()}”…` : 'Showing the whole list…';
}
