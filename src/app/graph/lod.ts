/**
 * Level of detail for big graphs. Software WebGL pays for every item in Sigma's buffers, hidden or not
 * (about 4 s a frame for 66k nodes and 110k edges), so on big graphs Sigma draws a small "display" graph:
 * the most important nodes inside the camera's view (at most a budget), the strongest edges between them,
 * and whatever must be seen (the focal author, the selected or hovered node and its neighbours).
 * Zooming in shows fewer places, so the budget reaches lesser authors and then the papers.
 * Node and edge attributes are the full graph's own objects, shared: a colour change shows in both.
 * In the authors-and-papers view at overview no paper fits the budget, so no authorship edge could be
 * drawn: the display graph then gets the strongest co-author links between the drawn authors instead
 * (faint, thin; keys `link:<i>`, link i of bundle.coauthorLinks), until papers come into view.
 */
import { finish } from '../../core/util/steps';
import Graph from 'graphology';
import { builtCoauthorAdjacency, coauthorAdjacency, type CoauthorAdjacency } from '../../core/bundle/indices';
import type { Bundle } from '../../core/bundle/types';
import { isAuthorKey, keyIndex } from '../../core/graph/node-keys';
import { BIG_GRAPH_NODES, isBigGraph } from './big-graph';
import {
  EDGE_BUDGET,
  LINK_BUDGET,
  NODE_BUDGET,
  REPRESENTED_COMMUNITY,
  linkChoice,
  previewAuthors,
  previewLinks,
  thinBridges,
  type BBox,
  type PreviewPicture,
} from '../../core/bundle/preview';
import { authorKey, paperKey } from './node-keys';
import { destinationOf } from './node-moves';
import { LINK_SLICE } from './apply-visibility';
import type { TimeSlice } from '../../core/queries/time-slice';
import type { Theme } from '../theme';
import { communityNodeColours, linkColours } from './colours';
import { authorNodeAttrs, type AtlasGraph, type EdgeAttrs, type NodeAttrs } from './sigma-graph';

/** Graphs with more nodes than this are drawn through a display graph; smaller ones are drawn whole. */
export const LOD_MIN_ORDER = BIG_GRAPH_NODES;
// the budgets and the overview's choice have one owner, shared with the build's preview file
export { EDGE_BUDGET, LINK_BUDGET, NODE_BUDGET, OVERVIEW_BRIDGES, authorPriorityHead, thinBridges } from '../../core/bundle/preview';
export const LINK_PREFIX = 'link:';
const LINK_SIZE = 0.5;

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Nodes in drawing priority, with their positions (graph coordinates), computed once per graph. */
export interface Priority {
  keys: string[];
  x: Float64Array;
  y: Float64Array;
  /**
   * The full graph's attribute object of each key (read for `hidden` without a graph lookup per node: that
   * lookup was most of a refill's time at 30k); refreshed by `refreshAttrs` when attributes may have been replaced.
   */
  attrs: NodeAttrs[];
}

/**
 * Take the full graph's current attribute objects into `priority` (after an updater may have replaced them), and
 * the nodes' positions: where they rest (graph/node-moves.ts: a node moving is chosen by where it is headed; the
 * ego view moves nodes off the map's positions).
 */
export function refreshAttrs(graph: AtlasGraph, priority: Priority): void {
  const { keys, attrs, x, y } = priority;
  for (let i = 0; i < keys.length; i++) {
    const a = (attrs[i] = graph.getNodeAttributes(keys[i]));
    const to = destinationOf(graph, keys[i]);
    x[i] = to ? to.x : a.x;
    y[i] = to ? to.y : a.y;
  }
}

/**
 * Indices 0..n-1 by `count(i)` (whole numbers ≥ 0) highest first, ties by index: one numeric sort of typed
 * keys ((max − count) · n + i), no comparator calls (the comparator sorts of every author and paper were on
 * the first frame's path).
 */
function indicesByCountDesc(n: number, count: (i: number) => number): Int32Array {
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, count(i));
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (max - count(i)) * n + i;
  keys.sort();
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = keys[i] % n;
  return out;
}

