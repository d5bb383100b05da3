/** Which authors and papers the filters leave on the canvas and in search. */
import type { Bundle } from '../../core/bundle/types';

export interface Filters {
  hiddenCommunities: ReadonlySet<number>;
  minPapers: number;
  showPapers: boolean;
}

export const DEFAULT_FILTERS: Filters = { hiddenCommunities: new Set(), minPapers: 1, showPapers: true };

export interface Visibility {
  author: Uint8Array;
  paper: Uint8Array;
  authorCount: number;
  paperCount: number;
}

/**
 * An author is visible when their community is shown and they have at least `minPapers` papers.
 * A paper is visible when papers are shown, its community is shown and one of its authors is visible.
 */
export function computeVisibility(bundle: Bundle, filters: Filters): Visibility {
  const { community, paperCount } = bundle.authors;
  const author = new Uint8Array(community.length);
  let authorCount = 0;
  for (let i = 0; i < author.length; i++) {
    if (!filters.hiddenCommunities.has(community[i]) && paperCount[i] >= filters.minPapers) {
      author[i] = 1;
      authorCount++;
    }
  }
  const paper = new Uint8Array(bundle.papers.title.length);
  let visiblePapers = 0;
  if (filters.showPapers) {
    const { authors, community: paperCommunity } = bundle.papers;
    for (let p = 0; p < paper.length; p++) {
      if (filters.hiddenCommunities.has(paperCommunity[p])) continue;
      if (authors[p].some((a) => author[a] === 1)) {
        paper[p] = 1;
        visiblePapers++;
      }
    }
  }
  return { author, paper, authorCount, paperCount: visiblePapers };
}
