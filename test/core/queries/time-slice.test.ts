/**
 * The time slice (core/queries/time-slice.ts): links and strengths from a year range's papers only, checked
 * against hand-computed weights of invented bylines.
 */
import { describe, expect, it } from 'vitest';
import { timeSlice } from '../../../src/core/queries/time-slice';
import { connectedAuthorCount, shortestCoauthorChain } from '../../../src/core/queries/chains';
import { linkBetween } from '../../../src/core/bundle/indices';
import type { Bundle } from '../../../src/core/bundle/types';
import { buildText } from '../helpers';

const papers = [
  { id: 'p1', title: 'Quiet Harbours', authors: ['Ana Reyes', 'Ben Okafor'], year: 2018 },
  { id: 'p2', title: 'Salt and Rope', authors: ['Ana Reyes', 'Cleo Park', 'Dev Shah'], year: 2020 },
  { id: 'p3', title: 'Lantern Maths', authors: ['Cleo Park', 'Dev Shah'], year: 2020 },
  { id: 'p4', title: 'Four Winds', authors: ['Cleo Park', 'Dev Shah', 'Eli Moss', 'Fen Wu'], year: 2019 },
  { id: 'p5', title: 'Alone at Sea', authors: ['Ben Okafor'], year: 2020 },
  { id: 'p6', title: 'Undated Charts', authors: ['Ana Reyes', 'Eli Moss'], year: null },
];
const jsonl = papers.map((r) => JSON.stringify({ ...r, venue: null, doi: null, abstract: null })).join('\n');

function tools(bundle: Bundle) {
  const who = (name: string) => {
    const i = bundle.authors.name.indexOf(name);
    if (i < 0) throw new Error(`no author ${name}`);
    return i;
  };
  const link = (a: string, b: string) => linkBetween(bundle, who(a), who(b));
  return { who, link };
}

describe('a time slice of the co-author network', () => {
  const { bundle } = buildText('invented.jsonl', jsonl);
  const { who, link } = tools(bundle);

  it('a pair that wrote together only in 2018 has no link in 2020–2020', () => {
    const slice = timeSlice(bundle, [2020, 2020]);
    const e = link('Ana Reyes', 'Ben Okafor');
    expect(e).toBeGreaterThanOrEqual(0); // a link of the whole record
    expect(slice.shared[e]).toBe(0);
    expect(slice.weight[e]).toBe(0);
  });

  it('sums fractional weights over the range\'s papers only (1/(n−1) per paper)', () => {
    const slice = timeSlice(bundle, [2020, 2020]);
    // Salt and Rope (3 authors): 1/2 each pair; Lantern Maths (2 authors): 1
    expect(slice.weight[link('Cleo Park', 'Dev Shah')]).toBeCloseTo(1.5, 12);
    expect(slice.shared[link('Cleo Park', 'Dev Shah')]).toBe(2);
    expect(slice.weight[link('Ana Reyes', 'Cleo Park')]).toBeCloseTo(0.5, 12);
    // the whole record adds Four Winds' 1/3
    expect(bundle.coauthorLinks.weight[link('Cleo Park', 'Dev Shah')]).toBeCloseTo(1.5 + 1 / 3, 4);
    expect(slice.linkCount).toBe(3);
    expect(slice.strength[who('Cleo Park')]).toBeCloseTo(2, 12);
    expect(slice.strength[who('Ana Reyes')]).toBeCloseTo(1, 12);
    expect(slice.coauthors[who('Ana Reyes')]).toBe(2);
    expect(slice.coauthors[who('Ben Okafor')]).toBe(0);
    expect(slice.papers[who('Ben Okafor')]).toBe(1);
    expect(slice.papers[who('Eli Moss')]).toBe(0);
    // Ana, Ben (alone), Cleo, Dev
    expect(slice.authorCount).toBe(4);
    expect(slice.paperCount).toBe(3);
    expect(slice.unmatchedPairs).toBe(0);
  });

  it('a range holding every dated paper gives the whole record\'s weights, less the undated papers\'', () => {
    const slice = timeSlice(bundle, [1900, 2100]);
    const L = bundle.coauthorLinks;
    for (let e = 0; e < L.weight.length; e++) {
      const undatedOnly = e === link('Ana Reyes', 'Eli Moss');
      expect(slice.weight[e]).toBe(undatedOnly ? 0 : L.weight[e]);
      expect(slice.shared[e]).toBe(undatedOnly ? 0 : L.shared[e]);
    }
  });

  it('full counting adds 1 per shared paper in the range', () => {
    const full = buildText('invented.jsonl', jsonl, { counting: 'full' }).bundle;
    const t = tools(full);
    const slice = timeSlice(full, [2019, 2020]);
    expect(slice.weight[t.link('Cleo Park', 'Dev Shah')]).toBe(3);
    expect(slice.weight[t.link('Eli Moss', 'Fen Wu')]).toBe(1);
  });

  it('papers over the author cap add no link in the range either', () => {
    const capped = buildText('invented.jsonl', jsonl, { maxAuthors: 3 }).bundle;
    const t = tools(capped);
    const slice = timeSlice(capped, [2019, 2019]);
    // Four Winds has 4 authors: over the cap, so 2019 has no link, though its four authors are in it
    expect(slice.linkCount).toBe(0);
    expect(slice.papers[t.who('Fen Wu')]).toBe(1);
    expect(t.link('Eli Moss', 'Fen Wu')).toBe(-1);
  });

  it('says what is wrong with a range that is not two whole years in order', () => {
    expect(() => timeSlice(bundle, [2021, 2020])).toThrow(/first not after the last/);
    expect(() => timeSlice(bundle, [2020.5, 2021])).toThrow(RangeError);
  });
});

