/**
 * Every export holds what the view shows under every filter (core/export/shown-set.ts `shownNetwork`, fed by the
 * view's visibility through app/features/export/gexf-shown.ts `exportShown`): years, venues, the least number of
 * papers, hidden communities, and in the co-author view the minimum link strength, linked authors only and the ego
 * view. A tester: `?ds=wang-jialiang&min=2` showed 18 of 109 authors, and the authors table, the pairs table, the
 * VOSviewer and Gephi files held all 109 authors and every link. The reference figures are worked out here from the
 * bylines alone (papers per author, pairs and their fractional strengths), not from the app's code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/node';
import { describe, expect, it } from 'vitest';
import { authorsCsv, coauthorPairsCsv, gephiTables, papersCsv } from '../../src/core/export/csv';
import { vosviewerMap, vosviewerNetwork } from '../../src/core/export/vosviewer';
import { gephiFiles, vosviewerFiles } from '../../src/core/export/bundle-files';
import { bundleToGexf } from '../../src/core/export/gexf';
import { shownFilterSuffix, shownFilterWords, shownNetwork, shownSuffix } from '../../src/core/export/shown-set';
import { exportShown, gexfShown, maskCount, shownFilters } from '../../src/app/features/export/gexf-shown';
import { tableMenuDetail } from '../../src/app/features/export/menu-words';
import { computeVisibility, DEFAULT_FILTERS, type Filters } from '../../src/app/graph/visibility';
import type { GraphView } from '../../src/app/graph/sigma-graph';
import type { Bundle } from '../../src/core/bundle/types';
import { buildText } from '../core/helpers';
import { INVENTED_PAPERS } from './invented-papers';

const SEED = path.resolve(import.meta.dirname, '../../public/samples/wang-jialiang.txt');
const seed = buildText('wang-jialiang.txt', readFileSync(SEED, 'utf8')).bundle;
// the invented papers with venues: two venues and papers without one
const VENUE_OF: Record<string, string | null> = { p1: 'Harbour Conference', p2: 'Harbour Conference', p3: 'Lantern Workshop', p4: 'Harbour Conference', p5: null, p6: 'Lantern Workshop', p7: 'Harbour Conference', p8: null, p9: 'Lantern Workshop' };
const invented = buildText('invented.jsonl', INVENTED_PAPERS.map((r) => JSON.stringify({ ...r, venue: VENUE_OF[r.id], doi: null, abstract: null })).join('\n')).bundle;

const rows = (text: string) => parse(text, { columns: true, bom: true }) as Record<string, string>[];
const lines = (text: string) => (text === '' ? [] : text.trimEnd().split('\r\n'));

/** The reference: from the bylines alone, what a view under `f` shows (authors, papers, links with their strengths). */
function reference(bundle: Bundle, f: Filters, view: GraphView) {
  const P = bundle.papers;
  const venueIndex = (p: number) => (P.venue[p] === null ? -1 : P.venue[p]!);
  const inSubset = (p: number) =>
    (!f.years || (P.year[p] !== null && P.year[p]! >= f.years[0] && P.year[p]! <= f.years[1])) && (!f.venues || f.venues.includes(venueIndex(p)));
  const subsetPapers = P.title.map((_, p) => p).filter(inSubset);
  const papersOf = new Map<number, number>();
  for (const p of subsetPapers) for (const a of P.authors[p]!) papersOf.set(a, (papersOf.get(a) ?? 0) + 1);
  const least = Math.max(1, f.minPapers);
  const authors = new Set(bundle.authors.name.map((_, a) => a).filter((a) => (papersOf.get(a) ?? 0) >= least && !f.hiddenCommunities.has(bundle.authors.community[a]!)));
  // pairs of the subset's papers: fractional strength 1/(n − 1) per paper (the seed's and the invented bundles' counting)
  expect(bundle.options.counting).toBe('fractional');
  const pairs = new Map<string, { strength: number; shared: number }>();
  for (const p of subsetPapers) {
    const list = [...new Set(P.authors[p]!)];
    if (bundle.options.maxAuthors !== null && list.length > bundle.options.maxAuthors) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = [list[i]!, list[j]!].sort((x, y) => x - y).join('-');
        const pair = pairs.get(key) ?? { strength: 0, shared: 0 };
        pair.strength += 1 / (list.length - 1);
        pair.shared++;
        pairs.set(key, pair);
      }
    }
  }
  const min = view === 'coauthors' ? f.minLinkStrength : 0;
  const links = new Map([...pairs].filter(([key, v]) => key.split('-').every((a) => authors.has(Number(a))) && v.strength >= min - 1e-6));
  const papers = subsetPapers.filter((p) => !f.hiddenCommunities.has(P.community[p]!) && P.authors[p]!.some((a) => authors.has(a)));
  return { authors, links, papers, papersOf };
}

