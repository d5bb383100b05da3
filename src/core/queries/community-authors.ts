/**
 * A community's top authors as its card lists them: the build's ten by total link strength
 * (`communities[id].topAuthors`, see `topAuthorsByCommunity` in core/analyse/metrics.ts), each with how many of
 * their papers sit in this community, most first. A reader compares the counts shown; those were each author's
 * papers in the whole map before, so an author with 30 papers elsewhere and 2 here topped a card about a topic
 * they barely wrote on.
 */
import { authorPaperIndex, row } from '../bundle/indices';
import type { Bundle } from '../bundle/types';

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
