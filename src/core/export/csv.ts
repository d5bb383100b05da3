/**
 * CSV tables (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote
 * or line break, quotes doubled), written by csv-stringify. Text cells that a spreadsheet would run as a
 * formula (starting with = + - @, their full-width forms ＝ ＋ － ＠, tab or carriage return) get a leading
 * apostrophe (csv-stringify's escape_formulas); numbers are written as numbers. Characters XML 1.0 forbids
 * (C0 controls) are dropped from text, as in every export.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import { xmlSafe } from '../util/xml-text';
import type { Abstracts, Bundle } from '../bundle/types';
import { meanAuthorYears } from '../queries/year-colours';
import { subsetCells, subsetHeader, type TableSubset } from './table-subset';
import { shownNetwork, type ShownSet } from './shown-set';
import { writtenTotal } from '../bundle/make-bundle';

type Cell = string | number | null | undefined;

const OPTIONS = { escape_formulas: true, record_delimiter: '\r\n', eof: true } as const;

function cell(value: Cell): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return xmlSafe(value).replace(/^\uFEFF/, '');
}

/** One text cell as CSV: quoted and neutralised as needed. */
export function csvText(value: string): string {
  return stringify([[cell(value)]], { ...OPTIONS, eof: false });
}

/** A whole table: header row then rows, CRLF line ends (also after the last row). */
export function csvTable(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  const records: (string | number | null)[][] = [header.map(cell)];
  for (const r of rows) records.push(r.map(cell));
  return stringify(records, OPTIONS);
}

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Authors with their metrics and community: one row per person. `id`: the author's index (0-based, as in the
 * pairs table and the address's `author=`); `vosviewer_id`: the id the VOSviewer map and network files give the
 * author (`id` + 1: VOSviewer numbers items from 1; a tester joined the two by `id` and was one off); `community`: numbered from 1 as the app's cards ("Community 5" = 5; 1 = the largest);
 * `total_link_strength`: the sum of the author's rows' `link_strength` in the whole record's pairs table, rounded to 6 decimals
 * (`writtenTotal`: the pair weights' own 8-decimal rounding left out, so 14 is written 14, not 14.00000002).
 * `shown`: what the view shows (shown-set.ts: a `ShownSet`, the view's masks and filters), or a subset of the
 * papers alone (a year range [first, last], or years and venues: table-subset.ts), or null (everyone). Only the
 * authors shown (under a subset, those with a paper in it), as the pairs and papers tables and the VOSviewer and
 * Gephi files hold them. Under a subset, columns more: `years` (the range, "all years" for venues alone, on every
 * row), `venues` (the venues' whole names, on every row; with venues only), `papers_in_years`, `coauthors_in_years`
 * and `total_link_strength_in_years` (counted on the subset's papers only: core/queries/time-slice.ts `paperSlice`).
 * Under other filters (least papers, hidden communities, minimum link strength, linked authors only, an ego view),
 * columns more: `filters` (them in words, on every row), `coauthors_shown` and `total_link_strength_shown` (over the
 * links the export holds: the author's rows in the pairs table of the same view). The other columns stay the whole
 * record's. Throws a RangeError for a range that is not two whole years in order, or a venue not of `bundle`; an
 * Error for masks of another dataset.
 */
export function authorsCsv(bundle: Bundle, shown: ShownSet | TableSubset = null): string {
  const A = bundle.authors;
  const years = meanAuthorYears(bundle);
  const header = ['id', 'name', 'other_spellings', 'orcid', 'community', 'community_label', 'papers', 'coauthors', 'total_link_strength', 'mean_year', 'x', 'y', 'vosviewer_id'];
  const net = shownNetwork(bundle, shown);
  const sub = net.sub;
  const slice = sub?.slice ?? null;
  const said = sub ? subsetCells(sub) : [];
  if (sub) header.push(...subsetHeader(sub), 'papers_in_years', 'coauthors_in_years', 'total_link_strength_in_years');
  if (net.filters) header.push('filters', 'coauthors_shown', 'total_link_strength_shown');
  const rows: Cell[][] = [];
  for (const a of net.authors) {
    rows.push([
      a,
      A.name[a],
      A.aliases[a]!.join('; '),
      A.orcid[a],
      A.community[a]! + 1,
      bundle.communities[A.community[a]!]?.label ?? '',
      A.paperCount[a],
      A.coauthorCount[a],
      writtenTotal(A.weightedDegree[a]!),
      years[a] === null ? null : round(years[a]!, 1),
      round(A.x[a]!, 2),
      round(A.y[a]!, 2),
      a + 1,
      ...(slice ? [...said, slice.papers[a], slice.coauthors[a], writtenTotal(slice.strength[a]!)] : []),
      ...(net.filters ? [net.filterWords, net.coauthors[a], writtenTotal(net.strength[a]!)] : []),
    ]);
  }
  return csvTable(header, rows);
}

/**
 * Papers: one row per paper, authors by name, `community` numbered from 1 as the app's cards; with `abstracts`, an
 * abstract column too. `shown`: what the view shows (shown-set.ts `ShownSet`: its papers are those of the years and
 * venues with a shown author, their community not hidden, the papers the author–paper view draws), or a subset
 * alone (a year range [first, last], inclusive, or years and venues: table-subset.ts: its papers, a paper without a
 * year being in no range), or null (every paper); in their order and with their ids. Under a subset, after
 * `community` a `years` column (the range, "all years" for venues alone, on every row) and, with venues, a `venues`
 * column (their whole names, on every row); under other filters a `filters` column (them in words, on every row).
 * Throws a RangeError for a range not two whole years in order, or a venue not of `bundle`; an Error for masks of
 * another dataset.
 */
export function papersCsv(bundle: Bundle, abstracts?: Abstracts | null, shown: ShownSet | TableSubset = null): string {
  const P = bundle.papers;
  const header = ['id', 'title', 'year', 'venue', 'doi', 'url', 'authors', 'author_count', 'community'];
  const net = shownNetwork(bundle, shown);
  const words = net.sub;
  const said = words ? subsetCells(words) : [];
  if (words) header.push(...subsetHeader(words));
  if (net.filters) header.push('filters');
  if (abstracts) header.push('abstract');
  const rows: Cell[][] = [];
  for (const p of net.papers) {
    const r: Cell[] = [
      p,
      P.title[p],
      P.year[p],
      P.venue[p] === null ? null : bundle.venues[P.venue[p]!],
      P.doi[p],
      P.url[p],
      P.authors[p]!.map((a) => bundle.authors.name[a]).join('; '),
      P.authors[p]!.length,
      P.community[p]! + 1,
    ];
    r.push(...said);
    if (net.filters) r.push(net.filterWords);
    if (abstracts) r.push(abstracts[p] ?? null);
    rows.push(r);
  }
  return csvTable(header, rows);
}

/**
 * Co-author pairs: one row per link with its link strength (per the bundle's counting: full = papers
 * shared, fractional = each paper's 1/(authors - 1) summed, as VOSviewer; 8 decimals, so an author's rows add up
 * to their total link strength) and the papers shared. `shown`: what the view shows (shown-set.ts `ShownSet`: the
 * links between two shown authors, at or above the co-author view's minimum), or a subset alone (a year range
 * [first, last], or years and venues: table-subset.ts: every pair with a paper together in it), or null (every
 * pair). Under a subset `link_strength` and `shared_papers` count its papers only (core/queries/time-slice.ts
 * `paperSlice`: a shown pair's every paper together there, whatever the other filters), and columns more: `years`
 * (the range, "all years" for venues alone, on every row), `venues` (their whole names, on every row; with venues
 * only), `link_strength_all_years`, `shared_papers_all_years` (the whole record's); under other filters a `filters`
 * column (them in words, on every row). Throws a RangeError for a range not two whole years in order, or a venue
 * not of `bundle`; an Error for masks of another dataset.
 */
export function coauthorPairsCsv(bundle: Bundle, shown: ShownSet | TableSubset = null): string {
  const L = bundle.coauthorLinks;
  const names = bundle.authors.name;
  const header = ['source_id', 'source', 'target_id', 'target', 'link_strength', 'shared_papers'];
  const net = shownNetwork(bundle, shown);
  const sub = net.sub;
  const said = sub ? subsetCells(sub) : [];
  if (sub) header.push(...subsetHeader(sub), 'link_strength_all_years', 'shared_papers_all_years');
  if (net.filters) header.push('filters');
  const rows: Cell[][] = [];
  for (const e of net.links) {
    const s = L.source[e]!;
    const t = L.target[e]!;
    const row: Cell[] = [s, names[s], t, names[t], net.weight[e], net.shared[e]];
    if (sub) row.push(...said, L.weight[e], L.shared[e]);
    if (net.filters) row.push(net.filterWords);
    rows.push(row);
  }
  return csvTable(header, rows);
}

/**
 * Gephi's spreadsheet import (Data Laboratory, "Import Spreadsheet"), two CSV files: the node table `Id,Label,…`
 * (one row per author: Id = the authors table's id; community numbered from 1 as the app's cards; papers,
 * co-authors, total link strength, mean year, layout x/y) and the edge table `Source,Target,Weight,Type` (one
 * row per co-author link; Source/Target are node Ids; Weight = link strength under the bundle's counting;
 * Type "Undirected"), Gephi's own column names, so it recognises them without mapping.
 * `shown`: what the view shows (shown-set.ts `ShownSet`), or a subset of the papers alone (a year range [first,
 * last], inclusive, or years and venues: table-subset.ts), or null (everyone): nodes are the authors shown, edges the
 * links shown (`shownNetwork`); a node's `coauthors` and `total_link_strength` count the edges in the file, its
 * `papers` the subset's papers (core/queries/time-slice.ts `paperSlice`), Weight and shared_papers an edge's papers
 * in the subset. Under a subset both tables say the range on every row (`years`, "all years" for venues alone) and
 * the venues (`venues`, their whole names; with venues only), and keep the whole record's figures beside
 * (`…_all_years`); under other filters a `filters` column (them in words, on every row). mean_year stays the whole
 * record's. Throws a RangeError for a range that is not two whole years in order, or a venue not of `bundle`; an
 * Error for masks of another dataset.
 */
export function gephiTables(bundle: Bundle, shown: ShownSet | TableSubset = null): { nodes: string; edges: string } {
  const A = bundle.authors;
  const years = meanAuthorYears(bundle);
  const net = shownNetwork(bundle, shown);
  const sub = net.sub;
  const said = sub ? subsetCells(sub) : [];
  const nodeRows: Cell[][] = [];
  for (const a of net.authors) {
    const row: Cell[] = [
      a,
      A.name[a],
      A.community[a]! + 1,
      bundle.communities[A.community[a]!]?.label ?? '',
      net.papersOf[a],
      net.coauthors[a],
      writtenTotal(net.strength[a]!),
      years[a] === null ? null : round(years[a]!, 2),
      A.x[a],
      A.y[a],
    ];
    if (sub) row.push(...said, A.paperCount[a], A.coauthorCount[a], writtenTotal(A.weightedDegree[a]!));
    if (net.filters) row.push(net.filterWords);
    nodeRows.push(row);
  }
  const nodeHeader = ['Id', 'Label', 'community', 'community_label', 'papers', 'coauthors', 'total_link_strength', 'mean_year', 'x', 'y'];
  if (sub) nodeHeader.push(...subsetHeader(sub), 'papers_all_years', 'coauthors_all_years', 'total_link_strength_all_years');
  if (net.filters) nodeHeader.push('filters');
  const nodes = csvTable(nodeHeader, nodeRows);
  const L = bundle.coauthorLinks;
  const edgeRows: Cell[][] = [];
  for (const e of net.links) {
    const row: Cell[] = [L.source[e], L.target[e], net.weight[e], 'Undirected', net.shared[e]];
    if (sub) row.push(...said, L.weight[e], L.shared[e]);
    if (net.filters) row.push(net.filterWords);
    edgeRows.push(row);
  }
  const edgeHeader = ['Source', 'Target', 'Weight', 'Type', 'shared_papers'];
  if (sub) edgeHeader.push(...subsetHeader(sub), 'weight_all_years', 'shared_papers_all_years');
  if (net.filters) edgeHeader.push('filters');
  const edges = csvTable(edgeHeader, edgeRows);
  return { nodes, edges };
}