/** Every export of the view of `bundle` under `f` in `view`, as the explorer writes them. */
function exportsOf(bundle: Bundle, f: Filters, view: GraphView) {
  const visibility = computeVisibility(bundle, f, view);
  const shown = exportShown(bundle, f, view, visibility);
  const gephi = gephiTables(bundle, shown);
  return {
    visibility,
    shown,
    authors: rows(authorsCsv(bundle, shown)),
    papers: rows(papersCsv(bundle, null, shown)),
    pairs: rows(coauthorPairsCsv(bundle, shown)),
    vosMap: lines(vosviewerMap(bundle, shown)).slice(1).map((l) => l.split('\t')),
    vosNetwork: lines(vosviewerNetwork(bundle, shown)).map((l) => l.split('\t')),
    nodes: rows(gephi.nodes),
    edges: rows(gephi.edges),
    gexf: parseGexf(Graph, bundleToGexf(bundle, { shown: gexfShown(view, visibility, shown.filters ?? null) })),
  };
}

const pairKey = (s: string | number, t: string | number) => [Number(s), Number(t)].sort((x, y) => x - y).join('-');

/** Checks every export of `bundle` under `f` in `view` against the reference. */
function checkAll(bundle: Bundle, f: Filters, view: GraphView) {
  const ref = reference(bundle, f, view);
  const out = exportsOf(bundle, f, view);
  const ids = [...ref.authors].sort((x, y) => x - y);
  // the view itself agrees with the reference (the masks the exports read)
  expect(out.visibility.authorCount).toBe(ref.authors.size);
  expect(out.visibility.linkCount).toBe(ref.links.size);
  // the authors: the authors table, VOSviewer's map, Gephi's nodes
  expect(out.authors.map((r) => Number(r.id))).toEqual(ids);
  expect(out.vosMap.map((r) => Number(r[0]) - 1)).toEqual(ids);
  expect(out.nodes.map((r) => Number(r.Id))).toEqual(ids);
  // the links: the pairs table, VOSviewer's network, Gephi's edges, at their strengths over the subset's papers
  const expectLinks = (got: { s: string; t: string; w: string }[]) => {
    expect(new Set(got.map((r) => pairKey(r.s, r.t)))).toEqual(new Set(ref.links.keys()));
    expect(got).toHaveLength(ref.links.size);
    for (const r of got) expect(Number(r.w)).toBeCloseTo(ref.links.get(pairKey(r.s, r.t))!.strength, 6);
  };
  expectLinks(out.pairs.map((r) => ({ s: r.source_id!, t: r.target_id!, w: r.link_strength! })));
  expectLinks(out.vosNetwork.map((r) => ({ s: String(Number(r[0]) - 1), t: String(Number(r[1]) - 1), w: r[2]! })));
  expectLinks(out.edges.map((r) => ({ s: r.Source!, t: r.Target!, w: r.Weight! })));
  for (const r of out.pairs) expect(Number(r.shared_papers)).toBe(ref.links.get(pairKey(r.source_id!, r.target_id!))!.shared);
  // the papers table: the subset's papers of the shown authors (their community not hidden)
  expect(out.papers.map((r) => Number(r.id))).toEqual(ref.papers);
  // each author's figures over the links the files hold: VOSviewer's Links and Total link strength, Gephi's
  // coauthors and total_link_strength (and the authors table's `…_shown` under other filters), papers of the subset
  const strengthOf = new Map<number, number>();
  const degreeOf = new Map<number, number>();
  for (const [key, v] of ref.links) {
    for (const a of key.split('-').map(Number)) {
      strengthOf.set(a, (strengthOf.get(a) ?? 0) + v.strength);
      degreeOf.set(a, (degreeOf.get(a) ?? 0) + 1);
    }
  }
  for (const r of out.vosMap) {
    const a = Number(r[0]) - 1;
    expect(Number(r[5])).toBe(degreeOf.get(a) ?? 0);
    expect(Number(r[6])).toBeCloseTo(strengthOf.get(a) ?? 0, 5);
    expect(Number(r[7])).toBe(ref.papersOf.get(a));
  }
  for (const r of out.nodes) {
    expect(Number(r.coauthors)).toBe(degreeOf.get(Number(r.Id)) ?? 0);
    expect(Number(r.total_link_strength)).toBeCloseTo(strengthOf.get(Number(r.Id)) ?? 0, 5);
    expect(Number(r.papers)).toBe(ref.papersOf.get(Number(r.Id)));
  }
  if (out.shown.filters) {
    for (const r of out.authors) {
      expect(Number(r.coauthors_shown)).toBe(degreeOf.get(Number(r.id)) ?? 0);
      expect(Number(r.total_link_strength_shown)).toBeCloseTo(strengthOf.get(Number(r.id)) ?? 0, 5);
      expect(r.filters).toBe(shownFilterWords(bundle, out.shown.filters));
    }
  }
  // the GEXF, in the co-author view, holds the same authors and links
  expect(out.gexf.filterNodes((_n, a) => a.kind === 'author').length).toBe(ref.authors.size);
  if (view === 'coauthors') expect(out.gexf.size).toBe(ref.links.size);
  // the shown set's own counts, and the Export menu's (from the view's counts) are the files' rows
  const net = shownNetwork(bundle, out.shown);
  expect([net.authors.length, net.links.length, net.papers.length]).toEqual([ref.authors.size, ref.links.size, ref.papers.length]);
  expect(maskCount(out.shown.paper)).toBe(ref.papers.length);
  return { ref, out };
}

