/**
 * The graphology graph Sigma draws, made from a dataset for one view:
 * "papers" (authors and papers, authorship edges) or "coauthors" (authors only, weighted co-author links).
 * Positions come from the bundle (computed at build time): the viewer runs no layout.
 */
import Graph from 'graphology';
import type { Bundle } from '../../core/bundle/types';
import type { Theme } from '../theme';
import { CANVAS_COLORS } from '../theme';
import { isBigGraph } from './big-graph';
import { authorKey, paperKey } from './node-keys';
import { keyIndex } from '../../core/graph/node-keys';
import { strongestEdges } from './overview-edges';
import type { ColorBy } from '../store/types';
import { linkColours, nodeColours } from './colours';
import { DISC } from './node-types';

export type GraphView = 'papers' | 'coauthors';

export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  /** Colour when something else is emphasised. */
  dimColor: string;
  label: string | null;
  /** Full text for the hover label of a paper. */
  title: string;
  kind: 'author' | 'paper';
  community: number;
  /** Sigma's program key: an author's disc (`DISC`, graph/node-types.ts) or a paper's square. */
  type: typeof DISC | 'square';
  focal: boolean;
  zIndex: number;
  hidden?: boolean;
}

export interface EdgeAttrs {
  size: number;
  color: string;
  /** Drawn at overview; others only near the focus. */
  overview: boolean;
  /** Strength: the strongest edges are drawn first when only some can be (level of detail). */
  score: number;
  /** Below the co-author view's link-strength threshold (graph/apply-visibility.ts). */
  hidden?: boolean;
}

export type AtlasGraph = Graph<NodeAttrs, EdgeAttrs>;

/** The focal author (the person a dataset was made around, `bundle.focalAuthor`) is drawn this much larger. */
export const FOCAL_SCALE = 1.25;

/**
 * An author's disc size (Sigma size units) for `paperCount` papers: from 4 (1.6 on a big graph) growing by
 * the square root of the papers after the first, capped at 22 (14); `large` = graph/big-graph.ts isBigGraph; all
 * times `scale` (a small map's, `smallMapScale`).
 */
export function authorSize(paperCount: number, large: boolean, scale = 1): number {
  const base = large ? 1.6 : 4;
  return scale * Math.min(base + (large ? 1.4 : 2.6) * Math.sqrt(Math.max(0, paperCount - 1)), large ? 14 : 22);
}

/** Below this many nodes (authors and papers) a map's discs are drawn larger (`smallMapScale`). */
const SMALL_MAP_NODES = 100;
/** The most a small map's discs are enlarged. */
const SMALL_MAP_MAX_SCALE = 3;

/**
 * How much larger a small map's nodes are drawn, for `nodes` authors and papers in the dataset: 1 from
 * SMALL_MAP_NODES nodes up, else √(SMALL_MAP_NODES / nodes), at most SMALL_MAP_MAX_SCALE. The whole map is framed
 * in the canvas at every size, so a map of 5 nodes spread its 4 px dots over an empty canvas (a tester's imported
 * .ris of 2 papers); enlarged by the square root, each node keeps about the same share of the canvas's area as the
 * map grows to SMALL_MAP_NODES. Pure; throws nothing.
 */
export function smallMapScale(nodes: number): number {
  return nodes >= SMALL_MAP_NODES ? 1 : Math.min(SMALL_MAP_MAX_SCALE, Math.sqrt(SMALL_MAP_NODES / Math.max(1, nodes)));
}

/**
 * The colour of an edge in `view` on `theme` from its score: an authorship edge (papers view) is the theme's
 * edge grey; a co-author link its shade by link strength, sqrt(weight / `maxWeight`), from faint (one paper
 * among many authors) to strong (many papers together), opaque so the faintest keeps the edge colour's
 * contrast (a translucent one drew fainter than the background allows).
 */
function edgeColourer(theme: Theme, view: GraphView, maxWeight: number): (score: number) => string {
  if (view === 'papers') {
    const { edge } = CANVAS_COLORS[theme];
    return () => edge;
  }
  const { byStrength } = linkColours(theme);
  return (weight) => byStrength(maxWeight > 0 ? Math.sqrt(weight / maxWeight) : 0);
}

