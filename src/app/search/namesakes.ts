/**
 * What tells apart authors whose names read the same in a list of results (two people "Thomas Müller" in a
 * Scopus export, kept apart by their Scopus author ids): the results showed the same name twice, differing only
 * by paper count.
 */
import type { Bundle } from '../../core/bundle/types';
import { foldText } from '../../core/names/parse-name';

/** A name as read: case, accents and punctuation aside ("Thomas MÜLLER" and "Thomas Müller" read the same). */
const asRead = (name: string): string => foldText(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * A short text for each author in `shown` whose name reads the same as another's in `shown` (case and accents
 * aside): the co-author they share most papers with ("with Anna Schmidt", or "no co-author"), then their years
 * ("2012–2020"); when that still reads the same for two of them, their cluster's name too, then their ORCID when
 * the bundle has one. Authors without a namesake in `shown` get nothing.
 *
 * The co-author and the years are the whole record's, under a year range too: they tell two people apart by
 * what each has done (under a range of a year or two both namesakes often have the same year and no co-author
 * apart), so with a range set the text says "all years" (`rangeSet`), beside a paper count that is the range's.
 * @param bundle the open map's bundle (names, years, clusters, ORCIDs)
 * @param shown author indices, as listed (duplicates are ignored)
 * @param coauthorsOf an author's co-authors, most shared papers first (`Dataset.coauthorsOf`)
 * @param papersOf an author's paper indices (`Dataset.papersOf`)
 * @param rangeSet true when the map shows a year range: each text ends in " (all years)"
 * @returns author index → text, only for authors with a namesake in `shown`; never throws for indices in the bundle
 */
export function namesakeHints(
  bundle: Bundle,
  shown: readonly number[],
  coauthorsOf: (author: number) => readonly { author: number }[],
  papersOf: (author: number) => readonly number[],
  rangeSet = false,
): Map<number, string> {
  const { name, community, orcid } = bundle.authors;
  const byName = new Map<string, number[]>();
  for (const a of new Set(shown)) {
    const key = asRead(name[a]!);
    const group = byName.get(key);
    if (group) group.push(a);
    else byName.set(key, [a]);
  }
  const hints = new Map<number, string>();
  for (const [key, group] of byName) {
    if (group.length < 2) continue;
    const parts = new Map<number, string[]>();
    for (const a of group) {
      // a co-author of the same name (the namesake itself) would not tell them apart
      const top = coauthorsOf(a).find((c) => asRead(name[c.author]!) !== key);
      const years = papersOf(a)
        .map((p) => bundle.papers.year[p])
        .filter((y): y is number => y !== null && y !== undefined);
      const first = Math.min(...years);
      const last = Math.max(...years);
      const span = years.length === 0 ? [] : [first === last ? `${first}` : `${first}–${last}`];
      parts.set(a, [top ? `with ${name[top.author]}` : 'no co-author', ...span]);
    }
    // more only where two still read the same
    const more: ((a: number) => string | null)[] = [(a) => bundle.communities[community[a]!]?.label ?? null, (a) => (orcid[a] ? `ORCID ${orcid[a]}` : null)];
    for (const extra of more) {
      const texts = group.map((a) => parts.get(a)!.join(' · '));
      if (new Set(texts).size === texts.length) break;
      for (const a of group) {
        const text = parts.get(a)!.join(' · ');
        const x = extra(a);
        if (x && texts.indexOf(text) !== texts.lastIndexOf(text)) parts.get(a)!.push(x);
      }
    }
    for (const a of group) hints.set(a, parts.get(a)!.join(' · ') + (rangeSet ? ' (all years)' : ''));
  }
  return hints;
}
