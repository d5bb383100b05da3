/** The people a name may stand for: its paper groups joined by cluster (see core/analyse/homonyms.ts). */
import { splitPersonCandidates, type PaperGroup, type PersonSplit } from '../../../core/queries/homonyms';
import type { Bundle } from '../../../core/bundle/types';

/** One group per cluster (groups whose co-authors are connected without the person are one person), largest first. */
export function peopleBehind(bundle: Bundle, author: number): PersonSplit {
  const split = splitPersonCandidates(bundle, author);
  const merged: PaperGroup[] = [];
  const seen: Set<number>[] = [];
  for (const g of split.groups) {
    const into = (merged[g.cluster] ??= { papers: [], coauthors: [], cluster: g.cluster });
    const known = (seen[g.cluster] ??= new Set());
    into.papers.push(...g.papers);
    for (const c of g.coauthors) if (!known.has(c)) (known.add(c), into.coauthors.push(c));
  }
  for (const g of merged) g.papers.sort((x, y) => x - y);
  merged.sort((x, y) => y.papers.length - x.papers.length || x.papers[0] - y.papers[0]);
  return { ...split, groups: merged };
}

