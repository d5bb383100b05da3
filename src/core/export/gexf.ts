/**
 * The graph as GEXF 1.3 for Gephi (and Gephi Lite), written by graphology-gexf.
 *
 * Nodes are authors (`a<index>`) and, optionally, papers (`p<index>`); edges are co-author links
 * (weight = the bundle's link weight, attribute `shared` = papers shared) and, with papers, authorship
 * edges. Node attributes: kind, community, papers, year (authors: mean year of their papers), plus the
 * precomputed position and colour as GEXF viz data (x, y, color, size) so Gephi opens it laid out.
 */
import { xmlSafe } from '../util/xml-text';
import Graph from 'graphology';
import write from 'graphology-gexf/common/writer.js';
import { communityColors } from '../appearance/palette';
import type { Bundle } from '../bundle/types';
import { authorKey, paperKey } from '../graph/node-keys';
import { meanAuthorYears } from '../queries/year-colours';

export interface GexfOptions {
  /** Only these authors (e.g. the current view); default all. Links and papers follow. */
  authors?: Iterable<number>;
  /** Add paper nodes and author–paper edges (default false: the co-author graph). */
  includePapers?: boolean;
  /** Colour per author index (CSS hex); default the viewer's community palette (light theme). */
  authorColours?: readonly string[];
  /** Colour per paper index (CSS hex), as the canvas draws papers; default one grey for all. */
  paperColours?: readonly string[];
}

/**
 * The bundle as a GEXF 1.3 document (a string of XML), written by graphology-gexf: the authors kept by
 * `opts.authors` (all by default) with the co-author links between them, and with `opts.includePapers` their
 * papers and authorship edges. Positions are the bundle's layout coordinates; node size 1 + sqrt(papers);
 * colours from `opts.authorColours` / `opts.paperColours` (CSS hex per index) or the viewer's light community
 * palette for authors and one grey for papers.
 * Text that XML cannot hold (control characters) is dropped from labels. Throws nothing on a valid bundle.
 */
export function bundleToGexf(bundle: Bundle, opts: GexfOptions = {}): string {
  const palette = opts.authorColours ? null : communityColors(bundle.communities.map((c) => c.size), 'light');
  const keep = new Uint8Array(bundle.authors.name.length);
  if (opts.authors) for (const a of opts.authors) keep[a] = 1;
  else keep.fill(1);
  const years = meanAuthorYears(bundle);
  const graph = new Graph({ type: 'undirected', multi: false });
  const A = bundle.authors;
  for (let a = 0; a < A.name.length; a++) {
    if (!keep[a]) continue;
    graph.addNode(authorKey(a), {
      label: xmlSafe(A.name[a]!),
      kind: 'author',
      community: A.community[a],
      papers: A.paperCount[a],
      year: years[a] === null ? null : Math.round(years[a]! * 10) / 10,
      x: A.x[a],
      y: A.y[a],
      color: opts.authorColours?.[a] ?? palette![A.community[a]!]!,
      size: 1 + Math.sqrt(A.paperCount[a]!),
    });
  }
  const L = bundle.coauthorLinks;
  for (let e = 0; e < L.source.length; e++) {
    const s = L.source[e]!;
    const t = L.target[e]!;
    if (!keep[s] || !keep[t]) continue;
    graph.addEdgeWithKey(`l${e}`, authorKey(s), authorKey(t), { weight: L.weight[e], kind: 'coauthor', shared: L.shared[e] });
  }
  if (opts.includePapers) {
    const P = bundle.papers;
    for (let p = 0; p < P.title.length; p++) {
      const authors = P.authors[p]!.filter((a) => keep[a]);
      if (authors.length === 0) continue;
      graph.addNode(paperKey(p), {
        label: xmlSafe(P.title[p]!),
        kind: 'paper',
        community: P.community[p],
        papers: 1,
        year: P.year[p],
        x: P.x[p],
        y: P.y[p],
        color: opts.paperColours?.[p] ?? '#bdbdbd',
        size: 1,
      });
      for (const a of authors) graph.addEdgeWithKey(`w${p}-${a}`, authorKey(a), paperKey(p), { weight: 1, kind: 'authorship', shared: 1 });
    }
  }
  graph.setAttribute('name', xmlSafe(bundle.name));
  return write(graph, { version: '1.3', pretty: true });
}