describe('the shown set: every export follows every filter of the view', () => {
  it('the seed with at least 2 papers (the tester\'s ?ds=wang-jialiang&min=2): 18 of 109 authors in every file', () => {
    expect(seed.stats.authors).toBe(109);
    const f: Filters = { ...DEFAULT_FILTERS, minPapers: 2 };
    const { ref, out } = checkAll(seed, f, 'papers');
    expect(ref.authors.size).toBe(18);
    expect(out.authors).toHaveLength(18);
    expect(out.vosMap).toHaveLength(18);
    expect(out.nodes).toHaveLength(18);
    // far fewer links than the whole map's 3,926 pairs and 9 papers (each has an author with 2 papers: the focal author)
    expect(seed.stats.coauthorPairs).toBe(3926);
    expect(out.pairs.length).toBe(ref.links.size);
    expect(out.pairs.length).toBeLessThan(3926);
    expect(out.papers).toHaveLength(9);
    // the tables say the filter in a column; the whole record's figures are kept beside
    expect(Object.keys(out.authors[0]!).slice(-3)).toEqual(['filters', 'coauthors_shown', 'total_link_strength_shown']);
    expect(out.authors[0]!.filters).toBe('at least 2 papers');
    expect(Object.keys(out.pairs[0]!)).toEqual(['source_id', 'source', 'target_id', 'target', 'link_strength', 'shared_papers', 'filters']);
    // the file names say it
    expect(shownSuffix(seed, out.shown)).toBe('-min2');
    expect(Object.keys(vosviewerFiles(seed, 'wang-jialiang', out.shown))).toEqual(['wang-jialiang-min2-vosviewer-map.txt', 'wang-jialiang-min2-vosviewer-network.txt']);
    expect(Object.keys(gephiFiles(seed, 'wang-jialiang', out.shown))).toEqual(['wang-jialiang-min2-gephi-nodes.csv', 'wang-jialiang-min2-gephi-edges.csv']);
    // the menu counts the files' rows
    const counts = { authors: out.visibility.authorCount, links: out.visibility.linkCount, papers: maskCount(out.shown.paper), filters: 'at least 2 papers' };
    expect(tableMenuDetail('authors-csv', seed, null, counts)).toBe('CSV · at least 2 papers: 18 rows, metrics and community');
    expect(tableMenuDetail('vosviewer', seed, null, counts)).toBe(`map and network files · all years, at least 2 papers: 18 authors, ${ref.links.size} links`);
    expect(tableMenuDetail('papers-csv', seed, null, counts)).toBe('CSV · at least 2 papers: 9 rows (all years), with abstracts');
  });

  it('the seed with a community hidden, and with paper squares off: the same rows', () => {
    const hidden = new Set([1]);
    checkAll(seed, { ...DEFAULT_FILTERS, hiddenCommunities: hidden }, 'papers');
    const off = checkAll(seed, { ...DEFAULT_FILTERS, hiddenCommunities: hidden, showPapers: false }, 'papers');
    // papers off draws no paper square, yet the papers table lists the shown authors' papers
    expect(off.out.visibility.paperCount).toBe(0);
    expect(off.out.papers.length).toBeGreaterThan(0);
  });

  it('the invented map under each filter and their combinations: years, venues, least papers, hidden communities, link strength, linked only, ego view', () => {
    const ada = invented.authors.name.indexOf('Ada Quill');
    const H = invented.venues.indexOf('Harbour Conference');
    let cases = 0;
    for (const view of ['papers', 'coauthors'] as const) {
      for (const years of [null, [2019, 2020], [2020, 2021]] as const) {
        for (const venues of [null, [H], [H, -1]]) {
          for (const minPapers of [1, 2, 3]) {
            for (const hidden of [[], [invented.authors.community[ada]!]]) {
              for (const minLinkStrength of [0, 0.5, 1]) {
                const f: Filters = { ...DEFAULT_FILTERS, years, venues, minPapers, hiddenCommunities: new Set(hidden), minLinkStrength };
                checkAll(invented, f, view);
                cases++;
              }
            }
          }
        }
      }
    }
    expect(cases).toBe(324);
  });

  it('linked authors only and the ego view: the exports hold the view\'s authors (masks from the visibility)', () => {
    const ada = invented.authors.name.indexOf('Ada Quill');
    const f: Filters = { ...DEFAULT_FILTERS, minLinkStrength: 1, hideUnlinked: true };
    const out = exportsOf(invented, f, 'coauthors');
    expect(out.authors.map((r) => Number(r.id))).toEqual([...out.visibility.author].flatMap((v, a) => (v ? [a] : [])));
    expect(out.authors.length).toBeLessThan(invented.stats.authors);
    expect(out.pairs).toHaveLength(out.visibility.linkCount);
    expect(out.pairs.every((r) => Number(r.link_strength) >= 1 - 1e-6)).toBe(true);
    expect(shownSuffix(invented, out.shown)).toBe('-link1-linked');
    const ego = exportsOf(invented, { ...DEFAULT_FILTERS, ego: { author: ada, steps: 1 } }, 'coauthors');
    expect(ego.authors).toHaveLength(ego.visibility.authorCount);
    expect(ego.vosNetwork).toHaveLength(ego.visibility.linkCount);
    expect(shownSuffix(invented, ego.shown)).toBe('-network-of-ada-quill-1-step');
    expect(ego.authors[0]!.filters).toBe('the network of Ada Quill, 1 step');
  });

  it('a co-author chain traced in the ego view: the papers table lists the papers the view draws, its steps\' papers and not its people\'s others, whether paper squares are on or off', () => {
    const [ada, cy, di, ed] = ['Ada Quill', 'Cy Fenn', 'Di Ward', 'Ed Lowe'].map((n) => invented.authors.name.indexOf(n)) as [number, number, number, number];
    const [p4, p5, p9] = ['Copper Kites', 'Paper Moons', 'Late Letters'].map((t) => invented.papers.title.indexOf(t)) as [number, number, number];
    const listed = (f: Filters, chain: { authors: number[]; papers: number[] }) => {
      const visibility = computeVisibility(invented, f, 'papers', chain);
      return { visibility, papers: rows(papersCsv(invented, null, exportShown(invented, f, 'papers', visibility))).map((r) => Number(r.id)) };
    };
    const ego: Filters = { ...DEFAULT_FILTERS, ego: { author: ada, steps: 1 } };
    // Ada → Cy (p9) → Di (p4) → Ed (p5): Paper Moons (2021, the step Di → Ed) outside the years, or its community hidden
    const far = { authors: [ada, cy, di, ed], papers: [p9, p4, p5] };
    for (const f of [{ ...ego, years: [2016, 2020] as const }, { ...ego, hiddenCommunities: new Set([invented.papers.community[p5]!]) }]) {
      const on = listed(f, far);
      expect(on.visibility.paper[p5], 'the step\'s paper drawn').toBe(1);
      const drawn = [...on.visibility.paper].flatMap((v, p) => (v ? [p] : []));
      expect(on.papers).toEqual(drawn);
      expect(listed({ ...f, showPapers: false }, far).papers).toEqual(drawn);
    }
    // Ada → Cy (p9) → Di (p4): Di's other paper (Paper Moons, with Ed) is not drawn, nor listed
    const near = { authors: [ada, cy, di], papers: [p9, p4] };
    const on = listed(ego, near);
    expect(on.visibility.paper[p5]).toBe(0);
    expect(on.papers).not.toContain(p5);
    expect(listed({ ...ego, showPapers: false }, near).papers).toEqual(on.papers);
  });

  it('a link\'s strength counts only the papers the years and venues leave; the least-papers filter takes away authors and their links, not papers from a link', () => {
    const ada = invented.authors.name.indexOf('Ada Quill');
    const bo = invented.authors.name.indexOf('Bo Marsh');
    const cy = invented.authors.name.indexOf('Cy Fenn');
    // Ada–Bo: p1 2016 (1), p2 2019 (1/2), p3 2020 (1): 2.5 in all, 1.5 in 2019–2020
    const pair = (out: ReturnType<typeof exportsOf>, a: number, b: number) => out.pairs.find((r) => pairKey(r.source_id!, r.target_id!) === pairKey(a, b));
    const all = exportsOf(invented, DEFAULT_FILTERS, 'papers');
    expect(Number(pair(all, ada, bo)!.link_strength)).toBeCloseTo(2.5, 8);
    const range = exportsOf(invented, { ...DEFAULT_FILTERS, years: [2019, 2020], minPapers: 2 }, 'papers');
    expect(Number(pair(range, ada, bo)!.link_strength)).toBeCloseTo(1.5, 8);
    expect(pair(range, ada, bo)!.link_strength_all_years).toBe('2.5');
    // Cy has 2 papers in 2019–2020 (p2, p4), Di 1 (p4): at least 2 keeps Cy, takes Di and her links away
    const di = invented.authors.name.indexOf('Di Ward');
    expect(range.authors.some((r) => Number(r.id) === cy)).toBe(true);
    expect(range.authors.some((r) => Number(r.id) === di)).toBe(false);
    expect(range.pairs.some((r) => [r.source_id, r.target_id].includes(String(di)))).toBe(false);
    // Cy's figures: in the years, every link of the range (Ada, Bo, Di, Ed, Fay); shown, the links to Ada and Bo
    const cyRow = range.authors.find((r) => Number(r.id) === cy)!;
    expect(cyRow).toMatchObject({ years: '2019–2020', papers_in_years: '2', coauthors_in_years: '5', coauthors_shown: '2', filters: 'at least 2 papers' });
    expect(Number(cyRow.total_link_strength_shown)).toBeCloseTo(1, 6);
    expect(shownSuffix(invented, range.shown)).toBe('-2019-2020-min2');
  });

  it('the file-name words and the words of each filter', () => {
    const none = { minPapers: 1, hiddenCommunities: [], minLinkStrength: 0, hideUnlinked: false, ego: null };
    expect(shownFilterSuffix(seed, { ...none, minPapers: 5 })).toBe('-min5');
    const n = seed.communities.length;
    expect(n).toBeGreaterThan(3);
    // fewer hidden than shown: the hidden ones; fewer shown: the shown ones (numbered from 1, as the cards)
    expect(shownFilterSuffix(seed, { ...none, hiddenCommunities: [1] })).toBe('-without-communities-2');
    // (said by their names too, as the map names them: "community 1" alone was a name the user never saw, a tester)
    expect(shownFilterWords(seed, { ...none, hiddenCommunities: [1] })).toBe('without community 2 (Diffusion Transformers · complexity)');
    const allBut0 = Array.from({ length: n - 1 }, (_, i) => i + 1);
    expect(shownFilterSuffix(seed, { ...none, hiddenCommunities: allBut0 })).toBe('-communities-1');
    expect(shownFilterWords(seed, { ...none, hiddenCommunities: allBut0 })).toBe('community 1 (media foundation models · Movie Gen) only');
    expect(shownFilterSuffix(seed, { ...none, minLinkStrength: 1 / 3 })).toBe('-link0.333333');
    expect(shownFilterWords(seed, { ...none, minPapers: 2, minLinkStrength: 0.5, hideUnlinked: true })).toBe('at least 2 papers; links of strength ≥ 0.5; linked authors only');
    // the papers view takes no link filter, and paper squares off hides no author: no filter, no suffix
    expect(shownFilters(seed, { ...DEFAULT_FILTERS, minLinkStrength: 1, hideUnlinked: true, showPapers: false }, 'papers')).toBeNull();
    expect(shownSuffix(seed, exportShown(seed, DEFAULT_FILTERS, 'papers', computeVisibility(seed, DEFAULT_FILTERS, 'papers')))).toBe('');
  });
});
