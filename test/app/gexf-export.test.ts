/**
 * The GEXF export holds what the view shows under the filters (graph/visibility.ts computeVisibility), and the
 * Export menu counts it: invented bundles, the file parsed back with graphology-gexf.
 */
import Graph from 'graphology';
import { parse } from 'graphology-gexf/node';
import { describe, expect, it } from 'vitest';
import { bundleToGexf } from '../../src/core/export/gexf';
import { gexfMenuDetail, gexfShown } from '../../src/app/features/export/gexf-shown';
import { tableMenuDetail } from '../../src/app/features/export/menu-words';
import { computeVisibility, DEFAULT_FILTERS, type Filters } from '../../src/app/graph/visibility';
import type { GraphView } from '../../src/app/graph/sigma-graph';
import { buildText } from '../core/helpers';
import { INVENTED_JSONL } from './invented-papers';

const jsonl = INVENTED_JSONL;
const { bundle } = buildText('invented.jsonl', jsonl);

const names = (g: Graph, kind: string) =>
  g
    .filterNodes((_n, a) => a.kind === kind)
    .map((n) => g.getNodeAttribute(n, 'label') as string)
    .sort();
const edgesOf = (g: Graph, kind: string) => g.filterEdges((_e, a) => a.kind === kind);

function exported(filters: Filters, view: GraphView) {
  const visibility = computeVisibility(bundle, filters, view);
  const graph = parse(Graph, bundleToGexf(bundle, { shown: gexfShown(view, visibility) }));
  return { visibility, graph, menu: gexfMenuDetail(view, visibility, bundle) };
}

/** Filter sets a user can reach: year ranges, minimum papers, a hidden community, link strengths, an ego view. */
function filterCases(): Filters[] {
  const ada = bundle.authors.name.indexOf('Ada Quill');
  const out: Filters[] = [];
  for (const years of [null, [2019, 2020], [2021, 2021]] as const) {
    for (const minPapers of [1, 2, 3]) {
      for (const hidden of [[], [bundle.authors.community[ada]!]]) {
        for (const minLinkStrength of [0, 0.5, 1]) {
          for (const ego of [null, { author: ada, steps: 1 as const }]) {
            out.push({ ...DEFAULT_FILTERS, years, minPapers, hiddenCommunities: new Set(hidden), minLinkStrength, ego });
          }
        }
      }
    }
  }
  out.push({ ...DEFAULT_FILTERS, showPapers: false }, { ...DEFAULT_FILTERS, hideUnlinked: true, minLinkStrength: 1 });
  return out;
}

