/**
 * A year range in the co-author view (graph/visibility.ts `Visibility.slice`, graph/apply-visibility.ts, the
 * CSV exports, sizes): the links a user sees, counts, strengths and files are the range's papers' only.
 * Invented bylines, weights worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { computeVisibility, DEFAULT_FILTERS, type Filters } from '../../src/app/graph/visibility';
import { applyVisibility } from '../../src/app/graph/apply-visibility';
import { buildSigmaGraph } from '../../src/app/graph/sigma-graph';
import { authorSizes } from '../../src/app/graph/node-sizes';
import { authorsCsv, coauthorPairsCsv, papersCsv } from '../../src/core/export/csv';
import { linkBetween } from '../../src/core/bundle/indices';
import { buildText } from '../core/helpers';
import { selectLinks } from '../../src/app/graph/lod';
import { computeEmphasis } from '../../src/app/graph/emphasis';
import { coauthorsOfAuthor, papersOfAuthor } from '../../src/app/data/dataset';
import { authorPaperCounts, communityCountsInRange, papersInRange, timeSlice } from '../../src/core/queries/time-slice';
import { betweennessNetwork } from '../../src/app/features/network/centrality-client';
import { authorBetweenness } from '../../src/core/queries/betweenness';
import { authorKey } from '../../src/core/graph/node-keys';
import { authorAffiliations } from '../../src/core/queries/affiliations';
import { communityTopAuthorsInRange } from '../../src/core/queries/community-authors';

const papers = [
  { id: 'p1', title: 'Quiet Harbours', authors: ['Ana Reyes', 'Ben Okafor'], year: 2018 },
  { id: 'p2', title: 'Quiet Harbours Again', authors: ['Ana Reyes', 'Ben Okafor'], year: 2018 },
  { id: 'p3', title: 'Salt and Rope', authors: ['Ana Reyes', 'Cleo Park', 'Dev Shah'], year: 2020 },
  { id: 'p4', title: 'Lantern Maths', authors: ['Cleo Park', 'Dev Shah'], year: 2020 },
  { id: 'p5', title: 'Alone at Sea', authors: ['Ben Okafor'], year: 2020 },
  { id: 'p6', title: 'Four Winds', authors: ['Cleo Park', 'Dev Shah', 'Eli Moss', 'Fen Wu'], year: 2019 },
];
const jsonl = papers.map((r) => JSON.stringify({ ...r, venue: null, doi: null, abstract: null })).join('\n');
const { bundle } = buildText('invented.jsonl', jsonl);
const who = (name: string) => bundle.authors.name.indexOf(name);
const link = (a: string, b: string) => linkBetween(bundle, who(a), who(b));
const in2020: Filters = { ...DEFAULT_FILTERS, years: [2020, 2020] };

describe('a year range in the co-author view', () => {
  it('counts the range\'s links only: Ana and Ben (2018 only) are both shown in 2020, with no link', () => {
    const v = computeVisibility(bundle, in2020, 'coauthors');
    expect(v.author[who('Ana Reyes')]).toBe(1);
    expect(v.author[who('Ben Okafor')]).toBe(1);
    // Ana–Cleo, Ana–Dev, Cleo–Dev: the links of Salt and Rope and Lantern Maths
    expect(v.linkCount).toBe(3);
    expect(v.totalLinks).toBe(3);
    expect(v.slice!.shared[link('Ana Reyes', 'Ben Okafor')]).toBe(0);
    // without a range, every link of the record (Ana–Ben, three of 2020, six of Four Winds less Cleo–Dev again)
    const all = computeVisibility(bundle, DEFAULT_FILTERS, 'coauthors');
    expect(all.linkCount).toBe(bundle.coauthorLinks.source.length);
    expect(all.slice).toBeNull();
  });

  it('the minimum link strength reads the range\'s strengths: Cleo–Dev is 1.5 in 2020 (1.83 over all years)', () => {
    const v = computeVisibility(bundle, { ...in2020, minLinkStrength: 1.6 }, 'coauthors');
    expect(bundle.coauthorLinks.weight[link('Cleo Park', 'Dev Shah')]).toBeGreaterThan(1.6);
    expect(v.linkCount).toBe(0);
    expect(computeVisibility(bundle, { ...in2020, minLinkStrength: 1.5 }, 'coauthors').linkCount).toBe(1);
  });

  it('"hide authors left without a link" and the ego view go through the range\'s links', () => {
    const hidden = computeVisibility(bundle, { ...in2020, hideUnlinked: true }, 'coauthors');
    // Ben has a 2020 paper but no co-author in 2020
    expect(hidden.author[who('Ben Okafor')]).toBe(0);
    expect(hidden.authorCount).toBe(3);
    const ego = computeVisibility(bundle, { ...in2020, ego: { author: who('Ben Okafor'), steps: 2 } }, 'coauthors');
    // Ben's 2018 link to Ana is not a step in 2020: Ben alone
    expect(ego.authorCount).toBe(1);
  });

  it('the canvas hides the links without a paper in the range and draws the others by their strength in it, then gives the whole record back', () => {
    const graph = buildSigmaGraph(bundle, 'coauthors', 'light');
    const edge = (a: string, b: string) => graph.getEdgeAttributes(`e${link(a, b)}`);
    applyVisibility(graph, computeVisibility(bundle, in2020, 'coauthors'));
    expect(edge('Ana Reyes', 'Ben Okafor').hidden).toBe(true);
    expect(edge('Eli Moss', 'Fen Wu').hidden).toBe(true);
    expect(edge('Cleo Park', 'Dev Shah').hidden).toBe(false);
    expect(edge('Cleo Park', 'Dev Shah').score).toBe(1.5);
    expect(edge('Ana Reyes', 'Cleo Park').score).toBe(0.5);
    // the strongest link of the range is drawn widest
    expect(edge('Cleo Park', 'Dev Shah').size).toBeGreaterThan(edge('Ana Reyes', 'Cleo Park').size);
    applyVisibility(graph, computeVisibility(bundle, { ...in2020, minLinkStrength: 1 }, 'coauthors'));
    expect(edge('Ana Reyes', 'Cleo Park').hidden).toBe(true);
    expect(edge('Cleo Park', 'Dev Shah').hidden).toBe(false);
    // the range cleared: the whole record's links and strengths, as a new graph has them
    applyVisibility(graph, computeVisibility(bundle, DEFAULT_FILTERS, 'coauthors'));
    const fresh = buildSigmaGraph(bundle, 'coauthors', 'light');
    graph.forEachEdge((e, a) => {
      const f = fresh.getEdgeAttributes(e);
      expect({ hidden: a.hidden ?? false, score: a.score, size: a.size, color: a.color }).toEqual({ hidden: f.hidden ?? false, score: f.score, size: f.size, color: f.color });
    });
  });

  it('sizes by total link strength and degree are the range\'s', () => {
    const slice = computeVisibility(bundle, in2020, 'coauthors').slice;
    const sizes = authorSizes(bundle, 'degree', null, slice);
    // Ben has 1 co-author over all years, none in 2020: the smallest disc; Cleo has 2 in 2020
    expect(sizes[who('Ben Okafor')]).toBeLessThan(sizes[who('Cleo Park')]!);
    const whole = authorSizes(bundle, 'degree', null, null);
    expect(whole[who('Ben Okafor')]).toBeGreaterThan(sizes[who('Ben Okafor')]!);
  });

  it('the minimum of papers counts the range\'s papers: at least 2 in 2020 leaves Cleo and Dev (2 each), not Ana and Ben (3 each over all years, 1 in 2020)', () => {
    const two = computeVisibility(bundle, { ...in2020, minPapers: 2 }, 'papers');
    const shown = bundle.authors.name.filter((_, a) => two.author[a] === 1).sort();
    expect(shown).toEqual(['Cleo Park', 'Dev Shah']);
    expect(two.authorCount).toBe(2);
    // their 2020 papers only (Salt and Rope, Lantern Maths): Alone at Sea is Ben's, hidden
    expect(two.paperCount).toBe(2);
    // over all years Ana and Ben have 3 papers each and pass
    const whole = computeVisibility(bundle, { ...DEFAULT_FILTERS, minPapers: 2 }, 'papers');
    expect(bundle.authors.name.filter((_, a) => whole.author[a] === 1).sort()).toEqual(['Ana Reyes', 'Ben Okafor', 'Cleo Park', 'Dev Shah']);
    // 2019 (Four Winds alone): nobody has 2 papers in it
    expect(computeVisibility(bundle, { ...DEFAULT_FILTERS, years: [2019, 2019], minPapers: 2 }, 'papers').authorCount).toBe(0);
  });

  it('size by papers is the range\'s papers: Ana (3 papers, 1 in 2020) draws a one-paper disc in 2020, Cleo a two-paper one', () => {
    const slice = timeSlice(bundle, [2020, 2020]);
    expect([bundle.authors.paperCount[who('Ana Reyes')], slice.papers[who('Ana Reyes')]]).toEqual([3, 1]);
    const sizes = authorSizes(bundle, 'papers', null, slice);
    const whole = authorSizes(bundle, 'papers', null, null);
    // Eli Moss has one paper in all (2019): the one-paper disc
    expect(sizes[who('Ana Reyes')]).toBe(whole[who('Eli Moss')]);
    expect(sizes[who('Ana Reyes')]).toBeLessThan(whole[who('Ana Reyes')]!);
    expect(sizes[who('Cleo Park')]).toBe(sizes[who('Dev Shah')]);
    expect(sizes[who('Cleo Park')]).toBeGreaterThan(sizes[who('Ana Reyes')]!);
    // the other measures' scale ends at the range's most prolific author's disc (Cleo's two papers), not at three
    const strength = authorSizes(bundle, 'strength', null, slice);
    expect(Math.max(...strength)).toBe(sizes[who('Cleo Park')]);
    expect(authorPaperCounts(bundle, slice)).toBe(slice.papers);
    expect(authorPaperCounts(bundle, null)).toBe(bundle.authors.paperCount);
  });

  it('the CSV tables say the range: the pairs of its papers only, the authors\' figures in it beside the whole record\'s', () => {
    const pairs = coauthorPairsCsv(bundle, [2020, 2020]).trim().split('\r\n');
    expect(pairs[0]).toBe('source_id,source,target_id,target,link_strength,shared_papers,years,link_strength_all_years,shared_papers_all_years');
    expect(pairs).toHaveLength(1 + 3);
    expect(pairs.some((r) => r.includes('Ben Okafor'))).toBe(false);
    const cleoDev = pairs.find((r) => r.includes('Cleo Park') && r.includes('Dev Shah'))!;
    expect(cleoDev.split(',').slice(4)).toEqual(['1.5', '2', '2020', '1.83333333', '3']);
    const authors = authorsCsv(bundle, [2020, 2020]).trim().split('\r\n');
    expect(authors[0]!.endsWith(',years,papers_in_years,coauthors_in_years,total_link_strength_in_years')).toBe(true);
    const ben = authors.find((r) => r.includes('Ben Okafor'))!.split(',');
    // 3 papers, 1 co-author, strength 2 over all years; in 2020: 1 paper, no co-author
    expect(ben.slice(-4)).toEqual(['2020', '1', '0', '0']);
    expect(coauthorPairsCsv(bundle).trim().split('\r\n')).toHaveLength(1 + bundle.coauthorLinks.source.length);
  });
  it('the papers table under a range holds that range\'s papers only, each with its id and the range, abstracts kept beside', () => {
    const abstracts = bundle.papers.title.map((t) => `About ${t}`);
    const rows = papersCsv(bundle, abstracts, [2019, 2020]).trim().split('\r\n');
    expect(rows[0]).toBe('id,title,year,venue,doi,url,authors,author_count,community,years,abstract');
    const titles = rows.slice(1).map((r) => r.split(',')[1]);
    expect(titles).toEqual(['Salt and Rope', 'Lantern Maths', 'Alone at Sea', 'Four Winds']);
    for (const r of rows.slice(1)) {
      const cells = r.split(',');
      expect(['2019', '2020']).toContain(cells[2]);
      expect(cells[9]).toBe('2019–2020');
      // the id is the paper's own (the whole table's), not the row's place
      expect(bundle.papers.title[Number(cells[0])]).toBe(cells[1]);
      expect(cells[10]).toBe(`About ${cells[1]}`);
    }
    // one year; and no range: every paper, no years column
    expect(papersCsv(bundle, null, [2018, 2018]).trim().split('\r\n').slice(1).map((r) => r.split(',')[1])).toEqual(['Quiet Harbours', 'Quiet Harbours Again']);
    const all = papersCsv(bundle, null).trim().split('\r\n');
    expect(all).toHaveLength(1 + papers.length);
    expect(all[0]).toBe('id,title,year,venue,doi,url,authors,author_count,community');
    expect(() => papersCsv(bundle, null, [2020, 2019])).toThrow(RangeError);
  });

  it('the card\'s affiliations in a range are those given on the range\'s papers: a 2020 card names the 2020 lab, not the 2017 one', () => {
    // invented OpenAlex works: Ana at a harbour institute in 2017 and 2018, at a lighthouse lab in 2020
    const work = (id: string, year: number, org: string) => ({
      id: `https://openalex.org/${id}`,
      display_name: `Tides study ${id}`,
      publication_year: year,
      authorships: [
        { author: { display_name: 'Ana Reyes' }, institutions: [{ display_name: org, country_code: 'PT' }] },
        { author: { display_name: 'Ben Okafor' }, institutions: [] },
      ],
    });
    const { bundle: works } = buildText('works.jsonl', [work('W1', 2017, 'Harbour Institute'), work('W2', 2018, 'Harbour Institute'), work('W3', 2020, 'Lighthouse Lab')].map((w) => JSON.stringify(w)).join('\n'));
    const ana = works.authors.name.indexOf('Ana Reyes');
    const hers = papersOfAuthor(works, ana);
    const names = (list: readonly number[]) => authorAffiliations(works, ana, list).map((a) => `${a.org} ${a.papers}`);
    expect(names(hers)).toEqual(['Harbour Institute 2', 'Lighthouse Lab 1']);
    expect(names(papersInRange(works, hers, [2020, 2020]))).toEqual(['Lighthouse Lab 1']);
    expect(names(papersInRange(works, hers, [2017, 2019]))).toEqual(['Harbour Institute 2']);
  });

  it('each community\'s authors and papers in a range are counted once per range, and add up to the range\'s', () => {
    const slice = timeSlice(bundle, [2020, 2020]);
    const counts = communityCountsInRange(bundle, slice);
    expect(communityCountsInRange(bundle, slice)).toBe(counts);
    // by hand: 2020's authors (Ana, Ben, Cleo, Dev) and papers (Salt and Rope, Lantern Maths, Alone at Sea), per community
    bundle.communities.forEach((_, c) => {
      expect(counts.authors[c]).toBe(['Ana Reyes', 'Ben Okafor', 'Cleo Park', 'Dev Shah'].filter((n) => bundle.authors.community[who(n)] === c).length);
      expect(counts.papers[c]).toBe(['Salt and Rope', 'Lantern Maths', 'Alone at Sea'].filter((t) => bundle.papers.community[bundle.papers.title.indexOf(t)] === c).length);
    });
    expect(counts.authors.reduce((a, b) => a + b, 0)).toBe(slice.authorCount);
    expect(counts.papers.reduce((a, b) => a + b, 0)).toBe(slice.paperCount);
  });

  it('a community\'s top authors in a range: its members with a paper in it, by total link strength in it, each with their papers of the range here', () => {
    const slice = timeSlice(bundle, [2020, 2020]);
    bundle.communities.forEach((_, c) => {
      const top = communityTopAuthorsInRange(bundle, c, slice);
      // by hand: the community's authors with a 2020 paper (Ana, Ben, Cleo, Dev), their 2020 papers in community c
      const expected = ['Ana Reyes', 'Ben Okafor', 'Cleo Park', 'Dev Shah'].filter((n) => bundle.authors.community[who(n)] === c);
      expect(top.map((t) => bundle.authors.name[t.author]).sort()).toEqual(expected.sort());
      for (const t of top) {
        const hers = bundle.papers.authors.flatMap((list, p) => (list.includes(t.author) && bundle.papers.year[p] === 2020 ? [p] : []));
        expect(t.all).toBe(hers.length);
        expect(t.here).toBe(hers.filter((p) => bundle.papers.community[p] === c).length);
      }
      // most papers here first
      for (let k = 1; k < top.length; k++) expect(top[k - 1]!.here).toBeGreaterThanOrEqual(top[k]!.here);
    });
    // Eli and Fen (2019 only) are in no community's 2020 list
    const listed = bundle.communities.flatMap((_, c) => communityTopAuthorsInRange(bundle, c, slice).map((t) => t.author));
    expect(listed).not.toContain(who('Eli Moss'));
    expect(listed).not.toContain(who('Fen Wu'));
    expect(communityTopAuthorsInRange(bundle, 99, slice)).toEqual([]);
  });

  it('the author–paper view\'s stand-in co-author links (level of detail, no paper drawn) are the range\'s too', () => {
    const graph = buildSigmaGraph(bundle, 'papers', 'light');
    const everyone = new Set(bundle.authors.name.map((_n, a) => authorKey(a)));
    const drawn = (filters: Filters) => {
      applyVisibility(graph, computeVisibility(bundle, filters, 'papers'));
      return new Map([...selectLinks(graph, bundle, everyone, 100, false)].map(([key, l]) => [Number(key.slice('link:'.length)), l.attrs.score]));
    };
    const in2020Links = drawn(in2020);
    expect([...in2020Links.keys()].sort()).toEqual([link('Ana Reyes', 'Cleo Park'), link('Ana Reyes', 'Dev Shah'), link('Cleo Park', 'Dev Shah')].sort());
    expect(in2020Links.get(link('Cleo Park', 'Dev Shah'))).toBe(1.5);
    expect(drawn(DEFAULT_FILTERS).size).toBe(bundle.coauthorLinks.source.length);
  });
  it('a selected author is emphasised with their co-authors of the range, not those of other years', () => {
    const graph = buildSigmaGraph(bundle, 'coauthors', 'light');
    applyVisibility(graph, computeVisibility(bundle, in2020, 'coauthors'));
    const ana = computeEmphasis(graph, bundle, { kind: 'author', index: who('Ana Reyes') });
    expect([...ana.nodes].map((k) => bundle.authors.name[Number(k.slice(1))]).sort()).toEqual(['Ana Reyes', 'Cleo Park', 'Dev Shah']);
    applyVisibility(graph, computeVisibility(bundle, DEFAULT_FILTERS, 'coauthors'));
    expect(computeEmphasis(graph, bundle, { kind: 'author', index: who('Ana Reyes') }).nodes.size).toBe(4);
  });
  it('the author card\'s lists in 2020: Ana\'s co-authors of 2020 with their shared papers and strength in it, her 2020 papers', () => {
    const slice = timeSlice(bundle, [2020, 2020]);
    const ties = coauthorsOfAuthor(bundle, who('Ana Reyes'), slice).map((t) => [bundle.authors.name[t.author], t.shared, t.weight]);
    // all years: Ben first (two 2018 papers); in 2020 Ben is no co-author, Cleo and Dev one paper of three each
    expect(coauthorsOfAuthor(bundle, who('Ana Reyes')).map((t) => bundle.authors.name[t.author])).toEqual(['Ben Okafor', 'Cleo Park', 'Dev Shah']);
    expect(ties).toEqual([
      ['Cleo Park', 1, 0.5],
      ['Dev Shah', 1, 0.5],
    ]);
    // Cleo and Dev: 3 papers over all years, 2 in 2020
    expect(coauthorsOfAuthor(bundle, who('Cleo Park'), slice).find((t) => t.author === who('Dev Shah'))!.shared).toBe(2);
    expect(papersInRange(bundle, papersOfAuthor(bundle, who('Ana Reyes')), [2020, 2020]).map((p) => bundle.papers.title[p])).toEqual(['Salt and Rope']);
    expect(papersOfAuthor(bundle, who('Ana Reyes'))).toHaveLength(3);
  });
  it('betweenness in 2019–2020 is on that range\'s network: Ana (between Ben and the rest only through 2018 papers) has none, Cleo and Dev carry Ana\'s chains to Eli and Fen', () => {
    const on = (years: readonly [number, number] | null) => {
      const net = betweennessNetwork(bundle, years);
      const { values } = authorBetweenness(net);
      const byAuthor = new Map<string, number>();
      for (let i = 0; i < net.authorCount; i++) byAuthor.set(bundle.authors.name[net.author ? net.author[i]! : i]!, values[i]!);
      return { net, byAuthor };
    };
    const all = on(null);
    expect(all.byAuthor.get('Ana Reyes')).toBeGreaterThan(0);
    const ranged = on([2019, 2020]);
    // every author has a paper in 2019–2020 (Ben alone in 2020); links: Salt and Rope's 3, Four Winds' 6 (Cleo–Dev in both)
    expect(ranged.net.authorCount).toBe(6);
    expect(ranged.net.source).toHaveLength(8);
    expect(ranged.byAuthor.get('Ana Reyes')).toBe(0);
    expect(ranged.byAuthor.get('Ben Okafor')).toBe(0);
    expect(ranged.byAuthor.get('Cleo Park')).toBeGreaterThan(0);
    expect(ranged.byAuthor.get('Cleo Park')).toBe(ranged.byAuthor.get('Dev Shah'));
    // 2020: Eli and Fen (no 2020 paper) are not in its network
    expect(on([2020, 2020]).net.authorCount).toBe(4);
  });
});