describe('the co-author chain in a year range: through the links of its papers only', () => {
  const { bundle } = buildText('invented.jsonl', jsonl);
  const { who } = tools(bundle);
  const names = (chain: { authors: number[] } | null) => chain?.authors.map((a) => bundle.authors.name[a]);

  it('all years: Ana and Eli are direct co-authors (their undated paper)', () => {
    expect(names(shortestCoauthorChain(bundle, who('Ana Reyes'), who('Eli Moss')))).toEqual(['Ana Reyes', 'Eli Moss']);
  });

  it('2019–2020: the chain goes through Cleo, each step with a paper of the range and the range\'s count', () => {
    const slice = timeSlice(bundle, [2019, 2020]);
    const chain = shortestCoauthorChain(bundle, who('Ana Reyes'), who('Eli Moss'), slice)!;
    expect(names(chain)).toEqual(['Ana Reyes', 'Cleo Park', 'Eli Moss']);
    expect(chain.steps.map((s) => bundle.papers.title[s.paper])).toEqual(['Salt and Rope', 'Four Winds']);
    expect(chain.steps.map((s) => s.sharedCount)).toEqual([1, 1]);
    // Cleo and Dev: three papers in all, two of them in 2020
    const cd = shortestCoauthorChain(bundle, who('Cleo Park'), who('Dev Shah'), timeSlice(bundle, [2020, 2020]))!;
    expect(cd.steps[0]!.sharedCount).toBe(2);
    expect(shortestCoauthorChain(bundle, who('Cleo Park'), who('Dev Shah'))!.steps[0]!.sharedCount).toBe(3);
  });

  it('2020: Ana and Ben (together only in 2018) and Ana and Eli (no 2020 paper) are not connected; Ana\'s group is the 2020 one', () => {
    const slice = timeSlice(bundle, [2020, 2020]);
    expect(shortestCoauthorChain(bundle, who('Ana Reyes'), who('Ben Okafor'), slice)).toBeNull();
    expect(shortestCoauthorChain(bundle, who('Ana Reyes'), who('Eli Moss'), slice)).toBeNull();
    expect(connectedAuthorCount(bundle, who('Ana Reyes'), slice)).toBe(3); // Ana, Cleo, Dev
    expect(connectedAuthorCount(bundle, who('Ana Reyes'))).toBe(6);
  });
});
