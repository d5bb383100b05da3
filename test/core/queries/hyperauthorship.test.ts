import { describe, expect, it } from 'vitest';
import { SEED_PATH, buildFiles } from '../helpers';
import { largeTeamShare, largeTeamShares, largeTeamThreshold } from '../../../src/core/queries/hyperauthorship';
import { linkBetween } from '../../../src/core/bundle/indices';

describe('large-team share of a link, on the seed', () => {
  const { bundle } = buildFiles([SEED_PATH]);
  const id = (name: string) => bundle.authors.name.indexOf(name);

  it('the threshold is the 95th percentile here: only Movie Gen (88 authors) is large-team', () => {
    expect(largeTeamThreshold(bundle)).toBe(88);
    expect(largeTeamThreshold(bundle, 100)).toBe(100);
  });

  it('a link made only by Movie Gen comes entirely from a large-team paper', () => {
    const s = largeTeamShare(bundle, id('Adam Polyak'), id('Jialiang Wang'));
    expect(s).toMatchObject({ papers: 1, largeTeamPapers: 1, share: 1, mostlyLargeTeam: true, onlyLargeTeam: true });
    expect(s.weight).toBeCloseTo(1 / 87, 10);
    expect(s.weight).toBeCloseTo(bundle.coauthorLinks.weight[linkBetween(bundle, id('Adam Polyak'), id('Jialiang Wang'))]!, 4);
  });

  it('Deng–Dwork (two 4-author papers) has none; Ma–Hou (LinGen + Movie Gen) mostly not', () => {
    expect(largeTeamShare(bundle, id('Zhun Deng'), id('Cynthia Dwork'))).toMatchObject({ papers: 2, largeTeamPapers: 0, share: 0, mostlyLargeTeam: false });
    const s = largeTeamShare(bundle, id('Chih-Yao Ma'), id('Tingbo Hou'));
    expect(s.papers).toBe(2);
    expect(s.largeTeamPapers).toBe(1);
    expect(s.share).toBeCloseTo(1 / 87 / (1 / 12 + 1 / 87), 10);
    expect(s.mostlyLargeTeam).toBe(false);
    // With a threshold of 10, LinGen (13 authors) counts too.
    expect(largeTeamShare(bundle, id('Chih-Yao Ma'), id('Tingbo Hou'), 10).share).toBeCloseTo(1, 10);
  });

  it('under a year range, only the range\'s shared papers count: the link the map draws then', () => {
    // the seed has no years: Movie Gen (88 authors) given 2024, LinGen (13) 2025, the rest none
    const year = bundle.papers.title.map((t) => (/^Movie Gen/.test(t) ? 2024 : /^LinGen/.test(t) ? 2025 : null));
    expect(year.filter((y) => y !== null)).toHaveLength(2);
    const dated = { ...bundle, papers: { ...bundle.papers, year } };
    const [ma, hou] = [id('Chih-Yao Ma'), id('Tingbo Hou')];
    // 2024 alone: the link is Movie Gen's only, all of it large-team (all years: mostly not, above)
    expect(largeTeamShare(dated, ma, hou, 88, [2024, 2024])).toMatchObject({ papers: 1, largeTeamPapers: 1, share: 1, mostlyLargeTeam: true, onlyLargeTeam: true });
    expect(largeTeamShare(dated, ma, hou, 88, [2025, 2025])).toMatchObject({ papers: 1, largeTeamPapers: 0, share: 0, mostlyLargeTeam: false });
    // no shared paper in the range: nothing to say
    expect(largeTeamShare(dated, ma, hou, 88, [2010, 2020])).toMatchObject({ papers: 0, weight: 0, mostlyLargeTeam: false, onlyLargeTeam: false });
    // a range holding every year is the whole record
    expect(largeTeamShare(dated, ma, hou, 88, [2024, 2025])).toEqual(largeTeamShare(dated, ma, hou, 88));
  });

  it('the all-links pass agrees with the per-link answer', () => {
    const shares = largeTeamShares(bundle);
    const L = bundle.coauthorLinks;
    for (let e = 0; e < L.source.length; e += 37) expect(shares[e]).toBeCloseTo(largeTeamShare(bundle, L.source[e]!, L.target[e]!).share, 9);
  });

  it('with a max-authors cap, Movie Gen adds no weight and the link says so', () => {
    const capped = buildFiles([SEED_PATH], { maxAuthors: 20 }).bundle;
    const a = capped.authors.name.indexOf('Adam Polyak');
    const b = capped.authors.name.indexOf('Jialiang Wang');
    const s = largeTeamShare(capped, a, b);
    expect(s.weight).toBe(0);
    expect(s.onlyLargeTeam).toBe(true);
  });
});
