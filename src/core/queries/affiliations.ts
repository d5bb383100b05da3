import type { Bundle } from '../bundle/types';

/** One organisation (with its country) an author was at, and on how many of their papers. */
export interface AuthorAffiliation {
  org: string | null;
  country: string | null;
  /** Papers of this author that give this organisation and country for them. */
  papers: number;
  /** Latest year among those papers (null when none has a year). */
  lastYear: number | null;
}

/**
 * Where an author was, as the inputs state it (bundle format 2 `affiliations`): each distinct organisation +
 * country over `papers` (the author's paper indices), most papers first, then most recent. Empty for bundles
 * without affiliations (format 1, or inputs that carry none) and for authorships with neither part known.
 */
export function authorAffiliations(bundle: Bundle, author: number, papers: readonly number[]): AuthorAffiliation[] {
  const aff = bundle.affiliations;
  if (!aff) return [];
  const byKey = new Map<string, AuthorAffiliation>();
  for (const p of papers) {
    const k = bundle.papers.authors[p]?.indexOf(author) ?? -1;
    if (k < 0) continue;
    const o = aff.org[p]?.[k] ?? null;
    const c = aff.country[p]?.[k] ?? null;
    if (o == null && c == null) continue;
    const key = `${o}|${c}`;
    const year = bundle.papers.year[p] ?? null;
    const entry = byKey.get(key);
    if (entry) {
      entry.papers++;
      if (year != null && (entry.lastYear == null || year > entry.lastYear)) entry.lastYear = year;
    } else byKey.set(key, { org: o == null ? null : aff.orgs[o]!, country: c == null ? null : aff.countries[c]!, papers: 1, lastYear: year });
  }
  return [...byKey.values()].sort((a, b) => b.papers - a.papers || (b.lastYear ?? -Infinity) - (a.lastYear ?? -Infinity));
}