/**
 * Drawing priority: the focal author; the leading author of each sizeable community (largest first);
 * the other authors by `weight` (default their number of papers; whole numbers ≥ 0, as the disc sizes
 * scaled by `rank`); then the papers, those with more authors first.
 */
export function priorityOrder(graph: AtlasGraph, bundle: Bundle, weight?: (author: number) => number): Priority {
  return finish(priorityOrderSteps(graph, bundle, weight));
}

/**
 * `priority` with its authors put in the order of `weight` (as `priorityOrder(graph, bundle, weight)` orders them)
 * and its papers kept where they are: the authors' order is the only part a weight changes, so no node is looked
 * up in the graph again (the whole `priorityOrder` at each year range change, sized by the range's papers, was
 * 30–65 ms on the 30k map, most of it the graph's look-up of its 67k keys). Positions and attribute objects are
 * carried over with their keys (`refreshAttrs` renews them). Same result as `priorityOrder` for the same graph.
 */
export function rerankAuthors(bundle: Bundle, priority: Priority, weight: (author: number) => number): Priority {
  const { keys, x, y, attrs } = priority;
  // where each author's key sits in `priority` (-1: not in the graph)
  const at = new Int32Array(bundle.authors.name.length).fill(-1);
  for (let k = 0; k < keys.length; k++) if (isAuthorKey(keys[k]!)) at[keyIndex(keys[k]!)] = k;
  const order: number[] = [];
  for (const a of authorPriority(bundle, weight)) if (at[a]! >= 0) order.push(at[a]!);
  for (let k = 0; k < keys.length; k++) if (!isAuthorKey(keys[k]!)) order.push(k);
  const out: Priority = { keys: new Array<string>(order.length), x: new Float64Array(order.length), y: new Float64Array(order.length), attrs: new Array<NodeAttrs>(order.length) };
  for (let j = 0; j < order.length; j++) {
    const k = order[j]!;
    out.keys[j] = keys[k]!;
    out.x[j] = x[k]!;
    out.y[j] = y[k]!;
    out.attrs[j] = attrs[k]!;
  }
  return out;
}

/** Keys a step of `priorityOrderSteps` looks up in the graph before it pauses. */
const PRIORITY_STEP_KEYS = 16_384;

/**
 * `priorityOrder` in steps, pausing (yield) between them so a caller can give the page a turn: the authors'
 * order, the papers' order, then the keys the graph holds with their positions and attributes, 16,384 keys a step
 * (in one task they were the longest of an import's opening at 30k papers: 89 ms of 130 in a CPU profile at load
 * 11; then the graph's look-up of all 67k keys in one step, `hasNode` 116 ms of a 162 ms task at load 9; issue 12
 * asks for no main-thread block over 100 ms). The same result whatever the step size.
 */
export function* priorityOrderSteps(graph: AtlasGraph, bundle: Bundle, weight?: (author: number) => number): Generator<void, Priority> {
  const keys = authorPriority(bundle, weight).map(authorKey);
  yield;
  const papers = indicesByCountDesc(bundle.papers.title.length, (p) => bundle.papers.authors[p].length);
  for (const p of papers) keys.push(paperKey(p));
  const present: string[] = [];
  const held: NodeAttrs[] = [];
  for (let from = 0; from < keys.length; from += PRIORITY_STEP_KEYS) {
    yield;
    for (let i = from; i < Math.min(keys.length, from + PRIORITY_STEP_KEYS); i++) {
      const k = keys[i]!;
      if (!graph.hasNode(k)) continue;
      present.push(k);
      held.push(graph.getNodeAttributes(k));
    }
  }
  yield;
  const x = new Float64Array(present.length);
  const y = new Float64Array(present.length);
  for (let i = 0; i < held.length; i++) {
    x[i] = held[i]!.x;
    y[i] = held[i]!.y;
  }
  return { keys: present, x, y, attrs: held };
}

/**
 * The authors in drawing priority (see `priorityOrder`), as author indices: the focal author, the leading
 * author of each sizeable community, then the others by `weight`.
 */