/**
 * How co-author link `i` is drawn from the link strengths `weight` (one per link of `bundle.coauthorLinks`, the whole
 * record's or a year range's: core/queries/time-slice.ts): width and shade by sqrt(weight / the strongest), and
 * whether it is among the overview's strongest (`strongestEdges`; `overview` false: not worked out, all true).
 * `large`: graph/big-graph.ts isBigGraph. The one
 * place a new graph's links and a reweighted graph's (graph/apply-visibility.ts) take their look. Throws nothing.
 */
export function coauthorLinkLook(weight: ArrayLike<number>, theme: Theme, large: boolean, overview = true): (i: number) => { size: number; color: string; overview: boolean } {
  let maxWeight = 0;
  for (let i = 0; i < weight.length; i++) maxWeight = Math.max(maxWeight, weight[i]!);
  // (`overview` false: every link counts as the overview's, not worked out: a graph drawn by the level of detail
  // never reads it, graph/lod.ts and controllers/appearance.ts, and the sort of 160k weights was ~90 ms of a range
  // change on the 30k map)
  const keep = overview ? strongestEdges(weight) : new Uint8Array(weight.length).fill(1);
  const colour = edgeColourer(theme, 'coauthors', maxWeight);
  return (i) => {
    const t = maxWeight > 0 ? Math.sqrt(weight[i]! / maxWeight) : 0;
    return { size: (large ? 0.3 : 0.6) + t * (large ? 3 : 5), color: colour(weight[i]!), overview: keep[i] === 1 };
  };
}

/**
 * Recolours a graph made by `buildSigmaGraph` in place for `theme` and `colorBy` (a theme or colour-mode
 * switch keeps the graph, the camera and the selection; the colours are the ones a new graph would get).
 * Edges first (their colour depends on the theme only), then every node's colour and dimmed colour: that
 * node update is what the level of detail (graph/lod.ts) and Sigma listen to. Does nothing when the graph
 * is in that theme and mode already (graph attributes `theme`, `colorBy`).
 */
export function recolourGraph(graph: AtlasGraph, bundle: Bundle, theme: Theme, colorBy: ColorBy): void {
  const themeChanged = graph.getAttribute('theme') !== theme;
  if (!themeChanged && graph.getAttribute('colorBy') === colorBy) return;
  graph.setAttribute('theme', theme);
  graph.setAttribute('colorBy', colorBy);
  if (themeChanged) {
    const view = graph.getAttribute('view') as GraphView;
    let maxWeight = 0;
    if (view === 'coauthors') graph.forEachEdge((_e, a) => void (maxWeight = Math.max(maxWeight, a.score)));
    const colour = edgeColourer(theme, view, maxWeight);
    graph.updateEachEdgeAttributes(
      (_e, attrs) => {
        attrs.color = colour(attrs.score);
        return attrs;
      },
      { attributes: ['color'] },
    );
  }
  const fill = nodeColours(bundle, theme, colorBy);
  graph.updateEachNodeAttributes(
    (node, attrs) => {
      const i = keyIndex(node);
      const author = attrs.kind === 'author';
      attrs.color = author ? fill.author[i]! : fill.paper[i]!;
      attrs.dimColor = author ? fill.authorDim[i]! : fill.paperDim[i]!;
      return attrs;
    },
    { attributes: ['color'] },
  );
}

/** Nodes or edges added between two checks of the clock in a sliced build. */
const STEP = 512;

/**
 * The graph for `view`, coloured by `colorBy` on `theme` (colours from graph/colours.ts, the getters the
 * exports use too); the colour mode is kept as the graph attribute `colorBy`. Built at once; the explorer
 * builds big graphs with `buildSigmaGraphInSlices` instead, so the page never blocks for the whole build.
 */
