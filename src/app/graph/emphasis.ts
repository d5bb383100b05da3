/**
 * What to emphasise around the focus (hovered, else selected): the node, its neighbours, and the edges
 * touching it. Decided once per focus change; reducers only look it up.
 */
import { coauthorAdjacency } from '../../core/bundle/indices';
import type { Bundle } from '../../core/bundle/types';
import type { EmphasisRequest } from '../store/types';
import { isAuthorKey } from '../../core/graph/node-keys';
import { authorKey, nodeKey, type NodeRef } from './node-keys';
import type { AtlasGraph } from './sigma-graph';

export interface Emphasis {
  focus: string | null;
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Nodes named whatever their number (the ego view's strongest co-authors); else only a small emphasis names all. */
  named?: ReadonlySet<string>;
  /**
   * The second ring of a selected author in the authors-and-papers view: their co-authors (the other authors of
   * their papers), drawn in their own colours with their names (not dimmed, not forced), most papers with the author
   * first (the order their names are placed in), and the links from the author's papers to them. Empty or absent
   * elsewhere (in the co-author view the co-authors are the neighbours).
   */
  coauthors?: ReadonlySet<string>;
  coauthorEdges?: ReadonlySet<string>;
}

export const NO_EMPHASIS: Emphasis = { focus: null, nodes: new Set(), edges: new Set() };

/**
 * The emphasis around `ref` (a node reference, or null: nothing emphasised): the node, its neighbours on the drawn
 * graph (links the filters hide are no neighbour) and the links to them; a paper in the co-author view, its authors
 * and the links among them. `options.coauthors` (a selection, not a hover): an author in the authors-and-papers view
 * also gets the second ring (`Emphasis.coauthors`): who they wrote with, drawn plainly, so a researcher clicking an
 * author sees their co-authors by name (they were dimmed with faint names, a tester on Gurevych's 30k card). Pure:
 * reads `graph` and `bundle`, throws nothing.
 */
export function computeEmphasis(graph: AtlasGraph, bundle: Bundle, ref: NodeRef | null, options: { coauthors?: boolean } = {}): Emphasis {
  if (ref === null) return NO_EMPHASIS;
  const key = nodeKey(ref);
  const nodes = new Set<string>();
  const edges = new Set<string>();
  if (graph.hasNode(key)) {
    nodes.add(key);
    graph.forEachEdge(key, (edge, attrs, source, target) => {
      // a link the filters hide (under the minimum link strength, or of no paper in the year range) is no neighbour
      if (attrs.hidden) return;
      edges.add(edge);
      nodes.add(source === key ? target : source);
    });
    if (!options.coauthors || ref.kind !== 'author') return { focus: key, nodes, edges };
    const shared = new Map<string, number>();
    const coauthorEdges = new Set<string>();
    for (const n of nodes) {
      // the author's papers (authors-and-papers view): their other authors; in the co-author view there are none
      if (n === key || isAuthorKey(n)) continue;
      graph.forEachEdge(n, (edge, attrs, source, target) => {
        if (attrs.hidden) return;
        const other = source === n ? target : source;
        if (other === key || !isAuthorKey(other) || graph.getNodeAttribute(other, 'hidden')) return;
        shared.set(other, (shared.get(other) ?? 0) + 1);
        coauthorEdges.add(edge);
      });
    }
    // the strongest link with the author first (the co-author link's weight), then most papers with the author drawn:
    // their names are placed in this order (LabelsController `priority`)
    const strength = linkStrengths(bundle, ref.index);
    const coauthors = new Set(
      [...shared].sort((a, b) => (strength.get(b[0]) ?? 0) - (strength.get(a[0]) ?? 0) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k),
    );
    return { focus: key, nodes, edges, coauthors, coauthorEdges };
  }
  if (ref.kind === 'paper') {
    // a paper in the co-author view: its authors and the links between them
    const authors = [...new Set(bundle.papers.authors[ref.index])].map(authorKey).filter((k) => graph.hasNode(k));
    for (const a of authors) nodes.add(a);
    for (const a of authors) {
      graph.forEachEdge(a, (edge, _attrs, source, target) => {
        if (nodes.has(source) && nodes.has(target)) edges.add(edge);
      });
    }
    return { focus: null, nodes, edges };
  }
  return NO_EMPHASIS;
}

/**
 * A feature's emphasis request on the drawn graph: its nodes that are drawn, and for each step the edges
 * through `via` (authors-and-papers view) or the direct link (co-author view). Computed once per
 * request or graph change; reducers only look it up.
 */
export function resolveEmphasis(graph: AtlasGraph, request: EmphasisRequest): Emphasis {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const ref of request.nodes) if (graph.hasNode(nodeKey(ref))) nodes.add(nodeKey(ref));
  const join = (u: string, v: string) => {
    if (!graph.hasNode(u) || !graph.hasNode(v)) return;
    const e = graph.edge(u, v);
    if (e !== undefined) edges.add(e);
  };
  for (const step of request.steps) {
    const from = nodeKey(step.from);
    const to = nodeKey(step.to);
    const via = step.via ? nodeKey(step.via) : null;
    if (via !== null && graph.hasNode(via)) {
      nodes.add(via);
      join(from, via);
      join(via, to);
    } else join(from, to);
  }
  return { focus: null, nodes, edges };
}

