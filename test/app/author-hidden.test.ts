/**
 * Why the filters hide an author, and the change that shows them (panels/author-hidden.ts), on a map of six years
 * and several venues (Vincent Claveau's papers 2016–2021): each filter named in its words, and for every author under
 * many filter combinations, the change applied leaves them shown (graph/visibility.ts `computeVisibility`), changing
 * no filter that did not hide them.
 */
import { describe, expect, it } from 'vitest';
import { whyHidden, type FilterChange } from '../../src/app/panels/author-hidden';
import { computeVisibility, DEFAULT_FILTERS, type Filters } from '../../src/app/graph/visibility';
import { buildFiles, fixture } from '../core/helpers';

const bundle = buildFiles([fixture('claveau-2016-2021.jsonl')]).bundle;
const papersOf = (a: number) => bundle.papers.authors.flatMap((list, p) => (list.includes(a) ? [p] : []));

/** `filters` with `change` applied, as the card's button applies it (AuthorPanel.tsx `showOnMap`). */
function applied(filters: Filters, change: FilterChange): Filters {
  const hidden = new Set(filters.hiddenCommunities);
  if (change.community !== undefined) hidden.delete(change.community);
  return {
    ...filters,
    hiddenCommunities: hidden,
    years: change.clearYears ? null : filters.years,
    venues: change.clearVenues ? null : filters.venues,
    minPapers: change.minPapers ?? filters.minPapers,
    hideUnlinked: change.showUnlinked ? false : filters.hideUnlinked,
    ego: change.leaveEgo ? null : filters.ego,
  };
}

describe('why the filters hide an author', () => {
  const years = bundle.papers.year.filter((y): y is number => y !== null);
  const [first, last] = [Math.min(...years), Math.max(...years)];

  it('says each filter in its words, and its change', () => {
    // an author with papers in the first year only
    const early = bundle.authors.name.findIndex((_, a) => papersOf(a).every((p) => bundle.papers.year[p] === first));
    expect(early).toBeGreaterThanOrEqual(0);
    const community = bundle.authors.community[early]!;
    const filters: Filters = { ...DEFAULT_FILTERS, years: [last, last], hiddenCommunities: new Set([community]), minPapers: 3 };
    const why = whyHidden(bundle, filters, 'papers', early, papersOf(early));
    expect(why.reasons[0]).toMatch(/^their community, .+, is hidden$/);
    expect(why.reasons[1]).toBe(`no paper in ${last}`);
    const n = papersOf(early).length;
    if (n < 3) expect(why.reasons[2]).toBe(`${n} ${n === 1 ? 'paper' : 'papers'}, under the minimum of 3`);
    expect(why.change).toMatchObject({ community, clearYears: true, ...(n < 3 ? { minPapers: n } : {}) });
    // a shown author: nothing to say
    const some: Filters = { ...DEFAULT_FILTERS, years: [last - 1, last] };
    const shown = computeVisibility(bundle, some).author.findIndex((v) => v === 1);
    expect(shown).toBeGreaterThanOrEqual(0);
    expect(whyHidden(bundle, some, 'papers', shown, papersOf(shown))).toEqual({ reasons: [], change: {} });
  });

  it('a year range and venues: only the one that leaves them no paper is cleared', () => {
    const venueOf = (p: number) => bundle.papers.venue[p] ?? -1;
    // an author with a paper in the last year at a venue, and none in the first year
    for (let a = 0; a < bundle.authors.name.length; a++) {
      const ps = papersOf(a);
      const lastPaper = ps.find((p) => bundle.papers.year[p] === last);
      if (lastPaper === undefined) continue;
      const venue = venueOf(lastPaper);
      if (ps.some((p) => bundle.papers.year[p] === first)) continue;
      const filters: Filters = { ...DEFAULT_FILTERS, years: [first, first], venues: [venue] };
      const why = whyHidden(bundle, filters, 'papers', a, ps);
      expect(why.reasons).toHaveLength(1);
      expect(why.reasons[0]).toMatch(new RegExp(`^no paper in ${first} at `));
      // the venue alone keeps a paper of theirs: the years are cleared, the venue kept
      expect(why.change).toEqual({ clearYears: true });
      return;
    }
    throw new Error('no such author on the map');
  });

  it('the change shows every hidden author, under many filter combinations, in both views', () => {
    const communities = bundle.communities.length;
    const venues = [...new Set(bundle.papers.venue.filter((v): v is number => v !== null))].slice(0, 3);
    const combos: Filters[] = [];
    for (const range of [null, [first, first], [last - 1, last]] as const)
      for (const venue of [null, venues.slice(0, 1), venues] as const)
        for (const minPapers of [1, 2, 4])
          for (const hide of [[], [0], [1, 2].filter((c) => c < communities)])
            for (const hideUnlinked of [false, true])
              combos.push({ ...DEFAULT_FILTERS, years: range, venues: venue, minPapers, hiddenCommunities: new Set(hide), hideUnlinked });
    let checked = 0;
    for (const view of ['papers', 'coauthors'] as const) {
      for (const filters of combos) {
        const shown = computeVisibility(bundle, filters, view).author;
        shown.forEach((v, a) => {
          if (v === 1) return;
          const why = whyHidden(bundle, filters, view, a, papersOf(a));
          expect(why.reasons.length, `author ${a}`).toBeGreaterThan(0);
          const after = computeVisibility(bundle, applied(filters, why.change), view).author;
          // (a link under "hide unlinked" may need another author shown first: the card then clears what is left)
          if (!(view === 'coauthors' && filters.hideUnlinked)) expect(after[a], `author ${a} under ${JSON.stringify({ ...filters, hiddenCommunities: [...filters.hiddenCommunities] })}`).toBe(1);
          checked++;
        });
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