export function authorPriority(bundle: Bundle, weight?: (author: number) => number): number[] {
  const nA = bundle.authors.name.length;
  const { paperCount, community } = bundle.authors;
  const authors = indicesByCountDesc(nA, weight ?? ((i) => paperCount[i]));
  const out: number[] = [];
  const taken = new Uint8Array(nA);
  const take = (i: number) => {
    if (taken[i]) return;
    taken[i] = 1;
    out.push(i);
  };
  if (bundle.focalAuthor !== null) take(bundle.focalAuthor);
  const leader = new Int32Array(bundle.communities.length).fill(-1);
  for (const i of authors) if (leader[community[i]] === -1) leader[community[i]] = i;
  bundle.communities.forEach((c, id) => {
    if (c.size >= REPRESENTED_COMMUNITY && leader[id] >= 0) take(leader[id]);
  });
  for (const i of authors) take(i);
  return out;
}

export interface Selection {
  nodes: Set<string>;
  edges: Set<string>;
  /** Edges of the display graph only (co-author links in the papers view): their ends and attributes. */
  links?: Map<string, { source: string; target: string; attrs: EdgeAttrs }>;
}

/**
 * The strongest co-author links (bundle.coauthorLinks weights) whose two authors are both in `nodes`,
 * up to `budget`, as display-only edges. For the papers view when no paper is drawn; at `overview`, bridges
 * between communities are thinned (`thinBridges`). `graph` gives the drawn authors' attributes (their colours).
 * With `adjacency` (core/bundle/indices.ts `coauthorAdjacency`), the drawn authors' own links are walked
 * instead of every link of the bundle, with the same result: a zoomed refill of the 70k map spent ~330 of its
 * ~440 ms scanning all links (CPU profile, load 19).
 */
export function selectLinks(
  graph: Pick<AtlasGraph, 'getNodeAttributes' | 'getAttribute'>,
  bundle: Bundle,
  nodes: ReadonlySet<string>,
  budget: number = LINK_BUDGET,
  overview = false,
  adjacency?: CoauthorAdjacency,
): NonNullable<Selection['links']> {
  const drawnAuthors: number[] = [];
  for (const n of nodes) if (isAuthorKey(n)) drawnAuthors.push(keyIndex(n));
  const { community } = bundle.authors;
  const chosen = linkChoice(bundle, drawnAuthors, budget, overview, adjacency);
  // a year range (graph/apply-visibility.ts `LINK_SLICE`): only links with a paper in it, at their strength in it
  const value: unknown = graph.getAttribute(LINK_SLICE);
  const slice = typeof value === 'object' && value !== null ? (value as TimeSlice) : null;
  if (!slice) return dressLinks(graph, bundle.coauthorLinks, (a) => community[a]!, chosen);
  const { source, target } = bundle.coauthorLinks;
  return dressLinks(graph, { source, target, weight: slice.weight }, (a) => community[a]!, chosen.filter((i) => slice.shared[i]! > 0));
}

/**
 * The display-only edges of the co-author links `chosen` (indices into the bundle's `coauthorLinks`, in drawing
 * order), keys `link:<i>`: inside one community the colour of its authors faded, between two (a bridge) the
 * neutral grey, in the theme `graph` was made for; `graph` gives the authors' attributes (their colours).
 * `links` holds the ends (author indices) and weights: the bundle's columns (the k-th chosen link at its own
 * index, `row` by default) or a preview file's (the k-th at row k, `previewFromFile`).
 */
function dressLinks(
  graph: Pick<AtlasGraph, 'getNodeAttributes' | 'getAttribute'>,
  links: { source: ArrayLike<number>; target: ArrayLike<number>; weight: ArrayLike<number> },
  community: (author: number) => number,
  chosen: readonly number[],
  row: (k: number, link: number) => number = (_k, link) => link,
): NonNullable<Selection['links']> {
  const { source, target, weight } = links;
  // the theme the graph was made for (graph/sigma-graph.ts); a link takes its colours from graph/colours.ts
  const palette = linkColours((graph.getAttribute('theme') as Theme | undefined) ?? 'light');
  const out: NonNullable<Selection['links']> = new Map();
  for (let k = 0; k < chosen.length; k++) {
    const i = chosen[k]!;
    const j = row(k, i);
    const s = authorKey(source[j]!);
    const t = authorKey(target[j]!);
    // inside one community its colour faded; between two (a bridge) the neutral grey
    const color = community(source[j]!) === community(target[j]!) ? palette.within(graph.getNodeAttributes(s).color) : palette.bridge;
    out.set(`${LINK_PREFIX}${i}`, { source: s, target: t, attrs: { size: LINK_SIZE, color, overview: true, score: weight[j]! } });
  }
  return out;
}

