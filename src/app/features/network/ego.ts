/** Entering and leaving the ego view (store filter `ego`), framing what it leaves on the canvas, and what it emphasises there. */
import type { Bundle } from '../../../core/bundle/types';
import { coauthorAdjacency } from '../../../core/bundle/indices';
import { computeEmphasis, type Emphasis } from '../../graph/emphasis';
import { authorKey } from '../../graph/node-keys';
import type { AtlasGraph } from '../../graph/sigma-graph';
import { useAtlas } from '../../store';
import { egoCameraTarget } from '../../store/types';

/** Show only `author` and everyone within `steps` co-author steps, and frame them. */
export function showEgo(author: number, steps: 1 | 2 | 3): void {
  const { setEgo, moveCamera } = useAtlas.getState();
  setEgo({ author, steps });
  const visibility = useAtlas.getState().visibility;
  if (visibility) moveCamera(egoCameraTarget(author, visibility.author));
}

/** Leave the ego view: everyone again, the whole graph framed. */
export function leaveEgo(): void {
  const { setEgo, moveCamera } = useAtlas.getState();
  setEgo(null);
  moveCamera({ kind: 'fit' });
}

/** The ego view names this many of the ego author's co-authors whatever the crowd, the strongest links first. */
export const EGO_NAMED = 15;

/** Above this many nodes in the ego view, only the links of the ego author stand out (not every link among them). */
const EGO_ALL_LINKS_MAX = 600;

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
