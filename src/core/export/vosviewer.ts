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
 */
import type { Bundle } from '../bundle/types';

/** VOSviewer's highest cluster number ("an integer between 1 and 1000"). */
export const VOSVIEWER_MAX_CLUSTER = 1000;

/** A label cell: tabs and line breaks become spaces; quoted (inner quotes doubled) when it holds a comma, semicolon or quote, as VOSviewer asks. */
function label(text: string): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\t\r\n\u0000-\u001f\u007f]+/g, ' ').trim();
  return /[,;"]/.test(flat) ? `"${flat.replace(/"/g, '""')}"` : flat;
}

const num = (x: number) => (Number.isFinite(x) ? String(x) : '');

/** The VOSviewer map file of `bundle`'s authors (see the module comment). Throws nothing. */
export function vosviewerMap(bundle: Bundle): string {
  const A = bundle.authors;
  const lines = ['id\tlabel\tx\ty\tcluster\tweight<Links>\tweight<Total link strength>\tweight<Documents>'];
  for (let a = 0; a < A.name.length; a++) {
    const cluster = A.community[a]! + 1;
    lines.push(
      [a + 1, label(A.name[a]!), num(A.x[a]!), num(A.y[a]!), cluster <= VOSVIEWER_MAX_CLUSTER ? cluster : '', A.coauthorCount[a], num(A.weightedDegree[a]!), A.paperCount[a]].join('\t'),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The VOSviewer network file of `bundle`'s co-author links: `id<TAB>id<TAB>strength`, ids as in `vosviewerMap`. Throws nothing. */
export function vosviewerNetwork(bundle: Bundle): string {
  const L = bundle.coauthorLinks;
  const lines: string[] = [];
  for (let e = 0; e < L.source.length; e++) lines.push(`${L.source[e]! + 1}\t${L.target[e]! + 1}\t${num(L.weight[e]!)}`);
  return lines.length ? `${lines.join('\r\n')}\r\n` : '';
}