/** The ego view names this many of the ego author's co-authors whatever the crowd, the strongest links first. */
export const EGO_NAMED = 15;

/** Above this many nodes in the ego view, only the links of the ego author stand out (not every link among them). */
const EGO_ALL_LINKS_MAX = 600;

/**
 * The link strength (the co-author link's weight in `bundle.coauthorLinks`, fractional or full as the bundle was
 * built) between `author` (bundle index) and each of their co-authors, by node key ("a12"). Reads the bundle's
 * co-author adjacency; throws nothing.
 */
function linkStrengths(bundle: Bundle, author: number): Map<string, number> {
  const { offsets, items, link } = coauthorAdjacency(bundle);
  const { weight } = bundle.coauthorLinks;
  const out = new Map<string, number>();
  for (let j = offsets[author]; j < offsets[author + 1]; j++) out.set(authorKey(items[j]), weight[link[j]]);
  return out;
}

/**
 * What the canvas emphasises in the ego view while the ego author is selected (or nothing is): the whole network
 * shown — the ego author, their neighbourhood on the drawn graph (papers or links), and every author the view
 * leaves visible — so nothing of it is drawn faint (the selection's own emphasis, the author and their papers,
 * made the co-authors of "1 step" grey: a tester's "only Øvrelid and one paper title drawn in full"); the links
 * among them; and the `EGO_NAMED` co-authors with the most shared papers (then the strongest link), named first.
 * `visibleAuthors`: the visibility mask (`Visibility.author`). Pure: reads `graph` and `bundle`, throws nothing.
 */
export function egoEmphasis(graph: AtlasGraph, bundle: Bundle, author: number, visibleAuthors: Uint8Array): Emphasis {
  const base = computeEmphasis(graph, bundle, { kind: 'author', index: author });
  const nodes = new Set(base.nodes);
  const edges = new Set(base.edges);
  visibleAuthors.forEach((v, i) => {
    if (v === 1 && graph.hasNode(authorKey(i))) nodes.add(authorKey(i));
  });
  // the links among them (a paper's to its authors, or co-author links), while few enough to walk
  if (nodes.size <= EGO_ALL_LINKS_MAX) {
    for (const n of nodes) {
      graph.forEachEdge(n, (edge, _attrs, source, target) => {
        if (nodes.has(source) && nodes.has(target)) edges.add(edge);
      });
    }
  }
  // the strongest co-authors: most papers together, then the link's weight (fractional or full)
  const { offsets, items, link } = coauthorAdjacency(bundle);
  const { shared, weight } = bundle.coauthorLinks;
  const coauthors: { key: string; shared: number; weight: number }[] = [];
  for (let j = offsets[author]; j < offsets[author + 1]; j++) {
    const key = authorKey(items[j]);
    if (nodes.has(key)) coauthors.push({ key, shared: shared[link[j]], weight: weight[link[j]] });
  }
  coauthors.sort((a, b) => b.shared - a.shared || b.weight - a.weight || (a.key < b.key ? -1 : 1));
  const named = new Set(coauthors.slice(0, EGO_NAMED).map((c) => c.key));
  return { focus: base.focus ?? authorKey(author), nodes, edges, named };
}
