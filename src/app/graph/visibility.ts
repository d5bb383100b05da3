/** Which authors and papers the filters leave on the canvas and in search. */
import type { Bundle } from '../../core/bundle/types';

export interface Filters {
  hiddenCommunities: ReadonlySet<number>;
  minPapers: number;
  showPapers: boolean;
  /** Only papers from these years (inclusive) and their authors; null: every paper, with or without a year. */
  years: readonly [number, number] | null;
}

export const DEFAULT_FILTERS: Filters = { hiddenCommunities: new Set(), minPapers: 1, showPapers: true, years: null };

export interface Visibility {
  author: Uint8Array;
  paper: Uint8Array;
  authorCount: number;
  paperCount: number;
}

/** Papers with a year inside `years`, and the authors of at least one of them. */
function inYears(bundle: Bundle, years: readonly [number, number]): { author: Uint8Array; paper: Uint8Array } {
  const paper = new Uint8Array(bundle.papers.title.length);
  const author = new Uint8Array(bundle.authors.name.length);
  bundle.papers.year.forEach((y, p) => {
    if (y === null || y < years[0] || y > years[1]) return;
    paper[p] = 1;
    for (const a of bundle.papers.authors[p]) author[a] = 1;
  });
  return { author, paper };
}

/**
 * An author is visible when their community is shown, they have at least `minPapers` papers and,
 * with a year range, at least one paper in it. A paper is visible when papers are shown, its
 * community is shown, it is in the year range (if any) and one of its authors is visible.
 */
export function computeVisibility(bundle: Bundle, filters: Filters): Visibility {
  const { community, paperCount } = bundle.authors;
  const range = filters.years ? inYears(bundle, filters.years) : null;
  const author = new Uint8Array(community.length);
  let authorCount = 0;
  for (let i = 0; i < author.length; i++) {
    if (range && range.author[i] === 0) continue;
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
      if (filters.hiddenCommunities.has(paperCommunity[p]) || (range && range.paper[p] === 0)) continue;
      if (authors[p].some((a) => author[a] === 1)) {
        paper[p] = 1;
        visiblePapers++;
      }
    }
  }
  return { author, paper, authorCount, paperCount: visiblePapers };
}
