/**
 * The paper-subset slice (core/queries/time-slice.ts `paperSlice`): links, link strengths, total link strength and
 * paper counts from the papers of some venues (and a year range: years AND venues) only, checked against figures
 * worked out by hand on invented bylines.
 */
import { describe, expect, it } from 'vitest';
import { NO_VENUE, communityCountsInRange, paperSlice, papersInSlice, shortVenueName, sliceOf, venueCounts } from '../../../src/core/queries/time-slice';
import { subsetSpan } from '../../../src/core/queries/venue-words';
import { shortestCoauthorChain } from '../../../src/core/queries/chains';
import { bundleToGexf } from '../../../src/core/export/gexf';
import { linkBetween } from '../../../src/core/bundle/indices';
import type { Bundle } from '../../../src/core/bundle/types';
import { buildText } from '../helpers';
import { HARBOUR_JSONL, HARBOUR_PAPERS } from '../fixtures/harbour-venues';

// H: Harbour Conference (p1, p2, p4), L: Lantern Workshop (p3, p6), no venue: p5, p7
const papers = HARBOUR_PAPERS;
const jsonl = HARBOUR_JSONL;

function tools(bundle: Bundle) {
  const who = (name: string) => {
    const i = bundle.authors.name.indexOf(name);
    if (i < 0) throw new Error(`no author ${name}`);
    return i;
  };
  const venue = (name: string) => {
    const v = bundle.venues.indexOf(name);
    if (v < 0) throw new Error(`no venue ${name}`);
    return v;
  };
  const link = (a: string, b: string) => linkBetween(bundle, who(a), who(b));
  const titles = (ps: readonly number[]) => ps.map((p) => bundle.papers.title[p]);
  return { who, venue, link, titles };
}

