/**
 * The passes over every author and paper on the first frame's path (issue 12), rewritten as typed-array loops:
 * they say exactly what the plain versions said, on the 3k ACL build (the filters with hidden communities,
 * a paper minimum and a year range; the community label extents with and without a filter).
 */
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/core/bundle/types';
import { communityExtents } from '../../src/app/graph/label-placement';
import { computeVisibility, DEFAULT_FILTERS, visibilityFor, type Filters } from '../../src/app/graph/visibility';
import { aclMain } from '../core/helpers';

/** The extents as label-placement.ts computed them before (an array per community, sorted with a comparator). */
function plainExtents(bundle: Bundle, visible: Uint8Array | null): number[] {
  const n = bundle.communities.length;
  const out: number[] = [];
  for (let c = 0; c < n; c++) {
    const xs: number[] = [];
    const ys: number[] = [];
    bundle.authors.community.forEach((k, a) => {
      if (k === c && (!visible || visible[a] === 1)) {
        xs.push(bundle.authors.x[a]);
        ys.push(bundle.authors.y[a]);
      }
    });
    if (xs.length === 0) {
      out.push(Infinity, Infinity, -Infinity, -Infinity);
      continue;
    }
    xs.sort((p, q) => p - q);
    ys.sort((p, q) => p - q);
    const lo = xs.length >= 10 ? Math.floor(xs.length * 0.1) : 0;
    const hi = xs.length - 1 - lo;
    out.push(xs[lo], ys[lo], xs[hi], ys[hi]);
  }
  return out;
}

/** Visibility as its definition says it, one author and paper at a time. */
function plainVisibility(bundle: Bundle, f: Filters) {
  const inRange = (y: number | null) => !f.years || (y !== null && y >= f.years[0] && y <= f.years[1]);
  const authorInRange = new Uint8Array(bundle.authors.name.length);
  bundle.papers.authors.forEach((list, p) => {
    if (inRange(bundle.papers.year[p])) for (const a of list) authorInRange[a] = 1;
  });
  const author = bundle.authors.name.map((_, a) =>
    (!f.years || authorInRange[a] === 1) && !f.hiddenCommunities.has(bundle.authors.community[a]) && bundle.authors.paperCount[a] >= f.minPapers ? 1 : 0,
  );
  const paper = bundle.papers.title.map((_, p) =>
    !f.hiddenCommunities.has(bundle.papers.community[p]) && inRange(bundle.papers.year[p]) && bundle.papers.authors[p].some((a) => author[a] === 1) ? 1 : 0,
  );
  return { author, paper };
}

describe('first-frame passes over every node', () => {
  const { bundle } = aclMain();

  it('visibility with hidden communities, a paper minimum and a year range is the definition’s', () => {
    const filters: Filters = { ...DEFAULT_FILTERS, hiddenCommunities: new Set([0, 3, 7]), minPapers: 2, years: [2020, 2020] };
    const v = computeVisibility(bundle, filters);
    const plain = plainVisibility(bundle, filters);
    expect(Array.from(v.author)).toEqual(plain.author);
    expect(Array.from(v.paper)).toEqual(plain.paper);
    expect(v.authorCount).toBe(plain.author.filter((x) => x === 1).length);
    expect(v.paperCount).toBe(plain.paper.filter((x) => x === 1).length);
    // something is hidden and something is shown: the comparison says something
    expect(v.authorCount).toBeGreaterThan(0);
    expect(v.authorCount).toBeLessThan(bundle.authors.name.length);
  });

  it('visibilityFor gives the same visibility, the last one again for the same filters and view', () => {
    const first = visibilityFor(bundle, DEFAULT_FILTERS, 'papers');
    expect(first).toEqual(computeVisibility(bundle, DEFAULT_FILTERS, 'papers'));
    expect(visibilityFor(bundle, DEFAULT_FILTERS, 'papers')).toBe(first);
    expect(visibilityFor(bundle, DEFAULT_FILTERS, 'coauthors')).not.toBe(first);
    expect(visibilityFor(bundle, { ...DEFAULT_FILTERS }, 'papers')).not.toBe(first);
  });

  it('community label extents are the plain sort’s, unfiltered and filtered', () => {
    expect(Array.from(communityExtents(bundle, null))).toEqual(plainExtents(bundle, null));
    const v = computeVisibility(bundle, { ...DEFAULT_FILTERS, minPapers: 2, hiddenCommunities: new Set([1]) });
    expect(Array.from(communityExtents(bundle, v.author))).toEqual(plainExtents(bundle, v.author));
  });
});

describe('the bundle check warmed while the bundle downloads', () => {
  it('the made-up warm-up bundle is a valid bundle (so warming runs the whole check, not its first failure)', async () => {
    const { warmUpBundle } = await import('../../src/app/data/warm-check');
    const { bundleProblem } = await import('../../src/core/bundle/schema');
    expect(bundleProblem(warmUpBundle())).toBeNull();
    expect(bundleProblem(warmUpBundle(64))).toBeNull();
  });
});
