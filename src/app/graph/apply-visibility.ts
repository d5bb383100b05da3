/**
 * Carry the filters' visibility onto graph nodes as Sigma's `hidden` attribute (their edges follow), and onto the
 * co-author view's links: the link-strength threshold and, with a year range, the range's own links and strengths
 * (a link without a shared paper in the range hidden, the others weighed, drawn and ranked for the overview by
 * their strength in the range: `Visibility.slice`).
 */
import { parseNodeKey } from './node-keys';
import { coauthorLinkLook, type AtlasGraph, type EdgeAttrs } from './sigma-graph';
import { LINK_TOLERANCE, type Visibility } from './visibility';
import { isBigGraph } from './big-graph';
import type { Theme } from '../theme';
import type { TimeSlice } from '../../core/queries/time-slice';

/**
 * The graph attribute holding the year range's links (`Visibility.slice`, null without a range), for the level of
 * detail's stand-in co-author links in the author–paper view (graph/lod.ts `selectLinks`).
 */
export const LINK_SLICE = 'linkSlice';

const applied = new WeakMap<AtlasGraph, Visibility>();
/** The links last applied to each graph's edges: threshold (0: every edge shown) and slice (null: whole record). */
const appliedLinks = new WeakMap<AtlasGraph, { min: number; slice: TimeSlice | null }>();
/**
 * Each co-author graph's edges by link index (`e<i>`, sigma-graph.ts `edgeKey`): their attribute objects and the
 * whole record's link strengths, taken once, before a year range first reweighs them.
 */
const graphLinks = new WeakMap<AtlasGraph, { attrs: EdgeAttrs[]; whole: Float64Array }>();

function linksOf(graph: AtlasGraph): { attrs: EdgeAttrs[]; whole: Float64Array } {
  let links = graphLinks.get(graph);
  if (!links) {
    const attrs = new Array<EdgeAttrs>(graph.size);
    const whole = new Float64Array(graph.size);
    graph.forEachEdge((edge, a) => {
      const i = Number(edge.slice(1));
      attrs[i] = a;
      whole[i] = a.score;
    });
    graphLinks.set(graph, (links = { attrs, whole }));
  }
  return links;
}

/** Whether `visibility` is the one last applied to `graph` (`applyVisibility`). Throws nothing. */
export const visibilityApplied = (graph: AtlasGraph, visibility: Visibility): boolean => applied.get(graph) === visibility;

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
    const links = linksOf(graph);
    const weights = slice ? slice.weight : links.whole;
    const theme = (graph.getAttribute('theme') as Theme | undefined) ?? 'light';
    // a graph drawn through the level of detail (graph/lod.ts: over BIG_GRAPH_NODES) never reads `overview`
    const look = coauthorLinkLook(weights, theme, graph.getAttribute('large') === true, !isBigGraph(graph.order));
    const has = slice ? slice.shared : null;
    // the edges' own attribute objects, set in place (a graphology updater over 160k edges, keyed by string, was
    // most of a range change's time on the 30k map); the node update below is the event the canvas answers
    const { attrs } = links;
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs[i]!;
      const w = weights[i]!;
      a.score = w;
      if (has !== null && has[i] === 0) {
        // no link in the range: hidden, and last among the level of detail's candidates
        a.hidden = true;
        continue;
      }
      const { size, color, overview } = look(i);
      a.size = size;
      a.color = color;
      a.overview = overview;
      a.hidden = w < min - LINK_TOLERANCE;
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
  if ((graph.getAttribute(LINK_SLICE) ?? null) !== visibility.slice) graph.setAttribute(LINK_SLICE, visibility.slice);
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