export function buildSigmaGraph(bundle: Bundle, view: GraphView, theme: Theme, colorBy: ColorBy = 'community'): AtlasGraph {
  const steps = sigmaGraphSteps(bundle, view, theme, colorBy);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Give the page a turn (input, rendering) and come back: `scheduler.yield` where there is one, else a message. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * The same graph as `buildSigmaGraph`, built in slices of about `sliceMs` milliseconds with the page given a
 * turn between them (the 30k map's graph, 67k nodes and 100k edges, blocked the main thread for seconds on a
 * busy machine when built at once: issue 12 asks for no block over 100 ms when an import opens).
 * Resolves to null when `cancelled()` turns true between two slices. With `visibility` (the filters' `Visibility`
 * of the moment), each node is made with the `hidden` attribute `applyVisibility` (graph/apply-visibility.ts) would
 * give it, as the last of its attributes as that pass leaves it: the caller then tells that pass the nodes are done
 * (a pass over every node in one task after the build, each node's attributes growing an out-of-object property
 * store for `hidden`: 67k small allocations at 30k).
 */
export async function buildSigmaGraphInSlices(
  bundle: Bundle,
  view: GraphView,
  theme: Theme,
  colorBy: ColorBy,
  cancelled: () => boolean,
  sliceMs = 12,
  visibility: NodeVisibility | null = null,
): Promise<AtlasGraph | null> {
  const steps = sigmaGraphSteps(bundle, view, theme, colorBy, visibility);
  let t0 = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - t0 < sliceMs) continue;
    await yieldToPage();
    if (cancelled()) return null;
    t0 = performance.now();
  }
}

/**
 * The node attributes of the graph for `bundle` on `theme` coloured by `colorBy`: `author(i)` and `paper(p)`
 * make a fresh attribute object for author index i / paper index p (the full graph's nodes, and the first
 * picture of a big graph drawn before the full graph exists: graph/lod.ts `previewDisplay`); with `hidden`
 * given, the object has it as its last attribute (as the filters' pass, graph/apply-visibility.ts, leaves it).
 * `paperCount`: the papers per author the discs and their draw order follow (default the whole record's; a year
 * range's, `TimeSlice.papers`, for the first picture of a link with a range: controllers/SizeController.tsx sizes
 * the full graph by it once built).
 */
export function nodeAttrFactory(
  bundle: Bundle,
  theme: Theme,
  colorBy: ColorBy,
  paperCount: ArrayLike<number> = bundle.authors.paperCount,
): { author(i: number, hidden?: boolean): NodeAttrs; paper(p: number, hidden?: boolean): NodeAttrs; theme: Theme } {
  const fill = nodeColours(bundle, theme, colorBy);
  const { papers } = bundle;
  const authors = paperCount === bundle.authors.paperCount ? bundle.authors : { ...bundle.authors, paperCount };
  const nA = authors.name.length;
  // marks by the whole dataset, so a node keeps its size across the two views
  const large = isBigGraph(nA + papers.title.length);
  const scale = smallMapScale(nA + papers.title.length);
  let maxPapers = 0;
  for (let i = 0; i < nA; i++) maxPapers = Math.max(maxPapers, paperCount[i]!);
  return {
    theme,
    author(i, hidden) {
      return authorNodeAttrs(authors, i, bundle.focalAuthor === i, large, maxPapers, fill.author[i]!, fill.authorDim[i]!, hidden, scale);
    },
    paper(p, hidden) {
      const x = papers.x[p];
      const y = papers.y[p];
      const size = (large ? 1.6 : 4.5) * scale;
      const title = papers.title[p];
      const community = papers.community[p];
      // two object literals, not one copied with `hidden` added: see authorNodeAttrs
      return hidden === undefined
        ? { x, y, size, color: fill.paper[p], dimColor: fill.paperDim[p], label: null, title, kind: 'paper', community, type: 'square', focal: false, zIndex: 0 }
        : { x, y, size, color: fill.paper[p], dimColor: fill.paperDim[p], label: null, title, kind: 'paper', community, type: 'square', focal: false, zIndex: 0, hidden };
    },
  };
}

/**
 * An author node's `zIndex`: 3 for the focal author, else 1 + `papers` / (`maxPapers` + 1), in [1, 2), so that the
 * more papers (of the most any author has, `maxPapers`), the higher the disc is drawn and picked. Throws nothing.
 */
export function authorZIndex(papers: number, maxPapers: number, focal: boolean): number {
  return focal ? 3 : 1 + papers / (maxPapers + 1);
}

/**
 * The attributes of the author in row `i` of `columns` (the bundle's author columns, or a preview file's for its
 * chosen authors: core/bundle/preview.ts): position, disc size by papers (`authorSize`, `large` = a big graph,
 * larger when `focal`), colour and dimmed colour, name, community, and `zIndex` by papers against `maxPapers`
 * (the most papers of any author of the dataset); with `hidden` given, that too, as the last attribute. One owner
 * for the full graph and both first pictures.
 */