/**
 * What to draw: the `forced` nodes and edges, then nodes in priority order that are not hidden and lie
 * in `rect` (null: anywhere) up to `nodeBudget`, and the strongest edges between drawn nodes up to
 * `edgeBudget`.
 */
export function selectVisible(
  graph: AtlasGraph,
  priority: Priority,
  rect: Rect | null,
  forced: { nodes: Iterable<string>; edges: Iterable<string> },
  nodeBudget: number = NODE_BUDGET,
  edgeBudget: number = EDGE_BUDGET,
): Selection {
  const nodes = new Set<string>();
  for (const n of forced.nodes) if (graph.hasNode(n) && !graph.getNodeAttribute(n, 'hidden')) nodes.add(n);
  const { keys, x, y, attrs } = priority;
  for (let i = 0; i < keys.length && nodes.size < nodeBudget; i++) {
    if (rect && (x[i] < rect.x0 || x[i] > rect.x1 || y[i] < rect.y0 || y[i] > rect.y1)) continue;
    if (attrs[i].hidden) continue;
    nodes.add(keys[i]);
  }
  const edges = new Set<string>();
  for (const e of forced.edges) {
    if (graph.hasEdge(e) && nodes.has(graph.source(e)) && nodes.has(graph.target(e))) edges.add(e);
  }
  let candidates: { key: string; score: number; c: readonly [number, number]; k: number }[] = [];
  // the authors-and-papers view links authors to papers only: with no paper drawn no edge has both ends drawn,
  // and walking the drawn authors' authorship edges to find that out was most of a refill (CPU profile of a
  // click on the 70k map: selectVisible 106 of the refill's 177 ms, 108 in graphology's forEachEdge)
  let anyPaper = graph.getAttribute('view') !== 'papers';
  if (!anyPaper) for (const n of nodes) if (!isAuthorKey(n) && (anyPaper = true)) break;
  if (anyPaper) for (const n of nodes) {
    graph.forEachEdge(n, (e, attrs, source, target, sa, ta) => {
      // each edge once: from its source
      if (source === n && nodes.has(target) && !edges.has(e)) candidates.push({ key: e, score: attrs.score, c: [sa.community, ta.community], k: candidates.length });
    });
  }
  // the whole graph in view: bridges between communities thinned, so the communities read
  if (rect === null) candidates = thinBridges(candidates, (e) => e.c, (e) => e.score, (e) => e.k);
  else if (candidates.length > edgeBudget) candidates.sort((a, b) => b.score - a.score);
  for (let i = 0; i < candidates.length && i < edgeBudget; i++) edges.add(candidates[i].key);
  return { nodes, edges };
}

/**
 * Make `display` hold exactly `selection`; returns whether anything changed.
 *
 * Sigma answers every `nodeDropped`/`edgeDropped` event with a full re-index of the graph it draws, so
 * dropping items one at a time costs (items dropped) x (display size): seconds for one selection change.
 * When anything has to go, the display graph is therefore cleared and refilled. Each addition is an event
 * Sigma answers too (the reducer run twice, a re-index scheduled); with `quietly` (Sigma's graph listeners
 * off while `run` runs, then one full re-index: see GraphDataController) a clear-and-refill or a large
 * addition is one batch for Sigma instead.
 */
export function syncDisplay(
  graph: AtlasGraph,
  display: AtlasGraph,
  selection: Selection,
  quietly: (run: () => void) => void = (run) => run(),
): boolean {
  let mustDrop = false;
  display.forEachNode((n) => {
    if (!mustDrop && !selection.nodes.has(n)) mustDrop = true;
  });
  if (!mustDrop)
    display.forEachEdge((e) => {
      if (!mustDrop && !selection.edges.has(e)) mustDrop = true;
    });
  let changed = false;
  let added = 0;
  if (!mustDrop) {
    for (const n of selection.nodes) if (!display.hasNode(n)) added++;
    for (const e of selection.edges) if (!display.hasEdge(e)) added++;
  }
  if (mustDrop || added > QUIET_ADDITIONS) {
    quietly(() => {
      changed = fill(graph, display, selection, mustDrop);
    });
    return changed;
  }
  return fill(graph, display, selection, false);
}

