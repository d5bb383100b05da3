/**
 * The co-author network as VOSviewer map and network files (VOSviewer's "Create a map based on network data",
 * "Read data from VOSviewer files"), after VOSviewer's documentation of the two file types
 * (https://app.vosviewer.com/docs/file-types/map-and-network-file-type, the VOSviewer Manual's "Map and
 * network files"): tab-separated text, UTF-8, CRLF line ends.
 *
 * Map file: a header line, then one line per author: `id`, `label`, `x`, `y`, `cluster`, `weight<Links>` (co-authors),
 * `weight<Total link strength>` (the sum of the author's link strengths, as VOSviewer's own co-authorship maps
 * give it), `weight<Documents>` (papers). Ids are the authors table's ids plus 1 (VOSviewer's own files number
 * items from 1); clusters are the app's community numbers ("Community 5" is cluster 5; 1 = the largest).
 * VOSviewer takes clusters 1 to 1000 only: authors of communities past the 1000th (the smallest, a few authors each)
 * get an empty cluster cell. Positions are the app's layout coordinates, as in the GEXF.
 *
 * Network file: no header, one line per co-author link, `id<TAB>id<TAB>strength` (the link strength under the
 * bundle's counting: fractional 1/(n−1) per shared paper, as VOSviewer's fractional counting, or full).
 *
 * With a subset of the papers (the view's year range, venues, or both: core/queries/time-slice.ts `paperSlice`),
 * both files are that subset's network, as VOSviewer makes a period's or a source's map from its documents: the map
 * holds the authors with a paper in it, their weights are counted on its papers only (co-authors, total link
 * strength and documents) and say so in their names (`weight<Documents 2019–2020>`, `weight<Documents 2020 at
 * “Harbour Conference”>`, `weight<Documents at 3 venues>`: what VOSviewer shows beside each item); the network holds
 * the links with a shared paper in it, at their strength in it. Under the view's other filters (least papers,
 * hidden communities, the co-author view's minimum link strength, linked authors only, an ego view: shown-set.ts) both
 * files hold the authors and links shown, each author's Links and Total link strength over the links in the network
 * file. Positions and clusters stay the whole map's.
 */
import type { Bundle } from '../bundle/types';
import type { TableSubset } from './table-subset';
import { shownNetwork, type ShownSet } from './shown-set';
import { writtenTotal } from '../bundle/make-bundle';

/** VOSviewer's highest cluster number ("an integer between 1 and 1000"). */
export const VOSVIEWER_MAX_CLUSTER = 1000;

/** A label cell: tabs and line breaks become spaces; quoted (inner quotes doubled) when it holds a comma, semicolon or quote, as VOSviewer asks. */
function label(text: string): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\t\r\n\u0000-\u001f\u007f]+/g, ' ').trim();
  return /[,;"]/.test(flat) ? `"${flat.replace(/"/g, '""')}"` : flat;
}

const num = (x: number) => (Number.isFinite(x) ? String(x) : '');

/** Words in a weight's name (`weight<…>`): without the tab, line break, angle bracket, comma, semicolon or quote a header cell cannot hold. */
const inWeightName = (words: string): string =>
  // eslint-disable-next-line no-control-regex
  words.replace(/[\t\r\n<>,;"\u0000-\u001f\u007f]+/g, ' ').replace(/ {2,}/g, ' ').trim();

/**
 * The VOSviewer map file of `bundle`'s authors (see the module comment). `shown`: what the view shows (shown-set.ts
 * `ShownSet`: the authors shown, their Links and Total link strength over the links shown, the network file's lines),
 * or a subset of the papers alone (a year range [first, last], inclusive, or years and venues: table-subset.ts: the
 * authors with a paper in it, their weights counted on its papers), or null (everyone); a subset is named in the
 * weight columns. Throws a RangeError for a range that is not two whole years in order, or a venue not of `bundle`
 * (`paperSlice`); an Error for masks of another dataset.
 */
export function vosviewerMap(bundle: Bundle, shown: ShownSet | TableSubset = null): string {
  const A = bundle.authors;
  const net = shownNetwork(bundle, shown);
  const within = net.sub ? ` ${inWeightName(net.sub.within)}` : '';
  const lines = [`id\tlabel\tx\ty\tcluster\tweight<Links${within}>\tweight<Total link strength${within}>\tweight<Documents${within}>`];
  for (const a of net.authors) {
    const cluster = A.community[a]! + 1;
    lines.push([a + 1, label(A.name[a]!), num(A.x[a]!), num(A.y[a]!), cluster <= VOSVIEWER_MAX_CLUSTER ? cluster : '', net.coauthors[a], num(writtenTotal(net.strength[a]!)), net.papersOf[a]].join('\t'));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * The VOSviewer network file of `bundle`'s co-author links: `id<TAB>id<TAB>strength`, ids as in `vosviewerMap`.
 * `shown`: what the view shows (shown-set.ts `ShownSet`: the links shown, at their strength over the subset's
 * papers), or a subset alone (a year range, or years and venues: table-subset.ts: the links with a shared paper in
 * it at their strength over its papers, `paperSlice`), or null (every link). Throws a RangeError for a range that is
 * not two whole years in order, or a venue not of `bundle`; an Error for masks of another dataset.
 */
export function vosviewerNetwork(bundle: Bundle, shown: ShownSet | TableSubset = null): string {
  const L = bundle.coauthorLinks;
  const net = shownNetwork(bundle, shown);
  const lines: string[] = [];
  for (const e of net.links) lines.push(`${L.source[e]! + 1}\t${L.target[e]! + 1}\t${num(net.weight[e]!)}`);
  return lines.length ? `${lines.join('\r\n')}\r\n` : '';
}