export function authorNodeAttrs(
  columns: { x: readonly number[]; y: readonly number[]; paperCount: ArrayLike<number>; name: readonly string[]; community: readonly number[] },
  i: number,
  focal: boolean,
  large: boolean,
  maxPapers: number,
  color: string,
  dimColor: string,
  hidden?: boolean,
  scale = 1,
): NodeAttrs {
  const x = columns.x[i]!;
  const y = columns.y[i]!;
  const size = authorSize(columns.paperCount[i]!, large, scale) * (focal ? FOCAL_SCALE : 1);
  const name = columns.name[i]!;
  const community = columns.community[i]!;
  // the more papers, the higher: where discs overlap (zoomed out), the prolific author, who has the
  // label, is the one drawn on top and so the one a click or hover picks
  const zIndex = authorZIndex(columns.paperCount[i]!, maxPapers, focal);
  // Two object literals rather than one copied with `hidden` added ({ ...attrs, hidden }): V8 can allocate a
  // literal's objects straight in the old generation once it has seen most of them survive (allocation-site
  // pretenuring), which a spread copy never gets. The full graph's 67k node attributes (30k import) all survive,
  // and copying them between young-generation spaces was part of every scavenge of its build. Node, 1.2M such
  // objects kept: 110 scavenges, 3.8 s, for spread copies against 11 scavenges, 0.15 s, for the literal.
  return hidden === undefined
    ? { x, y, size, color, dimColor, label: name, title: name, kind: 'author', community, type: DISC, focal, zIndex }
    : { x, y, size, color, dimColor, label: name, title: name, kind: 'author', community, type: DISC, focal, zIndex, hidden };
}

/**
 * An empty object in V8's dictionary mode (a property deleted that was not the last added), with the usual
 * prototype, so `hasOwnProperty` and `in` work on it as on `{}`.
 */
function dictionaryObject(): Record<string, unknown> {
  const o: Record<string, unknown> = { a: 0, b: 0 };
  delete o.a;
  delete o.b;
  return o;
}

/**
 * Gives node `key` of `graph` an adjacency record in dictionary mode. graphology (0.26) keeps each node's
 * neighbours in a plain object keyed by the neighbours' keys (`NodeData.undirected`); in V8 every new sequence
 * of keys added to a `{}` makes hidden classes and transitions of its own, which is most of the cost of adding
 * 100k authorship edges (the 30k import's opening). A dictionary-mode object takes each key as a hash-table
 * entry instead. Same graph, same iteration order (insertion order, as for `{}`); measured in Node on the 30k
 * bundle's author-paper graph: 1.44 -> 1.07 CPU-s (8 builds each, alternating, load ~11). Touches graphology's
 * internals (`_nodes`), which `test/app/sigma-graph-build.test.ts` checks.
 */
export function dictionaryAdjacency(graph: AtlasGraph, key: string): void {
  const data = (graph as unknown as { _nodes: Map<string, { undirected?: object }> })._nodes.get(key);
  // only a record with no neighbour yet (a node just added); checked without an array of its keys per node
  if (data?.undirected && !hasOwnKey(data.undirected)) data.undirected = dictionaryObject();
}

/** Whether `o` has an own enumerable key. */
function hasOwnKey(o: object): boolean {
  for (const k in o) if (Object.hasOwn(o, k)) return true;
  return false;
}

/**
 * Whether an author index appears twice in `list` (one paper's authors): a pairwise check for the short lists
 * of nearly every paper (no Set made per paper), a Set beyond 16 authors.
 */
export function hasRepeat(list: readonly number[]): boolean {
  const n = list.length;
  if (n > 16) return new Set(list).size !== n;
  for (let i = 1; i < n; i++) {
    const a = list[i];
    for (let j = 0; j < i; j++) if (list[j] === a) return true;
  }
  return false;
}

/**
 * The key of the full graph's `i`th edge ("e0", "e1", …; the display graph of the level of detail keeps it, beside
 * its stand-in links' `link:` keys). Given by the build rather than made by graphology, whose generated keys
 * ("geid_<instance>_<n>", 13 characters and more) are each a concatenated string, flattened again by the look-up
 * that checks it is new: three strings per edge where this makes one short flat string (the 30k import's opening,
 * 110k edges: graphology's key generator was the largest self time after garbage collection in its CPU samples).
 */