/** Additions above this many go to Sigma as one batch (`quietly`) rather than one event each. */
const QUIET_ADDITIONS = 64;

/** Add what `selection` has and `display` lacks (after clearing it with `clear`); returns whether anything changed. */
function fill(graph: AtlasGraph, display: AtlasGraph, selection: Selection, clear: boolean): boolean {
  let changed = false;
  if (clear) {
    display.clear();
    changed = true;
  }
  for (const n of selection.nodes) {
    const attrs = graph.getNodeAttributes(n);
    if (!display.hasNode(n)) display.addNode(n, attrs);
    // an updater that returned new attribute objects: share the new ones
    else if (display.getNodeAttributes(n) !== attrs) display.replaceNodeAttributes(n, attrs);
    else continue;
    changed = true;
  }
  for (const e of selection.edges) {
    const link = selection.links?.get(e);
    if (display.hasEdge(e)) {
      // a link's colour follows its authors' (the year colouring changes them)
      if (link && display.getEdgeAttribute(e, 'color') !== link.attrs.color) {
        display.replaceEdgeAttributes(e, link.attrs);
        changed = true;
      }
      continue;
    }
    if (link) display.addEdgeWithKey(e, link.source, link.target, link.attrs);
    else display.addEdgeWithKey(e, graph.source(e), graph.target(e), graph.getEdgeAttributes(e));
    changed = true;
  }
  return changed;
}

/** The full graph's bounding box, so Sigma frames the display graph exactly like the whole graph. */
export function graphBBox(graph: AtlasGraph): { x: [number, number]; y: [number, number] } {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  graph.forEachNode((_n, a) => {
    x0 = Math.min(x0, a.x); x1 = Math.max(x1, a.x);
    y0 = Math.min(y0, a.y); y1 = Math.max(y1, a.y);
  });
  return { x: [x0, x1], y: [y0, y1] };
}

/** The level of detail of one big graph: its display graph and what decides its content. */
export interface Lod {
  display: AtlasGraph;
  /** Camera's view in graph coordinates (with a margin), or null for the whole graph. */
  rect: Rect | null;
  /** Nodes and edges that must be drawn (focus, selection, their neighbourhood), beyond the budget. */
  forced: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };
  /**
   * The view or the hidden nodes changed: choose the important nodes again at the next update.
   * `attributes` (default true): node attributes may have changed or been replaced (filters, colours), so
   * they are read again; false for a camera move alone.
   */
  invalidate(attributes?: boolean): void;
  /**
   * Authors drawn first by `size` (disc size per author index, any unit; sizing by betweenness or link
   * strength makes other authors the largest discs, which must not be the ones left out); the next update
   * chooses again.
   */
  rank(size: (author: number) => number): void;
  /**
   * Choose the important nodes in view now (the larger part of `update`'s work), so that a caller can give the
   * page a turn before `update` brings the display graph in line with the choice.
   */
  prepare(): void;
  /** Make the display graph hold the important nodes in view plus the forced ones; returns whether it changed. */
  update(): boolean;
  /**
   * Runs a bulk change of the display graph with the drawing side's listeners off, then lets it take in the
   * whole display graph at once (set by the host that draws it; default: just runs it).
   */
  quietly: (run: () => void) => void;
}

const lods = new WeakMap<AtlasGraph, Lod>();

export const lodOf = (graph: AtlasGraph): Lod | undefined => lods.get(graph);

/**
 * A level of detail for `graph` when it is big, else null (small graphs are drawn whole); `initial` is its
 * drawing priority if already worked out (`priorityOrder(graph, bundle)`, the default). Its display graph is
 * filled at once (`update`), unless `fill` is false: the caller then calls `prepare` and `update` itself, each in
 * a task of its own if it likes (the 30k import's opening: the first choice and the filling were one task of
 * ~100 ms CPU in a sampled trace, and a mark-compact of 82 ms CPU landed in it).
 */
