/**
 * A community's top authors as its card lists them: the build's ten by total link strength
 * (`communities[id].topAuthors`, see `topAuthorsByCommunity` in core/analyse/metrics.ts), each with how many of
 * their papers sit in this community, most first. A reader compares the counts shown; those were each author's
 * papers in the whole map before, so an author with 30 papers elsewhere and 2 here topped a card about a topic
 * they barely wrote on.
 */
import { authorPaperIndex, row } from '../bundle/indices';
import type { Bundle } from '../bundle/types';
import type { PaperSlice } from './time-slice';

export interface CommunityAuthor {
  /** Author index. */
  author: number;
  /** Their papers in this community (a paper's community is the one the build gave its node). */
  here: number;
  /** Their papers in the whole map. */
  all: number;
}

/**
 * The top authors of community `id` of `bundle` with their papers here and in all, sorted by papers here
 * (descending), ties in the build's order (total link strength). An unknown community id gives an empty list.
 */
export function communityTopAuthors(bundle: Bundle, id: number): CommunityAuthor[] {
  const index = authorPaperIndex(bundle);
  const community = bundle.papers.community;
  return (bundle.communities[id]?.topAuthors ?? [])
    .map((author, order) => {
      const papers = row(index, author);
      let here = 0;
      for (const p of papers) if (community[p] === id) here++;
      return { author, here, all: papers.length, order };
    })
    .sort((x, y) => y.here - x.here || x.order - y.order)
    .map(({ author, here, all }) => ({ author, here, all }));
}

/** Authors a card lists at most under a year range (the build keeps ten per community for the whole record). */
export const RANGE_TOP_AUTHORS = 10;

/**
 * Under a year range or venues (`slice`, core/queries/time-slice.ts): the community's top authors in it, as the card lists
 * them: of the authors of community `id` (their community is the whole record's) with a paper in the range, the
 * `RANGE_TOP_AUTHORS` with the most total link strength in it (`slice.strength`; ties: more papers in the range,
 * then index), each with their papers of the range in this community (`here`) and in all (`all`), sorted by `here`
 * (descending), ties in that order. One pass over the authors and one over each listed author's papers; an unknown
 * community id gives an empty list.
 */
export function communityTopAuthorsInRange(bundle: Bundle, id: number, slice: PaperSlice): CommunityAuthor[] {
  if (!bundle.communities[id]) return [];
  const { community } = bundle.authors;
  const members: number[] = [];
  for (let a = 0; a < community.length; a++) if (community[a] === id && slice.papers[a]! > 0) members.push(a);
  members.sort((x, y) => slice.strength[y]! - slice.strength[x]! || slice.papers[y]! - slice.papers[x]! || x - y);
  const index = authorPaperIndex(bundle);
  const paperCommunity = bundle.papers.community;
  const { inSlice } = slice;
  return members
    .slice(0, RANGE_TOP_AUTHORS)
    .map((author, order) => {
      let here = 0;
      for (const p of row(index, author)) if (paperCommunity[p] === id && inSlice[p] === 1) here++;
      return { author, here, all: slice.papers[author]!, order };
    })
    .sort((x, y) => y.here - x.here || x.order - y.order)
    .map(({ author, here, all }) => ({ author, here, all }));
}
