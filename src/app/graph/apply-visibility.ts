/**
 * Carry the filters' visibility onto graph nodes as Sigma's `hidden` attribute (their edges follow), and onto the
 * co-author view's links: the link-strength threshold and, with a year range, the range's own links and strengths
 * (a link without a shared paper in the range hidden, the others weighed, drawn and ranked for the overview by
 * their strength in the range: `Visibility.slice`).
 */
import { parseNodeKey } from './node-keys';
import { coauthorLinkLook, type AtlasGraph } from './sigma-graph';
import { LINK_TOLERANCE, type Visibility } from './visibility';
import type { Theme } from '../theme';
import type { TimeSlice } from '../../core/queries/time-slice';

const applied = new WeakMap<AtlasGraph, Visibility>();
/** The links last applied to each graph's edges: threshold (0: every edge shown) and slice (null: whole record). */
const appliedLinks = new WeakMap<AtlasGraph, { min: number; slice: TimeSlice | null }>();
/** Each co-author graph's whole-record link strengths (by link index), taken from its edges before a range reweighs them. */
const wholeRecord = new WeakMap<AtlasGraph, Float64Array>();

/**
 * Set `hidden` from `visibility`; returns false when it was already applied to this graph. `nodesMade`: the graph's
 * nodes were made with this `visibility`'s `hidden` already (graph/sigma-graph.ts `buildSigmaGraphInSlices`), so
 * only what else it sets (links' threshold and weights) is done and the nodes are not walked again (unless the
 * links were reweighed: the level of detail refills on the node update). Edge keys are `e<link index>`
 * (sigma-graph.ts `edgeKey`). Throws nothing.
 */
export function applyVisibility(graph: AtlasGraph, visibility: Visibility, nodesMade = false): boolean {
  if (applied.get(graph) === visibility) return false;
  const min = visibility.minLinkStrength;
  const slice = graph.getAttribute('view') === 'coauthors' ? visibility.slice : null;
  const before = appliedLinks.get(graph) ?? { min: 0, slice: null };
  const relink = before.slice !== slice;
  // edges before nodes: the node update is what the level of detail (graph/lod.ts) refills on, and it must find the
  // links' new strengths (its overview draws the strongest)
  if (relink) {
    if (before.slice === null && !wholeRecord.has(graph)) {
      const whole = new Float64Array(graph.size);
      graph.forEachEdge((edge, attrs) => void (whole[Number(edge.slice(1))] = attrs.score));
      wholeRecord.set(graph, whole);
    }
    const weights = slice ? slice.weight : wholeRecord.get(graph);
    if (weights) {
      const theme = (graph.getAttribute('theme') as Theme | undefined) ?? 'light';
      const look = coauthorLinkLook(weights, theme, graph.getAttribute('large') === true);
      const has = slice ? slice.shared : null;
      graph.updateEachEdgeAttributes(
        (edge, attrs) => {
          const i = Number(edge.slice(1));
          const w = weights[i]!;
          Object.assign(attrs, look(i));
          attrs.score = w;
          attrs.hidden = (has !== null && has[i] === 0) || w < min - LINK_TOLERANCE;
          return attrs;
        },
        { attributes: ['hidden', 'score', 'size', 'color'] },
      );
    }
  } else if (before.min !== min) {
    const has = slice ? slice.shared : null;
    graph.updateEachEdgeAttributes(
      (edge, attrs) => {
        attrs.hidden = (has !== null && has[Number(edge.slice(1))] === 0) || attrs.score < min - LINK_TOLERANCE;
        return attrs;
      },
      { attributes: ['hidden'] },
    );
  }
  appliedLinks.set(graph, { min, slice });
  if (!nodesMade || relink) graph.updateEachNodeAttributes(
    (node, attrs) => {
      const ref = parseNodeKey(node);
      const visible = (ref.kind === 'author' ? visibility.author : visibility.paper)[ref.index] === 1;
      attrs.hidden = !visible;
      return attrs;
    },
    { attributes: ['hidden'] },
  );
  applied.set(graph, visibility);
  return true;
}