export function createLod(graph: AtlasGraph, bundle: Bundle, initial?: Priority, { fill = true }: { fill?: boolean } = {}): Lod | null {
  if (!isBigGraph(graph.order)) return null;
  // `initial`: the drawing priority worked out beforehand (`priorityOrder(graph, bundle)`), so a caller can
  // give the page a turn between the two
  let priority = initial ?? priorityOrder(graph, bundle);
  const focal = bundle.focalAuthor !== null ? [authorKey(bundle.focalAuthor)] : [];
  // the budgeted choice depends only on the view and the filters: kept between hovers
  let base: Selection | null = null;
  // papers view: co-author links stand in for the authorship edges while no paper is drawn
  const papersView = bundle.papers.title.length > 0 && graph.hasNode(paperKey(0));
  // the co-author index the zoomed refills walk (`selectLinks`), built while the page is idle rather than in
  // the first zoom's or click's refill
  if (papersView && typeof requestIdleCallback === 'function') requestIdleCallback(() => void coauthorAdjacency(bundle));
  const select = (): Selection => {
    const s = selectVisible(graph, priority, lod.rect, { nodes: focal, edges: [] });
    if (!papersView) return s;
    for (const n of s.nodes) if (graph.getNodeAttribute(n, 'kind') === 'paper') return s;
    // the drawn authors' own links: the index is built at the first zoomed-in refill (or was, by the details
    // panel); the whole map's first drawing, on the way to the map answering clicks, does not wait for it
    const overview = lod.rect === null;
    const links = selectLinks(graph, bundle, s.nodes, Math.min(LINK_BUDGET, EDGE_BUDGET), overview, overview ? builtCoauthorAdjacency(bundle) : coauthorAdjacency(bundle));
    for (const e of links.keys()) s.edges.add(e);
    return { ...s, links };
  };
  const current = (): Selection => {
    base ??= select();
    const nodes = new Set(base.nodes);
    for (const n of lod.forced.nodes) if (graph.hasNode(n) && !graph.getNodeAttribute(n, 'hidden')) nodes.add(n);
    const edges = new Set(base.edges);
    for (const e of lod.forced.edges) if (graph.hasEdge(e) && nodes.has(graph.source(e)) && nodes.has(graph.target(e))) edges.add(e);
    return { nodes, edges, links: base.links };
  };
  const lod: Lod = {
    display: new Graph<NodeAttrs, EdgeAttrs>({ type: 'undirected', multi: false, allowSelfLoops: false }),
    rect: null,
    forced: { nodes: new Set(), edges: new Set() },
    invalidate(attributes = true) {
      base = null;
      if (attributes) refreshAttrs(graph, priority);
    },
    rank(size) {
      // whole numbers for the typed-key sort: thousandths of the size
      priority = rerankAuthors(bundle, priority, (i) => Math.max(0, Math.round(size(i) * 1000)));
      base = null;
    },
    prepare() {
      base ??= select();
    },
    update() {
      return syncDisplay(graph, lod.display, current(), lod.quietly);
    },
    quietly: (run) => run(),
  };
  if (fill) lod.update();
  lods.set(graph, lod);
  return lod;
}

/**
 * The first picture of a big graph in the authors-and-papers view, made from the bundle alone, so it can be
 * drawn before the full graph is built (67k nodes and 100k edges at 30k papers: most of the time to the first
 * frame). It holds what `createLod(graph, bundle)` first shows of the full graph at overview when no paper
 * fits the budget: the focal author, then the authors in drawing priority that `visibleAuthor` keeps (1),
 * up to the node budget, and the strongest co-author links between them (bridges thinned), in the same order
 * with equal attributes (`nodeAttrFactory`'s). Null when that first picture would hold a paper (fewer
 * visible authors than the budget), when the level of detail would not apply (not a big graph), or in the
 * co-author view: the caller then builds the full graph first, as before.
 * Returns the display graph and the full graph's bounding box (graph coordinates), which frames it.
 */
export function previewDisplay(
  bundle: Bundle,
  attrs: { author(i: number, hidden?: boolean): NodeAttrs; theme: Theme },
  visibleAuthor: Uint8Array,
): Preview | null {
  return finish(previewSteps(bundle, attrs, visibleAuthor));
}