export const edgeKey = (i: number): string => `e${i}`;

/** Which authors and papers the filters leave shown (1) — the part of graph/visibility.ts `Visibility` the build reads. */
export interface NodeVisibility {
  author: Uint8Array;
  paper: Uint8Array;
}

/** The graph build, pausing (yield) every STEP nodes or edges; with `visibility`, nodes are made with `hidden`. */
function* sigmaGraphSteps(bundle: Bundle, view: GraphView, theme: Theme, colorBy: ColorBy, visibility: NodeVisibility | null = null): Generator<void, AtlasGraph> {
  nodeColours(bundle, theme, colorBy);
  yield;
  const nA = bundle.authors.name.length;
  const nP = bundle.papers.title.length;
  const large = isBigGraph(nA + nP);
  const graph: AtlasGraph = new Graph<NodeAttrs, EdgeAttrs>({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.setAttribute('colorBy', colorBy);
  // the stand-in links of the level of detail take their colours for this theme (graph/lod.ts); recolourGraph
  // reads all three
  graph.setAttribute('theme', theme);
  graph.setAttribute('view', view);
  // its links' widths when a year range reweighs them (graph/apply-visibility.ts)
  graph.setAttribute('large', large);
  const { authors, papers } = bundle;

  const made = nodeAttrFactory(bundle, theme, colorBy);
  // `hidden` written in the node's attribute object as it is made, not added to 67k objects afterwards; `!== 1` as
  // applyVisibility reads it
  const attrs = visibility
    ? { author: (i: number): NodeAttrs => made.author(i, visibility.author[i] !== 1), paper: (p: number): NodeAttrs => made.paper(p, visibility.paper[p] !== 1) }
    : made;
  // each node's key made once and used for its node and every edge at it (not two fresh strings per edge), and
  // each node's adjacency a dictionary (`dictionaryAdjacency`)
  const aKeys = new Array<string>(nA);
  for (let i = 0; i < nA; i++) {
    if (i % STEP === STEP - 1) yield;
    graph.addNode((aKeys[i] = authorKey(i)), attrs.author(i));
    dictionaryAdjacency(graph, aKeys[i]!);
  }

  if (view === 'papers') {
    const pKeys = new Array<string>(nP);
    for (let p = 0; p < nP; p++) {
      if (p % STEP === STEP - 1) yield;
      graph.addNode((pKeys[p] = paperKey(p)), attrs.paper(p));
      dictionaryAdjacency(graph, pKeys[p]!);
    }
    // authorship ends and scores in typed arrays (one entry per distinct author of a paper)
    let count = 0;
    for (let p = 0; p < nP; p++) count += papers.authors[p].length;
    const endAuthor = new Int32Array(count);
    const endPaper = new Int32Array(count);
    const scores = new Float64Array(count);
    let k = 0;
    for (let p = 0; p < nP; p++) {
      if (p % (STEP * 4) === STEP * 4 - 1) yield;
      const list = papers.authors[p];
      // an author listed twice on one paper is one authorship edge
      const distinct = hasRepeat(list) ? [...new Set(list)] : list;
      for (const a of distinct) {
        endAuthor[k] = a;
        endPaper[k] = p;
        // a paper with few authors says more about each of them
        scores[k++] = 1 / distinct.length + authors.paperCount[a] * 1e-6;
      }
    }
    const ends = k;
    const keep = strongestEdges(scores.subarray(0, ends));
    yield;
    const size = large ? 0.4 : 0.8;
    const color = edgeColourer(theme, 'papers', 0)(0);
    for (let i = 0; i < ends; i++) {
      if (i % STEP === STEP - 1) yield;
      graph.addEdgeWithKey(edgeKey(i), aKeys[endAuthor[i]]!, pKeys[endPaper[i]]!, { size, color, overview: keep[i] === 1, score: scores[i] });
    }
  } else {
    const { source, target, weight } = bundle.coauthorLinks;
    const look = coauthorLinkLook(weight, theme, large);
    yield;
    for (let i = 0; i < source.length; i++) {
      if (i % STEP === STEP - 1) yield;
      graph.addEdgeWithKey(edgeKey(i), aKeys[source[i]]!, aKeys[target[i]]!, { ...look(i), score: weight[i] });
    }
  }
  return graph;
}