describe('GEXF "as shown"', () => {
  it('the invented bundle has the years and link strengths the checks need', () => {
    expect(new Set(bundle.papers.year)).toEqual(new Set([2016, 2019, 2020, 2021, null]));
    expect(new Set(bundle.coauthorLinks.weight).size).toBeGreaterThan(2);
    expect(bundle.communities.length).toBeGreaterThan(1);
  });

  it('with a year range, holds only that range\'s papers, and no co-author links in the author–paper view', () => {
    const { graph, menu } = exported({ ...DEFAULT_FILTERS, years: [2019, 2020] }, 'papers');
    expect(names(graph, 'paper')).toEqual(['Copper Kites', 'Glass Rivers', 'Harbour Tides', 'Iron Gardens', 'Salt Roads']);
    expect(graph.filterNodes((_n, a) => a.kind === 'paper' && (a.year < 2019 || a.year > 2020))).toEqual([]);
    expect(names(graph, 'author')).not.toContain('Jo Birch');
    expect(edgesOf(graph, 'coauthor')).toEqual([]);
    // Harbour Tides 3 + Salt Roads 2 + Copper Kites 4 + Glass Rivers 2 + Iron Gardens 3 authorship edges
    expect(edgesOf(graph, 'authorship')).toHaveLength(14);
    expect(menu).toBe('GEXF · 9 authors and 5 papers in 2019–2020, as shown');
  });

  it('in the co-author view, holds the links at or above the link strength, weighted by it', () => {
    const { graph, visibility, menu } = exported({ ...DEFAULT_FILTERS, minLinkStrength: 1 }, 'coauthors');
    expect(graph.filterNodes((_n, a) => a.kind === 'paper')).toEqual([]);
    const L = bundle.coauthorLinks;
    const strong = [...L.weight.keys()].filter((e) => L.weight[e]! >= 1);
    expect(strong.length).toBeGreaterThan(0);
    expect(strong.length).toBeLessThan(L.weight.length);
    expect(graph.size).toBe(strong.length);
    for (const e of strong) expect(graph.getEdgeAttribute(`l${e}`, 'weight')).toBeCloseTo(L.weight[e]!, 9);
    expect(menu).toBe(`GEXF · ${visibility.authorCount} authors and ${strong.length} links, as shown`);
  });

  it('holds exactly the nodes and edges of the visibility masks, and the menu says their counts, under every filter', () => {
    const P = bundle.papers;
    const L = bundle.coauthorLinks;
    for (const filters of filterCases()) {
      for (const view of ['papers', 'coauthors'] as const) {
        const { visibility: v, graph, menu } = exported(filters, view);
        const what = `${view} ${JSON.stringify({ ...filters, hiddenCommunities: [...filters.hiddenCommunities] })}`;
        const inYears = filters.years ? ` in ${filters.years[0] === filters.years[1] ? filters.years[0] : filters.years.join('–')}` : '';
        const shownAuthors = bundle.authors.name.filter((_, a) => v.author[a] === 1).sort();
        expect(names(graph, 'author'), what).toEqual(shownAuthors);
        if (view === 'papers') {
          expect(names(graph, 'paper'), what).toEqual(P.title.filter((_, p) => v.paper[p] === 1).sort());
          expect(edgesOf(graph, 'coauthor'), what).toEqual([]);
          const authorship = P.authors.reduce((n, list, p) => n + (v.paper[p] === 1 ? list.filter((a) => v.author[a] === 1).length : 0), 0);
          expect(edgesOf(graph, 'authorship'), what).toHaveLength(authorship);
          expect(menu, what).toBe(`GEXF · ${countOf(graph.order - v.paperCount, 'author')}${v.paperCount ? ` and ${countOf(v.paperCount, 'paper')}` : ''}${inYears}, as shown`);
        } else {
          expect(graph.filterNodes((_n, a) => a.kind === 'paper'), what).toEqual([]);
          expect(edgesOf(graph, 'authorship'), what).toEqual([]);
          expect(graph.size, what).toBe(v.linkCount);
          graph.forEachEdge((_e, a) => expect(a.weight, what).toBeGreaterThanOrEqual(v.minLinkStrength - 1e-6));
          // a year range's links are its papers' (Visibility.slice): weights and presence from them
          const weight = v.slice ? v.slice.weight : L.weight;
          const has = (e: number) => !v.slice || v.slice.shared[e]! > 0;
          expect(L.source.filter((_, e) => has(e) && v.author[L.source[e]!] === 1 && v.author[L.target[e]!] === 1 && weight[e]! >= v.minLinkStrength - 1e-6)).toHaveLength(graph.size);
          graph.forEachEdge((key, a) => expect(a.weight, what).toBe(weight[Number(key.slice(1))]));
          expect(menu, what).toBe(`GEXF · ${countOf(graph.order, 'author')} and ${countOf(graph.size, 'link')}${inYears}, as shown`);
        }
      }
    }
  });

  it('with a year range, the co-author view holds the links of that range\'s papers only, weighted over them, and says the range', () => {
    const { graph, visibility, menu } = exported({ ...DEFAULT_FILTERS, years: [2020, 2020] }, 'coauthors');
    const key = (a: string, b: string) => graph.edge(graph.findNode((_n, x) => x.label === a), graph.findNode((_n, x) => x.label === b));
    // Ada Quill and Cy Fenn both wrote in 2020, but together only in 2019 and 2021: no link in 2020
    expect(names(graph, 'author')).toEqual(expect.arrayContaining(['Ada Quill', 'Cy Fenn']));
    expect(key('Ada Quill', 'Cy Fenn')).toBeUndefined();
    // Ada Quill and Bo Marsh: Salt Roads (2 authors) in 2020 gives 1, not the 1 + 1/2 + 1 of all years
    const ab = key('Ada Quill', 'Bo Marsh')!;
    expect(graph.getEdgeAttribute(ab, 'weight')).toBe(1);
    expect(graph.getEdgeAttribute(ab, 'shared')).toBe(1);
    // Copper Kites (4 authors): 1/3 to each of its 6 pairs; Iron Gardens (3 authors): 1/2 to each of its 3
    expect(graph.getEdgeAttribute(key('Di Ward', 'Ed Lowe')!, 'weight')).toBe(0.33333333);
    expect(graph.getEdgeAttribute(key('Gil Stone', 'Hal Brook')!, 'weight')).toBe(0.5);
    expect(graph.size).toBe(1 + 6 + 3);
    expect(visibility.totalLinks).toBe(10);
    expect(menu).toBe(`GEXF · ${visibility.authorCount} authors and 10 links in 2020, as shown`);
    const text = bundleToGexf(bundle, { shown: gexfShown('coauthors', visibility) });
    expect(text).toMatch(/<description>Year range 2020: authors with a paper in 2020; co-author links, their weight .* from the papers of 2020 only/);
    expect(graph.getNodeAttribute(graph.findNode((_n, x) => x.label === 'Ada Quill'), 'papers_in_years')).toBe(1);
    expect(graph.getNodeAttribute(graph.findNode((_n, x) => x.label === 'Ada Quill'), 'papers')).toBe(4);
    // her disc in Gephi as on the map: by her one paper of 2020 (1 + √1), not her four (1 + √4)
    expect(graph.getNodeAttribute(graph.findNode((_n, x) => x.label === 'Ada Quill'), 'size')).toBe(2);
    const whole = exported(DEFAULT_FILTERS, 'coauthors').graph;
    expect(whole.getNodeAttribute(whole.findNode((_n, x) => x.label === 'Ada Quill'), 'size')).toBe(3);
  });

  it('in the author–paper view with papers hidden, holds the authors alone', () => {
    const { graph, menu } = exported({ ...DEFAULT_FILTERS, showPapers: false }, 'papers');
    expect(graph.order).toBe(bundle.authors.name.length);
    expect(graph.size).toBe(0);
    expect(menu).toBe(`GEXF · ${bundle.authors.name.length} authors, as shown`);
  });
});