/** The first picture of a big graph (`previewDisplay`): its display graph, and the full graph's bounding box. */
export type Preview = { display: AtlasGraph; bbox: { x: [number, number]; y: [number, number] } };

/**
 * `previewDisplay` in four steps, pausing (yield) between them, so that a caller with a map on screen can give
 * the page a turn between them (issue 12: no main-thread block over 100 ms while an import opens): the choice of
 * the authors and the bounding box (passes over every author and paper), the display graph's nodes, the choice of
 * the links (a pass over every co-author link and a sort of those between drawn authors), and their edges.
 */
export function* previewSteps(
  bundle: Bundle,
  attrs: { author(i: number, hidden?: boolean): NodeAttrs; theme: Theme },
  visibleAuthor: Uint8Array,
  slice: TimeSlice | null = null,
): Generator<void, Preview | null> {
  // the choice is the build's too (core/bundle/preview.ts: the preview file holds it for the unfiltered map); under a
  // year range by the range's papers, as the full graph's level of detail is then ranked (controllers/SizeController.tsx)
  const chosen = previewAuthors(bundle, visibleAuthor, slice ? slice.papers : bundle.authors.paperCount);
  // a paper would be among the nodes drawn: leave it to the full graph's level of detail
  if (!chosen) return null;
  yield;
  const display: AtlasGraph = new Graph<NodeAttrs, EdgeAttrs>({ type: 'undirected', multi: false, allowSelfLoops: false });
  display.setAttribute('theme', attrs.theme);
  // drawn authors are visible: `hidden` as the filters' pass (graph/apply-visibility.ts) writes it on the full graph
  for (const i of chosen.authors) display.addNode(authorKey(i), attrs.author(i, false));
  yield;
  // the links' choice, then their edges, each a step (one step before: 49 ms of CPU in a trace of the 30k import's
  // opening, load 3-4, the longest of its steps)
  const chosenLinks = previewLinks(bundle, chosen.authors);
  yield;
  const { community } = bundle.authors;
  // a year range (`slice`, graph/visibility.ts `Visibility.slice`): only its papers' links, at their strength in it
  const { source, target } = bundle.coauthorLinks;
  const links = slice
    ? dressLinks(display, { source, target, weight: slice.weight }, (a) => community[a]!, chosenLinks.filter((i) => slice.shared[i]! > 0))
    : dressLinks(display, bundle.coauthorLinks, (a) => community[a]!, chosenLinks);
  for (const [key, link] of links) display.addEdgeWithKey(key, link.source, link.target, link.attrs);
  return { display, bbox: chosen.bbox };
}

/**
 * The first picture drawn from a preview file's `picture` (core/bundle/preview.ts, written by the build) on
 * `theme`, coloured by community, before the bundle has arrived: the same display graph `previewSteps` makes from
 * the bundle with every author visible (same keys, order, attributes: `authorNodeAttrs` with the colours of
 * `communityNodeColours`, and `dressLinks`), and the whole map's bounding box.
 */
export function previewFromFile(picture: PreviewPicture, theme: Theme): Preview {
  const display: AtlasGraph = new Graph<NodeAttrs, EdgeAttrs>({ type: 'undirected', multi: false, allowSelfLoops: false });
  display.setAttribute('theme', theme);
  const fill = communityNodeColours(picture.communities.size, theme);
  const a = picture.authors;
  const communityOf = new Map<number, number>();
  for (let k = 0; k < a.index.length; k++) {
    const i = a.index[k]!;
    const c = a.community[k]!;
    communityOf.set(i, c);
    const focal = picture.focalAuthor === i;
    display.addNode(authorKey(i), authorNodeAttrs(a, k, focal, true, picture.maxPaperCount, fill.author[c]!, fill.authorDim[c]!, false));
  }
  const links = dressLinks(display, picture.links, (i) => communityOf.get(i)!, picture.links.index, (k) => k);
  for (const [key, link] of links) display.addEdgeWithKey(key, link.source, link.target, link.attrs);
  return { display, bbox: { x: [...picture.bbox.x], y: [...picture.bbox.y] } as BBox };
}
