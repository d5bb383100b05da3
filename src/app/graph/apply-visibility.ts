/**
 * Carry the filters' visibility onto graph nodes as Sigma's `hidden` attribute (their edges follow), and
 * the co-author view's link-strength threshold onto its edges.
 */
import { parseNodeKey } from './node-keys';
import type { AtlasGraph } from './sigma-graph';
import { LINK_TOLERANCE, type Visibility } from './visibility';

const applied = new WeakMap<AtlasGraph, Visibility>();
/** The link-strength threshold last applied to each graph's edges (0: every edge shown). */
const appliedLinks = new WeakMap<AtlasGraph, number>();

/**
 * Set `hidden` from `visibility`; returns false when it was already applied to this graph. `nodesMade`: the graph's
 * nodes were made with this `visibility`'s `hidden` already (graph/sigma-graph.ts `buildSigmaGraphInSlices`), so
 * only what else it sets (links' threshold) is done and the nodes are not walked again.
 */
export function applyVisibility(graph: AtlasGraph, visibility: Visibility, nodesMade = false): boolean {
  if (applied.get(graph) === visibility) return false;
  if (!nodesMade) graph.updateEachNodeAttributes(
    (node, attrs) => {
      const ref = parseNodeKey(node);
      const visible = (ref.kind === 'author' ? visibility.author : visibility.paper)[ref.index] === 1;
      attrs.hidden = !visible;
      return attrs;
    },
    { attributes: ['hidden'] },
  );
  applied.set(graph, visibility);
  // co-author view: links below the threshold are hidden (edge `score` is the co-author weight there)
  const min = visibility.minLinkStrength;
  if ((appliedLinks.get(graph) ?? 0) !== min) {
    graph.updateEachEdgeAttributes(
      (_edge, attrs) => {
        attrs.hidden = attrs.score < min - LINK_TOLERANCE;
        return attrs;
      },
      { attributes: ['hidden'] },
    );
    appliedLinks.set(graph, min);
  }
  return true;
}

