/** A community card's top authors: counted by their papers in that community, most first. */
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../src/core/bundle/types';
import { communityTopAuthors } from '../../../src/core/queries/community-authors';

/** The parts of a bundle the query reads: author names (for the count), bylines, paper communities, top authors. */
function bundleOf(names: string[], bylines: number[][], paperCommunity: number[], topAuthors: number[][]): Bundle {
  return {
    authors: { name: names },
    papers: { authors: bylines, community: paperCommunity },
    communities: topAuthors.map((t) => ({ topAuthors: t })),
  } as unknown as Bundle;
}

describe('community top authors', () => {
  // Prolific Pat (0) wrote 4 papers in community 1 and one in community 0; Quinn (1) wrote 2 in community 0.
  const bundle = bundleOf(
    ['Prolific Pat', 'Quinn Doe', 'Rae Roe'],
    [[0, 1], [1, 2], [0], [0], [0], [0, 2]],
    [0, 0, 1, 1, 1, 1],
    [[0, 1, 2], [0, 2]],
  );

  it('counts papers in the community, not in the whole map, and lists the most papers here first', () => {
    expect(communityTopAuthors(bundle, 0)).toEqual([
      { author: 1, here: 2, all: 2 },
      { author: 0, here: 1, all: 5 },
      { author: 2, here: 1, all: 2 },
    ]);
  });

  it("keeps the build's order (total link strength) between authors with as many papers here", () => {
    expect(communityTopAuthors(bundle, 1).map((a) => [a.author, a.here])).toEqual([
      [0, 4],
      [2, 1],
    ]);
  });

  it('gives nothing for a community the bundle does not have', () => {
    expect(communityTopAuthors(bundle, 7)).toEqual([]);
  });
});
