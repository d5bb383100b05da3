/**
 * Why the filters hide an author, and the change that shows them (panels/hidden-by-filters.ts), on a map of six years
 * and several venues (Vincent Claveau's papers 2016–2021): each filter named in its words, and for every author under
 * many filter combinations, the change applied leaves them shown (graph/visibility.ts `computeVisibility`), changing
 * no filter that did not hide them.
 */
import { describe, expect, it } from 'vitest';
import { whyHidden, whyPairHidden, whyPaperHidden, type FilterChange } from '../../src/app/panels/hidden-by-filters';
import { computeVisibility, DEFAULT_FILTERS, filtersHide, type Filters } from '../../src/app/graph/visibility';
import { buildFiles, fixture } from '../core/helpers';

const bundle = buildFiles([fixture('claveau-2016-2021.jsonl')]).bundle;
const papersOf = (a: number) => bundle.papers.authors.flatMap((list, p) => (list.includes(a) ? [p] : []));

/** `filters` with `change` applied, as the card's button applies it (hidden-by-filters.ts `showOnMap`). */
function applied(filters: Filters, change: FilterChange): Filters {
  const hidden = new Set(filters.hiddenCommunities);
  for (const c of change.communities ?? []) hidden.delete(c);
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
    expect(why.change).toMatchObject({ communities: [community], clearYears: true, ...(n < 3 ? { minPapers: n } : {}) });
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

describe('why the filters hide a paper', () => {
  const years = bundle.papers.year.filter((y): y is number => y !== null);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const shownBy = (filters: Filters) => {
    const v = computeVisibility(bundle, filters);
    return (a: number) => v.author[a] === 1;
  };

  it('says its year range, its community and its authors in words, and the change', () => {
    const paper = bundle.papers.year.findIndex((y) => y === first);
    const filters: Filters = { ...DEFAULT_FILTERS, years: [last, last] };
    const why = whyPaperHidden(bundle, filters, 'papers', paper, shownBy(filters), papersOf);
    expect(why.reasons[0]).toBe(`not in ${last}`);
    // (its authors with a paper in the last year are shown once the years are cleared: no more to change)
    expect(why.change).toEqual({ clearYears: true });
    const community = bundle.papers.community[paper]!;
    const hidden: Filters = { ...DEFAULT_FILTERS, hiddenCommunities: new Set([community]) };
    expect(whyPaperHidden(bundle, hidden, 'papers', paper, shownBy(hidden), papersOf).reasons[0]).toMatch(/^its community, .+, is hidden$/);
    // a minimum of papers none of its authors reaches: the author easiest to show is named, the minimum lowered to theirs
    const most = Math.max(...bundle.papers.authors[paper]!.map((a) => papersOf(a).length));
    const strict: Filters = { ...DEFAULT_FILTERS, minPapers: most + 1 };
    const byMinimum = whyPaperHidden(bundle, strict, 'papers', paper, shownBy(strict), papersOf);
    expect(byMinimum.reasons.at(-1)).toMatch(new RegExp(`(its author is hidden|none of its \\d+ authors is shown \\(.+): ${most} papers?, under the minimum of ${most + 1}\\)?$`));
    expect(byMinimum.change).toEqual({ minPapers: most });
    // a shown paper: nothing to say
    const some: Filters = { ...DEFAULT_FILTERS, years: [first, first] };
    expect(whyPaperHidden(bundle, some, 'papers', paper, shownBy(some), papersOf)).toEqual({ reasons: [], change: {} });
  });

  it('a paper whose authors sit in two hidden communities: the change shows both (it showed only its own)', () => {
    // "only this community" with a minimum of papers: paper 9 of the fixture is of one community, its five authors of
    // two; the four of its own community under the minimum, Vincent Claveau (18 papers) of another. The card named
    // both communities and its button showed only the paper's (then, the paper still hidden, cleared every filter).
    const n = bundle.communities.length;
    let twos = 0;
    for (let only = 0; only < n; only++)
      for (const minPapers of [2, 3, 4, 6]) {
        const filters: Filters = { ...DEFAULT_FILTERS, minPapers, hiddenCommunities: new Set([...Array(n).keys()].filter((c) => c !== only)) };
        const v = computeVisibility(bundle, filters);
        bundle.papers.title.forEach((_, p) => {
          if (!filtersHide(bundle, true, v, { kind: 'paper', index: p })) return;
          const why = whyPaperHidden(bundle, filters, 'papers', p, (a) => v.author[a] === 1, papersOf);
          const after = computeVisibility(bundle, applied(filters, why.change));
          expect(filtersHide(bundle, true, after, { kind: 'paper', index: p }), `paper ${p} with only community ${only}, minimum ${minPapers}: ${why.reasons.join('; ')}`).toBe(false);
          // each community the words say is hidden is one the change shows, and no other
          const named = why.reasons.join('; ').match(/community, [^,]+, is hidden/g) ?? [];
          expect(why.change.communities ?? [], why.reasons.join('; ')).toHaveLength(named.length);
          if ((why.change.communities ?? []).length === 2) twos++;
        });
      }
    expect(twos).toBeGreaterThan(0);
  });

  it('the change shows every hidden paper, under many filter combinations', () => {
    const communities = bundle.communities.length;
    const venues = [...new Set(bundle.papers.venue.filter((v): v is number => v !== null))].slice(0, 3);
    let checked = 0;
    for (const range of [null, [first, first], [last - 1, last]] as const)
      for (const venue of [null, venues.slice(0, 1), venues] as const)
        for (const minPapers of [1, 2, 4])
          for (const hide of [[], [0], [1, 2].filter((c) => c < communities)])
            for (const showPapers of [true, false]) {
              const filters: Filters = { ...DEFAULT_FILTERS, years: range, venues: venue, minPapers, hiddenCommunities: new Set(hide), showPapers };
              const v = computeVisibility(bundle, filters);
              bundle.papers.title.forEach((_, p) => {
                if (!filtersHide(bundle, showPapers, v, { kind: 'paper', index: p })) return;
                const why = whyPaperHidden(bundle, filters, 'papers', p, (a) => v.author[a] === 1, papersOf);
                expect(why.reasons.length, `paper ${p}`).toBeGreaterThan(0);
                const after = computeVisibility(bundle, applied(filters, why.change));
                expect(filtersHide(bundle, showPapers, after, { kind: 'paper', index: p }), `paper ${p} under ${JSON.stringify({ ...filters, hiddenCommunities: [...filters.hiddenCommunities] })}: ${why.reasons.join('; ')}`).toBe(false);
                checked++;
              });
            }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('why the filters hide a pair of the review list', () => {
  const years = bundle.papers.year.filter((y): y is number => y !== null);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const shownBy = (v: ReturnType<typeof computeVisibility>) => (a: number) => v.author[a] === 1;
  const names = bundle.authors.name;

  it('says who is hidden and why; nothing while both are shown', () => {
    // two authors of different communities
    const a = 0;
    const b = bundle.authors.community.findIndex((c) => c !== bundle.authors.community[a]);
    expect(b).toBeGreaterThan(0);
    expect(whyPairHidden(bundle, DEFAULT_FILTERS, 'papers', [a, b], shownBy(computeVisibility(bundle, DEFAULT_FILTERS)), papersOf)).toBeNull();
    // one of them hidden: named, with their reasons
    const one: Filters = { ...DEFAULT_FILTERS, hiddenCommunities: new Set([bundle.authors.community[b]!]) };
    const onlyB = whyPairHidden(bundle, one, 'papers', [a, b], shownBy(computeVisibility(bundle, one)), papersOf)!;
    expect(onlyB.lead).toBe(`${names[b]} is hidden on the map by the filters`);
    expect(onlyB.reasons).toEqual([expect.stringMatching(/^their community, .+, is hidden$/)]);
    expect(onlyB.change).toEqual({ communities: [bundle.authors.community[b]] });
    // both, for different reasons: each named with theirs, the change showing both communities
    const both: Filters = { ...DEFAULT_FILTERS, hiddenCommunities: new Set([bundle.authors.community[a]!, bundle.authors.community[b]!]) };
    const two = whyPairHidden(bundle, both, 'papers', [a, b], shownBy(computeVisibility(bundle, both)), papersOf)!;
    expect(two.lead).toBe('Both are hidden on the map by the filters');
    expect(two.reasons).toEqual([expect.stringMatching(new RegExp(`^for ${names[a]}, their community, .+, is hidden$`)), expect.stringMatching(new RegExp(`^for ${names[b]}, their community, .+, is hidden$`))]);
    expect(new Set(two.change.communities)).toEqual(new Set([bundle.authors.community[a], bundle.authors.community[b]]));
    // both, for the same reason: said once
    const a2 = bundle.authors.name.findIndex((_, x) => x !== a && bundle.authors.community[x] === bundle.authors.community[a]);
    const same: Filters = { ...DEFAULT_FILTERS, hiddenCommunities: new Set([bundle.authors.community[a]!]) };
    const once = whyPairHidden(bundle, same, 'papers', [a, a2], shownBy(computeVisibility(bundle, same)), papersOf)!;
    expect(once).toEqual({ lead: 'Both are hidden on the map by the filters', reasons: [expect.stringMatching(/^their community, .+, is hidden$/)], change: { communities: [bundle.authors.community[a]] } });
  });

  it('the change shows both, under many filter combinations', () => {
    const n = bundle.communities.length;
    const venues = [...new Set(bundle.papers.venue.filter((v): v is number => v !== null))].slice(0, 2);
    let checked = 0;
    for (const range of [null, [first, first], [last, last]] as const)
      for (const venue of [null, venues.slice(0, 1)] as const)
        for (const minPapers of [1, 3])
          for (const only of [-1, 0, 1]) {
            const filters: Filters = { ...DEFAULT_FILTERS, years: range, venues: venue, minPapers, hiddenCommunities: new Set(only < 0 ? [] : [...Array(n).keys()].filter((c) => c !== only)) };
            const v = computeVisibility(bundle, filters);
            for (let a = 0; a < names.length; a += 7) {
              const b = (a * 13 + 5) % names.length;
              if (a === b) continue;
              const why = whyPairHidden(bundle, filters, 'papers', [a, b], shownBy(v), papersOf);
              if (!why) {
                expect([v.author[a], v.author[b]]).toEqual([1, 1]);
                continue;
              }
              const after = computeVisibility(bundle, applied(filters, why.change));
              expect([after.author[a], after.author[b]], `${names[a]} / ${names[b]}: ${why.lead}: ${why.reasons.join('; ')}`).toEqual([1, 1]);
              checked++;
            }
          }
    expect(checked).toBeGreaterThan(50);
  });
});