const countOf = (n: number, noun: string) => `${n.toLocaleString('en')} ${n === 1 ? noun : `${noun}s`}`;

describe('the Export menu says which years each table and network file covers', () => {
  it('all years: the bibliometric files say "all years" with the whole record\'s counts', () => {
    const { stats } = bundle;
    expect(tableMenuDetail('vosviewer', bundle, null)).toBe(`map and network files · all years: ${countOf(stats.authors, 'author')}, ${countOf(stats.coauthorPairs, 'link')}`);
    expect(tableMenuDetail('gephi-tables', bundle, null)).toBe(`nodes and edges CSV (Import Spreadsheet) · all years: ${countOf(stats.authors, 'node')}, ${countOf(stats.coauthorPairs, 'edge')}`);
    expect(tableMenuDetail('pairs-csv', bundle, null)).toBe(`CSV · all years: ${countOf(stats.coauthorPairs, 'row')} with weights`);
  });

  it('a year range: the range and the counts of its network, which are the files\' rows', () => {
    const { slice } = computeVisibility(bundle, { ...DEFAULT_FILTERS, years: [2020, 2020] }, 'coauthors');
    // 2020's links: Salt Roads' one pair, Copper Kites' 6, Iron Gardens' 3
    expect(slice!.linkCount).toBe(10);
    expect(tableMenuDetail('vosviewer', bundle, slice)).toBe(`map and network files · 2020: ${countOf(slice!.authorCount, 'author')}, 10 links`);
    expect(tableMenuDetail('gephi-tables', bundle, slice)).toBe(`nodes and edges CSV (Import Spreadsheet) · 2020: ${countOf(slice!.authorCount, 'node')}, 10 edges`);
    expect(tableMenuDetail('pairs-csv', bundle, slice)).toBe('CSV · 2020: 10 rows with weights');
    // the authors table holds 2020's authors (it held every author, most with zeros, sorted by id)
    expect(tableMenuDetail('authors-csv', bundle, slice)).toBe(`CSV · 2020: ${countOf(slice!.authorCount, 'row')}, metrics and community, whole-record and 2020 columns`);
    expect(slice!.authorCount).toBeLessThan(bundle.stats.authors);
    // the papers table holds 2020's papers (it held every year's, said "all years", beside a map of 2020)
    const in2020 = bundle.papers.year.filter((y) => y === 2020).length;
    expect(slice!.paperCount).toBe(in2020);
    expect(tableMenuDetail('papers-csv', bundle, slice)).toBe(`CSV · 2020: ${countOf(in2020, 'row')}, with abstracts`);
    expect(tableMenuDetail('papers-csv', bundle, null)).toBe(`CSV · ${countOf(bundle.stats.papers, 'row')} (all years), with abstracts`);
  });
});