describe('a venue slice of the co-author network', () => {
  const { bundle } = buildText('invented.jsonl', jsonl);
  const { who, venue, link, titles } = tools(bundle);
  const H = venue('Harbour Conference');
  const L = venue('Lantern Workshop');

  it('Harbour Conference alone: its three papers\' links, fractional 1/(n−1) per paper, summed by hand', () => {
    const s = paperSlice(bundle, { years: null, venues: [H] });
    expect(s.paperCount).toBe(3);
    // Ana, Ben, Cleo, Dev, Eli, Fen all wrote there
    expect(s.authorCount).toBe(6);
    // Quiet Harbours: Ana–Ben 1; Salt and Rope: 1/2 per pair; Four Winds: 1/3 per pair of its 4 authors
    expect(s.weight[link('Ana Reyes', 'Ben Okafor')]).toBeCloseTo(1, 6);
    expect(s.weight[link('Ana Reyes', 'Cleo Park')]).toBeCloseTo(0.5, 6);
    expect(s.weight[link('Cleo Park', 'Dev Shah')]).toBeCloseTo(0.5 + 1 / 3, 4);
    expect(s.shared[link('Cleo Park', 'Dev Shah')]).toBe(2);
    expect(s.weight[link('Eli Moss', 'Fen Wu')]).toBeCloseTo(1 / 3, 4);
    // Ana–Eli wrote together only at the Lantern Workshop; Eli–Fen's Night Tides gives no venue
    expect(s.shared[link('Ana Reyes', 'Eli Moss')]).toBe(0);
    expect(s.weight[link('Ana Reyes', 'Eli Moss')]).toBe(0);
    expect(s.shared[link('Eli Moss', 'Fen Wu')]).toBe(1);
    // 1 + 3 (Salt and Rope) + 6 (Four Winds, Cleo–Dev already counted) = 9 links
    expect(s.linkCount).toBe(9);
    // total link strength: Ana 1 + 1/2 + 1/2; Cleo 1/2 + 5/6 + 1/3 + 1/3; Eli 3 × 1/3
    expect(s.strength[who('Ana Reyes')]).toBeCloseTo(2, 4);
    expect(s.strength[who('Cleo Park')]).toBeCloseTo(2, 4);
    expect(s.strength[who('Eli Moss')]).toBeCloseTo(1, 4);
    expect(s.coauthors[who('Ana Reyes')]).toBe(3);
    expect(s.coauthors[who('Eli Moss')]).toBe(3);
    expect(s.papers[who('Ana Reyes')]).toBe(2);
    expect(s.papers[who('Eli Moss')]).toBe(1);
    expect(s.unmatchedPairs).toBe(0);
  });

  it('years AND venues: Harbour Conference in 2020 is Salt and Rope alone', () => {
    const s = paperSlice(bundle, { years: [2020, 2020], venues: [H] });
    expect(s.paperCount).toBe(1);
    expect(s.authorCount).toBe(3);
    expect(s.linkCount).toBe(3);
    expect(s.weight[link('Cleo Park', 'Dev Shah')]).toBeCloseTo(0.5, 6);
    expect(s.strength[who('Ana Reyes')]).toBeCloseTo(1, 6);
    expect(s.papers[who('Ben Okafor')]).toBe(0);
    expect(titles(papersInSlice(s, [0, 1, 2, 3, 4, 5, 6].filter((p) => bundle.papers.authors[p]!.includes(who('Cleo Park')))))).toEqual(['Salt and Rope']);
  });

  it('papers with no venue are the NO_VENUE entry: Alone at Sea and Night Tides', () => {
    const s = paperSlice(bundle, { years: null, venues: [NO_VENUE] });
    expect(s.paperCount).toBe(2);
    expect(s.authorCount).toBe(3); // Ben, Eli, Fen
    expect(s.linkCount).toBe(1);
    expect(s.weight[link('Eli Moss', 'Fen Wu')]).toBeCloseTo(1, 6);
    expect(s.papers[who('Ben Okafor')]).toBe(1);
    expect(s.coauthors[who('Ben Okafor')]).toBe(0);
    expect(s.strength[who('Ben Okafor')]).toBe(0);
  });

  it('two venues add up: Cleo–Dev 1/2 + 1/3 + 1 over three shared papers; an undated paper counts without a year range', () => {
    const s = paperSlice(bundle, { years: null, venues: [L, H] });
    expect(s.venues).toEqual([Math.min(H, L), Math.max(H, L)]);
    expect(s.paperCount).toBe(5);
    expect(s.weight[link('Cleo Park', 'Dev Shah')]).toBeCloseTo(0.5 + 1 / 3 + 1, 4);
    expect(s.shared[link('Cleo Park', 'Dev Shah')]).toBe(3);
    expect(s.weight[link('Ana Reyes', 'Eli Moss')]).toBeCloseTo(1, 6);
    // with a year range the undated Undated Charts is in no range
    expect(paperSlice(bundle, { years: [2016, 2021], venues: [L] }).paperCount).toBe(1);
  });

  it('every venue, no year range: the bundle\'s own stored weights and counts', () => {
    const all = venueCounts(bundle).map((v) => v.venue);
    const s = paperSlice(bundle, { years: null, venues: all });
    expect(s.paperCount).toBe(papers.length);
    expect([...s.weight]).toEqual([...bundle.coauthorLinks.weight]);
    expect([...s.shared]).toEqual([...bundle.coauthorLinks.shared]);
    expect([...s.papers]).toEqual([...bundle.authors.paperCount]);
    expect([...s.strength]).toEqual([...bundle.authors.weightedDegree]);
  });

  it('full counting adds 1 per shared paper at the venue', () => {
    const full = buildText('invented.jsonl', jsonl, { counting: 'full' }).bundle;
    const t = tools(full);
    const s = paperSlice(full, { years: null, venues: [t.venue('Harbour Conference')] });
    expect(s.weight[t.link('Cleo Park', 'Dev Shah')]).toBe(2);
    expect(s.strength[t.who('Ana Reyes')]).toBe(3);
  });

  it('the venue list: papers per venue, most first, "no venue given" as an entry; in a year range its papers there', () => {
    expect(venueCounts(bundle).map((v) => [v.name, v.papers])).toEqual([
      ['Harbour Conference', 3],
      ['Lantern Workshop', 2],
      ['no venue given', 2],
    ]);
    expect(venueCounts(bundle, [2020, 2020]).map((v) => [v.name, v.papers])).toEqual([
      ['no venue given', 2],
      ['Harbour Conference', 1],
      ['Lantern Workshop', 1],
    ]);
  });

  it('community figures follow the venue: their papers add up to the slice\'s', () => {
    const s = paperSlice(bundle, { years: null, venues: [NO_VENUE] });
    const counts = communityCountsInRange(bundle, s);
    expect(counts.papers.reduce((a, b) => a + b, 0)).toBe(2);
    expect(counts.authors.reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('the chain goes through the venue\'s links only', () => {
    const s = paperSlice(bundle, { years: null, venues: [L] });
    // at the Lantern Workshop Ana's one co-author is Eli: no chain to Cleo
    expect(shortestCoauthorChain(bundle, who('Ana Reyes'), who('Cleo Park'), s)).toBeNull();
    expect(shortestCoauthorChain(bundle, who('Ana Reyes'), who('Cleo Park'))).not.toBeNull();
  });

  it('a GEXF of the co-author view under a venue holds that venue\'s links at their strength there, the venue named', () => {
    const all = (n: number) => new Uint8Array(n).fill(1);
    const xml = bundleToGexf(bundle, { shown: { view: 'coauthors', author: all(bundle.authors.name.length), paper: all(papers.length), minLinkWeight: 0, venues: [NO_VENUE] } });
    // Night Tides alone: Eli–Fen, weight 1
    expect(xml.match(/<edge /g)?.length).toBe(1);
    expect(xml).toContain('venues: no venue given');
    const harbour = bundleToGexf(bundle, { shown: { view: 'coauthors', author: all(bundle.authors.name.length), paper: all(papers.length), minLinkWeight: 0, venues: [H] } });
    expect(harbour.match(/<edge /g)?.length).toBe(9);
  });

  it('no filter is no slice; the subset in words; bad venues are said', () => {
    expect(sliceOf(bundle, null, null)).toBeNull();
    expect(sliceOf(bundle, null, [H])).toBe(paperSlice(bundle, { years: null, venues: [H] }));
    expect(subsetSpan(bundle, { years: [2020, 2020], venues: [H] })).toBe('2020 at “Harbour Conference”');
    expect(subsetSpan(bundle, { years: null, venues: [H, NO_VENUE] })).toBe('“Harbour Conference” + no venue given');
    expect(subsetSpan(bundle, { years: null, venues: [NO_VENUE] })).toBe('“no venue given”');
    expect(shortVenueName('Proceedings of the 58th Annual Meeting of the ACL')).toBe('58th Annual Meeting of the ACL');
    expect(shortVenueName('Findings of the ACL: EMNLP 2020')).toBe('Findings of the ACL: EMNLP 2020');
    expect(() => paperSlice(bundle, { years: null, venues: [99] })).toThrow(RangeError);
    expect(() => paperSlice(bundle, { years: null, venues: [-2] })).toThrow(/venue/);
  });
});
